using System.Linq.Expressions;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Uncac;

/// <summary>UNCAC art. 68: in force for a State on the thirtieth day after its deposit (not before 14 Dec 2005); it binds two States once in force for both.</summary>
[Name("R-APP-01/UNCAC"), Cites("UNCAC art. 68")]
internal sealed class UncacInForceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUncac];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => InstrumentInForce.Assess(ctx, f, Cooperation.Law.Instrument.Uncac);
}
