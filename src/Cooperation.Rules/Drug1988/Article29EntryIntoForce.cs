using System.Linq.Expressions;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Drug1988;

/// <summary>1988 Convention art. 29: in force for a State on the ninetieth day after its deposit (not before 11 Nov 1990).</summary>
[Name("R-APP-01/1988"), Cites("1988 art. 29")]
internal sealed class DrugConventionInForceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsDrugConvention];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => InstrumentInForce.Assess(ctx, f, Cooperation.Law.Instrument.DrugConvention1988);
}
