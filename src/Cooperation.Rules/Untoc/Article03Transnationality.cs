using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.States;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 3(2): an offence is transnational in nature if (a) it is committed in more than one State; (b) it is
/// committed in one State but a substantial part of its preparation, planning, direction or control takes place in
/// another State; (c) it is committed in one State but involves an organized criminal group that engages in
/// criminal activities in more than one State; or (d) it is committed in one State but has substantial effects in
/// another State. Any one limb is enough.
/// </summary>
internal static class Article03Transnationality
{
    public static bool? CommittedInSeveralStates(CaseFacts f) =>
        f.Offence.Transnationality?.CommittedIn is { } committed ? committed.Distinct().Count() > 1 : null;

    public static bool? PreparedElsewhere(CaseFacts f) => OneStateAnd(f, f.Offence.Transnationality?.PreparedPlannedDirectedOrControlledIn);

    public static bool? GroupActiveInSeveralStates(CaseFacts f) =>
        f.Offence.Transnationality?.GroupActiveIn is { } active
            ? Logic.And(CommittedInOneState(f), Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f), active.Distinct().Count() > 1)
            : null;

    public static bool? EffectsElsewhere(CaseFacts f) => OneStateAnd(f, f.Offence.Transnationality?.SubstantialEffectsIn);

    /// <summary>The offence is transnational: as the case states it, or by any limb of art. 3(2).</summary>
    public static bool? IsTransnational(CaseFacts f) =>
        f.Offence.Transnational
        ?? (f.Offence.Transnationality is null
            ? null
            : Logic.Or(CommittedInSeveralStates(f), PreparedElsewhere(f), GroupActiveInSeveralStates(f), EffectsElsewhere(f)));

    private static bool? CommittedInOneState(CaseFacts f) =>
        f.Offence.Transnationality?.CommittedIn is { } committed ? committed.Distinct().Count() == 1 : null;

    private static bool? OneStateAnd(CaseFacts f, IReadOnlyList<StateCode>? elsewhere)
    {
        var committed = f.Offence.Transnationality?.CommittedIn;
        return elsewhere is null ? null
            : Logic.And(CommittedInOneState(f), committed is null ? null : elsewhere.Except(committed).Any());
    }

    public static void Limb(IContext ctx, CaseFacts f, string limb, string description) =>
        Record.Finding(ctx, f, Effect.Must, $"Transnational in nature: {description}.", Record.Fact("offence.transnationality", limb));

    public static void AssessOverall(IContext ctx, CaseFacts f)
    {
        var stated = f.Offence.Transnational;
        var value = IsTransnational(f);
        var fact = Record.Fact(stated is null ? "offence.transnationality" : "offence.transnational", value);
        if (value == true && stated is not null)
        {
            Record.Finding(ctx, f, Effect.Must, "The case states that the offence is transnational in nature.", fact);
        }
        else if (value == false)
        {
            Record.Finding(ctx, f, Effect.NotApplicable, "Not transnational in nature: no limb of art. 3(2) is met.", fact);
        }
    }
}

/// <summary>Transnationality as the case states it, or the finding that no limb is met (UNTOC art. 3(2)).</summary>
[Name("R-SC-TN"), Cites("UNTOC art. 3(2)")]
internal sealed class TransnationalityRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => Article03Transnationality.IsTransnational(x) != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Transnationality.AssessOverall(ctx, f);
}

/// <summary>UNTOC art. 3(2)(a): committed in more than one State.</summary>
[Name("R-SC-04"), Cites("UNTOC art. 3(2)(a)")]
internal sealed class CommittedInSeveralStatesRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Offence.Transnational == null, x => Article03Transnationality.CommittedInSeveralStates(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Transnationality.Limb(ctx, f, "3(2)(a)", "committed in more than one State");
}

/// <summary>UNTOC art. 3(2)(b): prepared, planned, directed or controlled in another State.</summary>
[Name("R-SC-05"), Cites("UNTOC art. 3(2)(b)")]
internal sealed class PreparedElsewhereRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Offence.Transnational == null, x => Article03Transnationality.PreparedElsewhere(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Transnationality.Limb(ctx, f, "3(2)(b)", "committed in one State, with a substantial part of its preparation, planning, direction or control in another");
}

/// <summary>UNTOC art. 3(2)(c): an organized criminal group active in more than one State.</summary>
[Name("R-SC-06"), Cites("UNTOC art. 3(2)(c)")]
internal sealed class GroupActiveInSeveralStatesRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Offence.Transnational == null, x => Article03Transnationality.GroupActiveInSeveralStates(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Transnationality.Limb(ctx, f, "3(2)(c)", "committed in one State by an organized criminal group that engages in criminal activities in more than one State");
}

/// <summary>UNTOC art. 3(2)(d): substantial effects in another State.</summary>
[Name("R-SC-07"), Cites("UNTOC art. 3(2)(d)")]
internal sealed class EffectsElsewhereRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Offence.Transnational == null, x => Article03Transnationality.EffectsElsewhere(x) == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Transnationality.Limb(ctx, f, "3(2)(d)", "committed in one State with substantial effects in another");
}
