using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using UncacInstrument = Cooperation.Law.Instrument;

namespace Cooperation.Rules.Uncac;

/// <summary>
/// UNCAC art. 44(1): the article applies to the offences established in accordance with the Convention where the
/// person who is the subject of the request is present in the territory of the requested State Party, provided that
/// the offence is punishable under the domestic law of both States; there is no transnationality or organized-group
/// test. Art. 44(2): a State Party whose law so permits may grant extradition for an offence not punishable under
/// its own law.
/// </summary>
internal static class Article44Extradition
{
    public static bool? IsUncacOffence(CaseFacts f) => f.Category is OffenceCategory c ? OffenceCategories.IsUncacOffence(c) : null;

    public static bool? WithoutDualCriminality(CaseFacts f) => f.RequestedProfile.ExtraditionWithoutDualCriminality?.Value;

    public static bool? Applies(CaseFacts f) =>
        Logic.And(IsUncacOffence(f), f.IsLocated(LocatedItem.PersonSought), Logic.Or(f.DualCriminality, WithoutDualCriminality(f)));

    public static void Met(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must, $"An offence established by UNCAC, the person sought present in {f.Requested}, punishable in both States: art. 44 applies.",
            Record.Fact("offence.category", f.Category), Record.Fact("locatedInRequestedState.personSought", true), Record.Fact("dualCriminality", true));

    public static void NoDualCriminality(IContext ctx, CaseFacts f)
    {
        var facts = new[] { Record.Fact("dualCriminality", false), Record.Fact("requestedState.extraditionWithoutDualCriminality", WithoutDualCriminality(f)) };
        switch (WithoutDualCriminality(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.May, $"Not punishable in both States, but the law of {f.Requested} permits extradition without dual criminality.", facts);
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, $"Not punishable in both States, and the law of {f.Requested} does not permit extradition without dual criminality.", facts);
                Record.Exclude(f, "no dual criminality (UNCAC art. 44(1)-(2))");
                break;
            default:
                Record.Need(ctx, f, "requestedState.extraditionWithoutDualCriminality", $"Without dual criminality, extradition depends on whether the law of {f.Requested} permits it.");
                break;
        }
    }

    public static void Undecided(IContext ctx, CaseFacts f)
    {
        if (IsUncacOffence(f) == false)
        {
            Record.Finding(ctx, f, Effect.NotApplicable, "Not an offence established by UNCAC.", Record.Fact("offence.category", f.Category));
            Record.Exclude(f, "not an UNCAC offence");
        }
        else if (IsUncacOffence(f) is null)
        {
            Record.Need(ctx, f, "offence.category", "Art. 44 applies to the offences UNCAC establishes: state the offence category.");
        }

        switch (f.IsLocated(LocatedItem.PersonSought))
        {
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, $"The person sought is not present in {f.Requested}.", Record.Fact("locatedInRequestedState.personSought", false));
                Record.Exclude(f, "person sought not in the requested State (UNCAC art. 44(1))");
                break;
            case null:
                Record.Need(ctx, f, "locatedInRequestedState.personSought", $"Art. 44 applies where the person sought is present in {f.Requested}.");
                break;
        }

        if (f.DualCriminality is null)
        {
            Record.Need(ctx, f, "dualCriminality", "Art. 44(1) requires the offence to be punishable under the law of both States (art. 43(2): the conduct, not its name, is compared).");
        }
    }
}

/// <summary>UNCAC art. 44(1): the field of application is met.</summary>
[Name("R-EX-18"), Cites("UNCAC art. 44(1)")]
internal sealed class UncacExtraditionAppliesRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.DualCriminality == true, x => Article44Extradition.Applies(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article44Extradition.Met(ctx, f);
}

/// <summary>UNCAC art. 44(2): extradition without dual criminality where the requested State's law permits it.</summary>
[Name("R-DC-03"), Cites("UNCAC art. 44(2)")]
internal sealed class UncacExtraditionWithoutDualCriminalityRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.DualCriminality == false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article44Extradition.NoDualCriminality(ctx, f);
}

