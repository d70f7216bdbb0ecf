using Cooperation.Evaluation;
using NodaTime;

namespace Cooperation.Rules.Serialization;

/// <summary>The result of assessing cases: <c>{"asOf": ..., "determinations": [...]}</c>.</summary>
/// <param name="AsOf">The date the law and State data were read as of.</param>
/// <param name="Determinations">One determination per case and requested State, in input order.</param>
public sealed record AssessmentReport(LocalDate AsOf, IReadOnlyList<Determination> Determinations);
