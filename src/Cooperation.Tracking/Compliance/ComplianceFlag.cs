using Cooperation.Evaluation;
using Cooperation.Law;

namespace Cooperation.Tracking.Compliance;

/// <summary>Something in a request's history that the convention does not allow or that it requires and the history lacks.</summary>
/// <param name="Code">What kind of problem: <c>refusalWithoutConsultation</c>, <c>postponementWithoutConsultation</c>, <c>refusalOnPostponementGround</c> or <c>excludedRefusalGround</c>.</param>
/// <param name="Citation">The provision concerned.</param>
/// <param name="EventSequence">The event flagged.</param>
/// <param name="Ground">For an excluded ground: which one.</param>
/// <param name="Explanation">One sentence in English saying why.</param>
public sealed record ComplianceFlag(string Code, ArticleCitation Citation, int EventSequence, RefusalGround? Ground, string Explanation);
