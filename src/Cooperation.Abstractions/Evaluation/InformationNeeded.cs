using Cooperation.Law;

namespace Cooperation.Evaluation;

/// <summary>A fact the case does not state but a provision needs before it can be decided.</summary>
/// <param name="Fact">The missing fact, for example <c>dualCriminality</c>.</param>
/// <param name="Citation">The provision that needs it.</param>
/// <param name="Reason">Why the fact matters, in one English sentence.</param>
public sealed record InformationNeeded(string Fact, ArticleCitation Citation, string Reason);
