using Cooperation.Rules.Citations;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 37(3): a State Party to the Convention is not bound by a protocol unless it becomes a Party to the
/// protocol. A Protocol's rules therefore apply only between two States that are both parties to it.
/// </summary>
[Name("R-APP-02"), Cites("UNTOC art. 37(3)")]
internal sealed class ProtocolInForceRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, x => x.Instrument.IsProtocol);
        Then().Do(ctx => InstrumentInForce.Assess(ctx, f, f.Instrument));
    }
}
