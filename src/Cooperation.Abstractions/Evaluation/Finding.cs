using Cooperation.Law;

namespace Cooperation.Evaluation;

/// <summary>What one rule concluded about a case, with the provision it encodes and the facts it used.</summary>
/// <param name="Rule">The rule identifier, for example <c>R-SC-01</c>.</param>
/// <param name="Effect">What the provision does in this case.</param>
/// <param name="Citation">The provision the rule encodes.</param>
/// <param name="FactsUsed">The facts the rule relied on, with their values.</param>
/// <param name="Explanation">One sentence in English saying why.</param>
public sealed record Finding(
    string Rule,
    Effect Effect,
    ArticleCitation Citation,
    IReadOnlyList<FactUsed> FactsUsed,
    string Explanation);
