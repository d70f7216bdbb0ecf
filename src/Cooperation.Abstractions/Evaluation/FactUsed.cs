namespace Cooperation.Evaluation;

/// <summary>A fact a rule relied on, with the value it had, so that a finding can be explained and audited.</summary>
/// <param name="Name">The fact, for example <c>offence.maxPenaltyMonths</c> or <c>requestedState.untoc16_5a</c>.</param>
/// <param name="Value">The value as text, or <see langword="null"/> when the fact is unknown.</param>
public sealed record FactUsed(string Name, string? Value);