/// <summary>UNCAC art. 44(1): not met, or undecided.</summary>
[Name("R-EX-18/undecided"), Cites("UNCAC art. 44(1)")]
internal sealed class UncacExtraditionUndecidedRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => Article44Extradition.Applies(x) != true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article44Extradition.Undecided(ctx, f);
}

/// <summary>UNCAC art. 44(4): offences deemed included in existing extradition treaties.</summary>
[Name("R-EX-04/UNCAC"), Cites("UNCAC art. 44(4)")]
internal sealed class UncacExtraditionTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => ExtraditionLegalBasis.HasTreaty(x)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Treaty(ctx, f, "UNCAC art. 44(4)");
}

/// <summary>UNCAC art. 44(5)-(6): UNCAC as legal basis, as the requested State notified under art. 44(6)(a).</summary>
[Name("R-EX-05/UNCAC"), Cites("UNCAC art. 44(6)(a)")]
internal sealed class UncacAsExtraditionBasisRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => ExtraditionLegalBasis.Notified(x, UncacInstrument.Uncac) != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Notification(ctx, f, UncacInstrument.Uncac);
}

/// <summary>UNCAC art. 44(7): a State that needs no treaty extradites under its domestic law.</summary>
[Name("R-EX-06/UNCAC"), Cites("UNCAC art. 44(7)")]
internal sealed class UncacExtraditionWithoutTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => ExtraditionLegalBasis.TreatyConditional(x, UncacInstrument.Uncac) == false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.DomesticLaw(ctx, f, UncacInstrument.Uncac);
}

/// <summary>UNCAC art. 44(5): no legal basis known yet.</summary>
[Name("R-EX-05/UNCAC-undecided"), Cites("UNCAC art. 44(5)")]
internal sealed class UncacExtraditionBasisUndecidedRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => ExtraditionLegalBasis.Available(x, UncacInstrument.Uncac) == null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Undecided(ctx, f, UncacInstrument.Uncac, "extraditionTreaty");
}

/// <summary>UNCAC art. 44(16): no refusal on the sole ground of fiscal matters.</summary>
[Name("R-EX-14/UNCAC"), Cites("UNCAC art. 44(16)")]
internal sealed class UncacExtraditionFiscalRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.Invokes(RefusalGround.Fiscal)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Shared.FiscalMatters.Assess(ctx, f, "UNCAC art. 44(16)", "Extradition");
}

/// <summary>UNCAC art. 44(15): the same six discrimination grounds as UNTOC art. 16(14).</summary>
[Name("R-EX-12/UNCAC"), Cites("UNCAC art. 44(15)")]
internal sealed class UncacExtraditionDiscriminationRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.Invokes(RefusalGround.Discrimination)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Discrimination(ctx, f, "sex, race, religion, nationality, ethnic origin or political opinions");
}

/// <summary>UNCAC art. 44(8): other grounds are those of the requested State's law and treaties.</summary>
[Name("R-EX-07/UNCAC"), Cites("UNCAC art. 44(8)")]
internal sealed class UncacExtraditionDomesticGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.DomesticGrounds(ctx, f, "UNCAC art. 44(8)");
}

/// <summary>UNCAC art. 44(11): refusing a national obliges the requested State to prosecute, at the requesting State's request.</summary>
[Name("R-EX-09/UNCAC"), Cites("UNCAC art. 44(11)")]
internal sealed class UncacExtraditeOrProsecuteRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.Invokes(RefusalGround.Nationality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Nationality(ctx, f, "UNCAC art. 44(8)", "UNCAC art. 44(11)");
}

/// <summary>UNCAC art. 44(1)-(2): dual criminality is required unless the requested State's law permits extradition without it.</summary>
[Name("R-EX-DC/UNCAC"), Cites("UNCAC art. 44(2)")]
internal sealed class UncacExtraditionDualCriminalityRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUncac, x => x.Invokes(RefusalGround.AbsenceOfDualCriminality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.AbsenceOfDualCriminality(ctx, f, "UNCAC art. 44(1); extradition without it is optional under art. 44(2)");
}
