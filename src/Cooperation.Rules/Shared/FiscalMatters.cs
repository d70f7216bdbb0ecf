using Cooperation.Evaluation;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.RuleModel;

namespace Cooperation.Rules.Shared;

/// <summary>
/// The fiscal clause that UNTOC arts. 16(15) and 18(22) and UNCAC arts. 44(16) and 46(22) share: a request may not be
/// refused on the sole ground that the offence is also considered to involve fiscal matters.
/// </summary>
internal static class FiscalMatters
{
    public static bool FiscalOnly(CaseFacts f) => f.RefusalGrounds.Count > 0 && f.RefusalGrounds.All(g => g == RefusalGround.Fiscal);

    public static void Assess(IContext ctx, CaseFacts f, string paragraph, string cooperation)
    {
        Record.Refusal(ctx, f, RefusalGround.Fiscal, false, FiscalOnly(f)
            ? $"A request may not be refused on the sole ground that the offence is also considered to involve fiscal matters ({paragraph})."
            : $"Fiscal matters are not a ground of refusal on their own ({paragraph}); only the other grounds invoked can carry a refusal.");
        Record.Finding(ctx, f, Effect.MustNot, $"{cooperation} may not be refused on the sole ground that the offence involves fiscal matters.",
            Record.Fact("refusalGroundsInvoked", string.Join(",", f.RefusalGrounds.Select(g => Record.Name(g)))));
    }
}
