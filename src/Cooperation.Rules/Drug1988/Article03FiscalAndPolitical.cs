using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Drug1988;

/// <summary>
/// 1988 Convention art. 3(10): for the purpose of co-operation under the Convention, including arts. 6 and 7, the
/// offences established under art. 3 shall not be considered as fiscal offences or as political offences or
/// regarded as politically motivated, without prejudice to the constitutional limitations and the fundamental
/// domestic law of the Parties.
/// </summary>
[Name("R-EX-17"), Cites("1988 art. 3(10)")]
internal sealed class NotFiscalOrPoliticalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsDrugConvention, x => x.Invokes(RefusalGround.Fiscal)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Record.Refusal(ctx, f, RefusalGround.Fiscal, false,
            "Offences under art. 3 are not fiscal offences for the purpose of co-operation, subject to constitutional limits and fundamental domestic law.");
}
