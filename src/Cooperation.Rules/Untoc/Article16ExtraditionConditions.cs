using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 16(7): extradition shall be subject to the conditions provided for by the domestic law of the
/// requested State Party or by applicable extradition treaties, including the minimum penalty requirement and the
/// grounds upon which it may refuse. The Convention sets no minimum penalty of its own.
/// </summary>
[Name("R-EX-07"), Cites("UNTOC art. 16(7)")]
internal sealed class ExtraditionConditionsRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, x => x.IsExtradition, x => x.IsUntocFamily);
        Then().Do(ctx => Record.Finding(ctx, f, Effect.DependsOnDomesticLaw,
            "Extradition remains subject to the requested State's domestic law and applicable treaties, including any minimum penalty and its grounds for refusal.",
            Record.Fact("requestedState", f.Requested)));
    }
}

/// <summary>
/// UNTOC art. 16(8): States Parties shall, subject to their domestic law, endeavour to expedite extradition
/// procedures and to simplify evidentiary requirements relating thereto.
/// </summary>
[Name("R-EX-20"), Cites("UNTOC art. 16(8)")]
internal sealed class ExpediteExtraditionRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, x => x.IsExtradition, x => x.IsUntocFamily);
        Then().Do(ctx => Record.Finding(ctx, f, Effect.Consider,
            "The requested State is to endeavour to expedite the procedure and simplify evidentiary requirements.",
            Record.Fact("requestedState", f.Requested)));
    }
}
