using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(1): States Parties shall afford one another the widest measure of mutual legal assistance in
/// investigations, prosecutions and judicial proceedings in relation to the offences covered by the Convention as
/// provided for in art. 3, and shall reciprocally extend to one another similar assistance where the requesting
/// State Party has reasonable grounds to suspect that the offence referred to in art. 3(1)(a) or (b) is
/// transnational in nature, including that victims, witnesses, proceeds, instrumentalities or evidence of such
/// offences are located in the requested State Party and that the offence involves an organized criminal group.
/// </summary>
/// <remarks>Dual criminality is not a condition of art. 18(1); its absence is a ground the requested State may invoke (art. 18(9)).</remarks>
internal static class Article18MutualLegalAssistanceScope
{
    private static readonly LocatedItem[] Links = [LocatedItem.Victims, LocatedItem.Witnesses, LocatedItem.Proceeds, LocatedItem.Instrumentalities, LocatedItem.Evidence];

    /// <summary>Whether victims, witnesses, proceeds, instrumentalities or evidence are in the requested State.</summary>
    public static bool? LinkInRequestedState(CaseFacts f) => f.Located is null ? null : Links.Any(f.Located.Contains);

    /// <summary>The second limb: an art. 3(1)(a)/(b) offence, transnational or with a link in the requested State, involving an organized criminal group.</summary>
    public static bool? RelaxedLimb(CaseFacts f) =>
        Logic.And(
            Article03Scope.IsArticle3Offence(f),
            Logic.Or(Article03Transnationality.IsTransnational(f), LinkInRequestedState(f)),
            Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f));

    public static bool? Applies(CaseFacts f) => Logic.Or(Article03Scope.IsCovered(f), RelaxedLimb(f));

    public static void Covered(IContext ctx, CaseFacts f)
    {
        Record.Basis(ctx, f, 2, LegalBasisKind.Convention, $"{f.Instrument} art. 18: the widest measure of mutual legal assistance for a covered offence");
        Record.Finding(ctx, f, Effect.Must, "A covered offence: the widest measure of mutual legal assistance is due.", Record.Fact("coveredOffence", true));
    }

    public static void Relaxed(IContext ctx, CaseFacts f)
    {
        var links = f.Located is null ? "" : string.Join(", ", f.Located.Where(Links.Contains));
        Record.Basis(ctx, f, 2, LegalBasisKind.Convention, $"{f.Instrument} art. 18(1), second limb: reasonable grounds to suspect a transnational offence involving an organized criminal group");
        Record.Finding(ctx, f, Effect.Must,
            links.Length > 0
                ? $"Reasonable grounds to suspect an offence under art. 3(1) involving an organized criminal group, with {links} in {f.Requested}: similar assistance is due."
                : "Reasonable grounds to suspect a transnational offence under art. 3(1) involving an organized criminal group: similar assistance is due.",
            Record.Fact("locatedInRequestedState", links), Record.Fact("organizedCriminalGroup", true));
    }

    public static void Undecided(IContext ctx, CaseFacts f)
    {
        if (Applies(f) == false)
        {
            Record.Finding(ctx, f, Effect.NotApplicable, "Neither limb of art. 18(1) is met: no organized criminal group, or neither transnationality nor a link in the requested State, or not an offence under art. 3(1).",
                Record.Fact("coveredOffence", Article03Scope.IsCovered(f)), Record.Fact("relaxedLimb", RelaxedLimb(f)));
            Record.Exclude(f, "outside UNTOC art. 18(1)");
            return;
        }

        if (Article03Scope.IsArticle3Offence(f) is null)
        {
            Record.Need(ctx, f, "offence.maxPenaltyMonths", "The offence must be a Convention offence or serious crime (art. 3(1)): its maximum penalty decides.");
        }

        if (Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f) is null)
        {
            Record.Need(ctx, f, "offence.organizedCriminalGroup", "Both limbs of art. 18(1) require reasonable grounds to suspect that an organized criminal group is involved.");
        }

        if (Logic.Or(Article03Transnationality.IsTransnational(f), LinkInRequestedState(f)) is null)
        {
            Record.Need(ctx, f, "locatedInRequestedState", $"Art. 18(1) is met if the offence is transnational, including if victims, witnesses, proceeds, instrumentalities or evidence are in {f.Requested}: state which.");
        }
    }
}

/// <summary>Art. 18(1), first limb: a covered offence.</summary>
[Name("R-MLA-01"), Cites("UNTOC art. 18(1)")]
internal sealed class MutualLegalAssistanceCoveredOffenceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => Article03Scope.IsCovered(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18MutualLegalAssistanceScope.Covered(ctx, f);
}

/// <summary>Art. 18(1), second limb: relaxed transnationality, a victim, witness, proceeds, instrumentality or evidence being in the requested State.</summary>
[Name("R-MLA-02"), Cites("UNTOC art. 18(1)")]
internal sealed class MutualLegalAssistanceRelaxedRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => Article03Scope.IsCovered(x) != true, x => Article18MutualLegalAssistanceScope.RelaxedLimb(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18MutualLegalAssistanceScope.Relaxed(ctx, f);
}

/// <summary>Art. 18(1) not met on the facts stated, or undecided: what is missing.</summary>
[Name("R-MLA-00"), Cites("UNTOC art. 18(1)")]
internal sealed class MutualLegalAssistanceFieldOfApplicationRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => Article18MutualLegalAssistanceScope.Applies(x) != true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18MutualLegalAssistanceScope.Undecided(ctx, f);
}
