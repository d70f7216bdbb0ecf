namespace Cooperation.Rules;

/// <summary>How far a bulk evaluation has got.</summary>
/// <param name="Cases">Cases evaluated so far.</param>
/// <param name="Determinations">Determinations produced so far (one per case and requested State).</param>
public readonly record struct EvaluationProgress(long Cases, long Determinations);
