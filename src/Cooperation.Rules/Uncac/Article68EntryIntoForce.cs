using Cooperation.Rules.Citations;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;

namespace Cooperation.Rules.Uncac;

/// <summary>UNCAC art. 68: in force for a State on the thirtieth day after its deposit (not before 14 Dec 2005); it binds two States once in force for both.</summary>
[Name("R-APP-01/UNCAC"), Cites("UNCAC art. 68")]
internal sealed class UncacInForceRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, x => x.IsUncac);
        Then().Do(ctx => InstrumentInForce.Assess(ctx, f, Cooperation.Law.Instrument.Uncac));
    }
}
