using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(9): States Parties may decline to render mutual legal assistance on the ground of absence of dual
/// criminality; the requested State may nevertheless, when it deems appropriate, provide assistance, to the extent
/// it decides at its discretion, irrespective of whether the conduct would constitute an offence under its law.
/// </summary>
internal static class Article18DualCriminality
{
    public static void Assess(IContext ctx, CaseFacts f)
    {
        var fact = Record.Fact("dualCriminality", f.DualCriminality);
        if (f.DualCriminality == false)
        {
            Record.Finding(ctx, f, Effect.May, $"The conduct is not an offence in {f.Requested}: it may decline, or assist at its discretion.", fact);
        }
        else if (f.DualCriminality is null)
        {
            Record.Finding(ctx, f, Effect.May, $"Dual criminality is not stated: if the conduct is not an offence in {f.Requested}, it may decline (it need not be stated for assistance to be due).", fact);
        }

        if (f.Invokes(RefusalGround.AbsenceOfDualCriminality))
        {
            Record.Refusal(ctx, f, RefusalGround.AbsenceOfDualCriminality, f.DualCriminality == true ? false : true,
                f.DualCriminality == true
                    ? "The conduct is an offence in both States, so absence of dual criminality cannot be invoked."
                    : "Absence of dual criminality is a ground on which assistance may be declined.");
        }
    }
}

/// <summary>Dual criminality in mutual legal assistance (UNTOC art. 18(9)).</summary>
[Name("R-DC-04"), Cites("UNTOC art. 18(9)")]
internal sealed class MutualLegalAssistanceDualCriminalityRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.DualCriminality != true || x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18DualCriminality.Assess(ctx, f);
}
