using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 16(1): the article applies to the offences covered by the Convention, or in cases where an offence
/// referred to in art. 3(1)(a) or (b) involves an organized criminal group and the person who is the subject of the
/// request for extradition is located in the territory of the requested State Party, provided that the offence for
/// which extradition is sought is punishable under the domestic law of both the requesting and the requested State.
/// </summary>
/// <remarks>The second limb relaxes transnationality: the fugitive's presence abroad replaces the tests of art. 3(2).</remarks>
internal static class Article16ExtraditionScope
{
    public static bool? PersonSoughtInRequestedState(CaseFacts f) => f.IsLocated(LocatedItem.PersonSought);

    /// <summary>The second limb: an art. 3(1)(a)/(b) offence, an organized criminal group, the person sought in the requested State.</summary>
    public static bool? RelaxedLimb(CaseFacts f) =>
        Logic.And(Article03Scope.IsArticle3Offence(f), Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f), PersonSoughtInRequestedState(f));

    public static bool? Applies(CaseFacts f) =>
        Logic.And(f.DualCriminality, Logic.Or(Article03Scope.IsCovered(f), RelaxedLimb(f)));

    public static void CoveredOffence(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must, "A covered offence, punishable in both States: art. 16 applies.",
            Record.Fact("coveredOffence", true), Record.Fact("dualCriminality", f.DualCriminality));

    public static void Relaxed(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must, $"An offence under art. 3(1) involving an organized criminal group, with the person sought in {f.Requested} and punishable in both States: art. 16 applies without proof of transnationality.",
            Record.Fact("locatedInRequestedState.personSought", true), Record.Fact("organizedCriminalGroup", true), Record.Fact("dualCriminality", true));

    public static void NoDualCriminality(IContext ctx, CaseFacts f)
    {
        Record.Finding(ctx, f, Effect.NotApplicable, $"The conduct is not punishable under the law of both States: art. 16 does not apply.", Record.Fact("dualCriminality", false));
        Record.Exclude(f, "no dual criminality (UNTOC art. 16(1))");
    }

    public static void Undecided(IContext ctx, CaseFacts f)
    {
        if (Applies(f) == false)
        {
            Record.Finding(ctx, f, Effect.NotApplicable, "Neither limb of art. 16(1) is met: the offence is not covered, and the organized criminal group or the person sought in the requested State is missing.",
                Record.Fact("coveredOffence", Article03Scope.IsCovered(f)), Record.Fact("relaxedLimb", RelaxedLimb(f)));
            Record.Exclude(f, "outside UNTOC art. 16(1)");
            return;
        }

        if (f.DualCriminality is null)
        {
            Record.Need(ctx, f, "dualCriminality", "Art. 16 applies only if the conduct is punishable under the law of both States.");
        }

        var covered = Article03Scope.IsCovered(f);
        var relaxed = RelaxedLimb(f);
        if (Logic.Or(covered, relaxed) is null)
        {
            if (Article03Scope.IsArticle3Offence(f) is null)
            {
                Record.Need(ctx, f, "offence.maxPenaltyMonths", "The offence must be a Convention offence or serious crime (art. 3(1)): its maximum penalty decides.");
            }

            if (Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f) is null)
            {
                Record.Need(ctx, f, "offence.organizedCriminalGroup", "Both limbs of art. 16(1) require an organized criminal group to be involved.");
            }

            if (relaxed != true && Article03Transnationality.IsTransnational(f) is null)
            {
                Record.Need(ctx, f, "offence.transnational", "The first limb of art. 16(1) requires a transnational offence (art. 3(2)).");
            }

            if (covered != true && PersonSoughtInRequestedState(f) is null)
            {
                Record.Need(ctx, f, "locatedInRequestedState.personSought", $"The second limb of art. 16(1) applies if the person sought is in {f.Requested}.");
            }
        }
    }
}

/// <summary>Art. 16(1), first limb: a covered offence with dual criminality.</summary>
[Name("R-EX-01"), Cites("UNTOC art. 16(1)")]
internal sealed class ExtraditionCoveredOffenceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.DualCriminality == true, x => Article03Scope.IsCovered(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionScope.CoveredOffence(ctx, f);
}

/// <summary>Art. 16(1), second limb: relaxed transnationality, the person sought being in the requested State.</summary>
[Name("R-EX-02"), Cites("UNTOC art. 16(1)")]
internal sealed class ExtraditionRelaxedTransnationalityRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.DualCriminality == true, x => Article03Scope.IsCovered(x) != true, x => Article16ExtraditionScope.RelaxedLimb(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionScope.Relaxed(ctx, f);
}

/// <summary>Art. 16(1): without dual criminality the article does not apply.</summary>
[Name("R-DC-02"), Cites("UNTOC art. 16(1)")]
internal sealed class ExtraditionDualCriminalityRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.DualCriminality == false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionScope.NoDualCriminality(ctx, f);
}

/// <summary>Art. 16(1) not met on the facts stated, or undecided: what is missing.</summary>
[Name("R-EX-00"), Cites("UNTOC art. 16(1)")]
internal sealed class ExtraditionFieldOfApplicationRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.DualCriminality != false, x => Article16ExtraditionScope.Applies(x) != true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionScope.Undecided(ctx, f);
}
