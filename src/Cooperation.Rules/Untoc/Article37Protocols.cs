using System.Linq.Expressions;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 37(3): a State Party to the Convention is not bound by a protocol unless it becomes a Party to the
/// protocol. A Protocol's rules therefore apply only between two States that are both parties to it.
/// </summary>
[Name("R-APP-02"), Cites("UNTOC art. 37(3)")]
internal sealed class ProtocolInForceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.Instrument.IsProtocol];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => InstrumentInForce.Assess(ctx, f, f.Instrument);
}
