using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Drug1988;

/// <summary>
/// 1988 Convention art. 6: applies to the offences established under art. 3(1) (6(1)); they are deemed included in
/// existing extradition treaties (6(2)); a Party that makes extradition conditional on a treaty may consider the
/// Convention the legal basis, with no duty to notify (6(3)); the others recognize the offences as extraditable
/// (6(4)); refusal for discrimination is limited to race, religion, nationality or political opinions (6(6)).
/// </summary>
internal static class Article06Extradition
{
    public static bool? Applies(CaseFacts f) => f.Category is OffenceCategory c ? OffenceCategories.IsDrugConventionOffence(c) : null;

    public static void Assess(IContext ctx, CaseFacts f)
    {
        switch (Applies(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, "An offence established under art. 3(1): art. 6 applies (it sets no dual-criminality or presence test of its own).", Record.Fact("offence.category", f.Category));
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, "Not an offence established under art. 3(1) of the 1988 Convention.", Record.Fact("offence.category", f.Category));
                Record.Exclude(f, "not a 1988 Convention art. 3(1) offence");
                break;
            default:
                Record.Need(ctx, f, "offence.category", "Art. 6 applies to the offences established under art. 3(1): state the offence category.");
                break;
        }
    }

    public static void ConventionAsBasis(IContext ctx, CaseFacts f)
    {
        Record.Basis(ctx, f, 2, LegalBasisKind.Convention, "The 1988 Convention, which a Party that needs a treaty may consider the legal basis (art. 6(3); no notification is required, so this is at the requested Party's discretion)");
        Record.Finding(ctx, f, Effect.May, $"{f.Requested} may consider the Convention the legal basis for extradition if it has no treaty with {f.Requesting}.", Record.Fact("requestedState", f.Requested));
    }
}

/// <summary>1988 art. 6(1): the field of application.</summary>
[Name("R-EX-1988-01"), Cites("1988 art. 6(1)")]
internal sealed class DrugExtraditionAppliesRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article06Extradition.Assess(ctx, f);
}

/// <summary>1988 art. 6(2): offences deemed included in existing extradition treaties.</summary>
[Name("R-EX-04/1988"), Cites("1988 art. 6(2)")]
internal sealed class DrugExtraditionTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => ExtraditionLegalBasis.HasTreaty(x)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Treaty(ctx, f, "1988 art. 6(2)");
}

/// <summary>1988 art. 6(3): the Convention as legal basis, at the requested Party's discretion.</summary>
[Name("R-EX-05/1988"), Cites("1988 art. 6(3)")]
internal sealed class DrugConventionAsExtraditionBasisRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => x.RequestedProfile.ExtraditionConditionalOnTreaty == null || x.RequestedProfile.ExtraditionConditionalOnTreaty.Value];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article06Extradition.ConventionAsBasis(ctx, f);
}

/// <summary>1988 art. 6(4): a Party that needs no treaty recognizes the offences as extraditable.</summary>
[Name("R-EX-06/1988"), Cites("1988 art. 6(4)")]
internal sealed class DrugExtraditionWithoutTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => x.RequestedProfile.ExtraditionConditionalOnTreaty != null && !x.RequestedProfile.ExtraditionConditionalOnTreaty.Value];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.DomesticLaw(ctx, f, Cooperation.Law.Instrument.DrugConvention1988);
}

/// <summary>1988 art. 6(6): discrimination limited to race, religion, nationality or political opinions.</summary>
[Name("R-EX-13"), Cites("1988 art. 6(6)")]
internal sealed class DrugExtraditionDiscriminationRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => x.Invokes(RefusalGround.Discrimination)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Discrimination(ctx, f, "race, religion, nationality or political opinions (four grounds only: not sex or ethnic origin)");
}

/// <summary>1988 art. 6(9)(a): a Party that does not extradite its national must submit the case for prosecution.</summary>
[Name("R-EX-19"), Cites("1988 art. 6(9)(a)")]
internal sealed class DrugExtraditeOrProsecuteRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => x.Invokes(RefusalGround.Nationality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Nationality(ctx, f, "1988 art. 6(5)", "1988 art. 6(9)(a): unless otherwise agreed with the requesting Party");
}

/// <summary>1988 art. 6(5): other grounds are those of the requested Party's law and treaties.</summary>
[Name("R-EX-07/1988"), Cites("1988 art. 6(5)")]
internal sealed class DrugExtraditionDomesticGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsDrugConvention, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article06ExtraditionGrounds.Assess(ctx, f);
}

/// <summary>Grounds under art. 6(5), including dual criminality, which art. 6 leaves to domestic law and treaties.</summary>
internal static class Article06ExtraditionGrounds
{
    public static void Assess(IContext ctx, CaseFacts f)
    {
        Article16ExtraditionRefusal.DomesticGrounds(ctx, f, "1988 art. 6(5)");
        if (f.Invokes(RefusalGround.AbsenceOfDualCriminality))
        {
            Record.Refusal(ctx, f, RefusalGround.AbsenceOfDualCriminality, null, "Art. 6 sets no dual-criminality rule: it depends on the requested Party's law and treaties (art. 6(5)).");
        }
    }
}
