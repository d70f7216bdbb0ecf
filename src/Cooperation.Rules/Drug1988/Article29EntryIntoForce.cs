using Cooperation.Rules.Citations;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;

namespace Cooperation.Rules.Drug1988;

/// <summary>1988 Convention art. 29: in force for a State on the ninetieth day after its deposit (not before 11 Nov 1990).</summary>
[Name("R-APP-01/1988"), Cites("1988 art. 29")]
internal sealed class DrugConventionInForceRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, x => x.IsDrugConvention);
        Then().Do(ctx => InstrumentInForce.Assess(ctx, f, Cooperation.Law.Instrument.DrugConvention1988));
    }
}
