using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// The legal basis for extradition, UNTOC art. 16(3)-(6) (UNCAC art. 44(4)-(7) and the 1988 Convention art.
/// 6(2)-(4) say the same, the 1988 Convention without a duty to notify):
/// (3) the offences are deemed included in every existing extradition treaty between States Parties;
/// (4) a State that makes extradition conditional on a treaty may consider the Convention the legal basis with a
/// State Party with which it has no treaty; (5)(a) it informs the Secretary-General whether it will;
/// (6) a State that does not make extradition conditional on a treaty recognizes the offences as extraditable.
/// </summary>
/// <remarks>The State's choices are State data (its profile), never a guess: an unknown choice is information needed.</remarks>
internal static class ExtraditionLegalBasis
{
    public static IEnumerable<TreatyRelation> Treaties(CaseFacts f) =>
        f.RequestedProfile.TreatiesWith(TreatyKind.Extradition, f.Requesting, f.AsOf)
            .Concat(f.RequestingProfile.TreatiesWith(TreatyKind.Extradition, f.Requested, f.AsOf))
            .DistinctBy(t => t.Name);

    public static bool HasTreaty(CaseFacts f) => Treaties(f).Any();

    /// <summary>The requested State's notification on the date (UNCAC and UNTOC have their own; the 1988 Convention has none).</summary>
    public static ConventionAsExtraditionBasis? Notified(CaseFacts f, Instrument instrument) =>
        f.RequestedProfile.ExtraditionBasisOn(instrument == Instrument.Uncac ? Instrument.Uncac : Instrument.Untoc, f.AsOf)?.Value;

    public static bool? TreatyConditional(CaseFacts f, Instrument instrument) =>
        Notified(f, instrument) switch
        {
            ConventionAsExtraditionBasis.NotTreatyConditional => false,
            ConventionAsExtraditionBasis.Accepts or ConventionAsExtraditionBasis.DoesNotAccept => f.RequestedProfile.ExtraditionConditionalOnTreaty?.Value ?? true,
            _ => f.RequestedProfile.ExtraditionConditionalOnTreaty?.Value,
        };

    /// <summary>Whether some legal basis is available: a treaty, the Convention as notified, or domestic law for a State that needs no treaty.</summary>
    public static bool? Available(CaseFacts f, Instrument instrument)
    {
        if (HasTreaty(f) || Notified(f, instrument) == ConventionAsExtraditionBasis.Accepts || TreatyConditional(f, instrument) == false)
        {
            return true;
        }

        // Treaty data is never complete: without a known treaty the answer stays open rather than "no".
        return null;
    }

    public static void Treaty(IContext ctx, CaseFacts f, string paragraph)
    {
        foreach (var treaty in Treaties(f))
        {
            Record.Basis(ctx, f, 1, LegalBasisKind.Treaty, $"{treaty.Name} (in force since {Record.Date(treaty.InForceFrom)}), the offence deemed included by {paragraph}");
            Record.Finding(ctx, f, Effect.Must, $"An extradition treaty is in force between {f.Requesting} and {f.Requested}; the offence is deemed included in it as an extraditable offence.",
                Record.Fact("extraditionTreaty", treaty.Name));
        }
    }

    public static void Notification(IContext ctx, CaseFacts f, Instrument instrument)
    {
        var notification = f.RequestedProfile.ExtraditionBasisOn(instrument, f.AsOf)!;
        var fact = Record.Fact($"requestedState.{instrument}.conventionAsExtraditionBasis", notification.Value);
        switch (notification.Value)
        {
            case ConventionAsExtraditionBasis.Accepts:
                Record.Basis(ctx, f, 2, LegalBasisKind.Convention, $"{instrument} as the legal basis for extradition, as {f.Requested} notified{(notification.Conditions is null ? string.Empty : $" ({notification.Conditions})")}");
                Record.Finding(ctx, f, Effect.May, $"{f.Requested} takes {instrument} as the legal basis for extradition with States Parties with which it has no extradition treaty (source: {notification.Provenance.Source}, as of {Record.Date(notification.Provenance.AsOf)}).", fact);
                break;
            case ConventionAsExtraditionBasis.DoesNotAccept:
                Record.Finding(ctx, f, Effect.NotApplicable, $"{f.Requested} does not take {instrument} as the legal basis for extradition{(notification.Conditions is null ? string.Empty : $" ({notification.Conditions})")}: a treaty or its domestic law is needed.", fact);
                break;
            case ConventionAsExtraditionBasis.Unknown:
            case ConventionAsExtraditionBasis.NotNotified:
                Record.Finding(ctx, f, Effect.DependsOnDomesticLaw, $"What {f.Requested} notified about {instrument} as the legal basis for extradition is not known.", fact);
                break;
        }
    }

    public static void DomesticLaw(IContext ctx, CaseFacts f, Instrument instrument)
    {
        Record.Basis(ctx, f, 3, LegalBasisKind.DomesticLaw, $"The domestic law of {f.Requested}, which does not make extradition conditional on a treaty");
        Record.Finding(ctx, f, Effect.Must, $"{f.Requested} does not make extradition conditional on a treaty: it recognizes the {instrument} offences as extraditable offences between the two States.",
            Record.Fact("requestedState.extraditionConditionalOnTreaty", false));
    }

    public static void Undecided(IContext ctx, CaseFacts f, Instrument instrument, string treatyFact)
    {
        Record.Need(ctx, f, treatyFact, $"No extradition treaty between {f.Requesting} and {f.Requested} is known: state whether one is in force.");
        if (Notified(f, instrument) is null or ConventionAsExtraditionBasis.Unknown or ConventionAsExtraditionBasis.NotNotified)
        {
            Record.Need(ctx, f, $"requestedState.{instrument}.conventionAsExtraditionBasis", $"Whether {f.Requested} takes {instrument} as the legal basis for extradition (or needs no treaty) is not in its profile.");
        }
    }
}

/// <summary>UNTOC art. 16(3): an existing extradition treaty, with the offence deemed included.</summary>
[Name("R-EX-04"), Cites("UNTOC art. 16(3)")]
internal sealed class ExtraditionTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => ExtraditionLegalBasis.HasTreaty(x)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Treaty(ctx, f, "UNTOC art. 16(3)");
}

/// <summary>UNTOC art. 16(4)-(5): the Convention as legal basis, as the requested State notified under art. 16(5)(a).</summary>
[Name("R-EX-05"), Cites("UNTOC art. 16(5)(a)")]
internal sealed class ConventionAsExtraditionBasisRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => ExtraditionLegalBasis.Notified(x, Cooperation.Law.Instrument.Untoc) != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Notification(ctx, f, Cooperation.Law.Instrument.Untoc);
}

/// <summary>UNTOC art. 16(6): a State that needs no treaty extradites under its domestic law.</summary>
[Name("R-EX-06"), Cites("UNTOC art. 16(6)")]
internal sealed class ExtraditionWithoutTreatyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => ExtraditionLegalBasis.TreatyConditional(x, Cooperation.Law.Instrument.Untoc) == false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.DomesticLaw(ctx, f, Cooperation.Law.Instrument.Untoc);
}

/// <summary>UNTOC art. 16(4): no legal basis known yet; what to find out.</summary>
[Name("R-EX-05/undecided"), Cites("UNTOC art. 16(4)")]
internal sealed class ExtraditionBasisUndecidedRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => ExtraditionLegalBasis.Available(x, Cooperation.Law.Instrument.Untoc) == null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => ExtraditionLegalBasis.Undecided(ctx, f, Cooperation.Law.Instrument.Untoc, "extraditionTreaty");
}
