namespace Cooperation.Tracking.Statistics;

/// <summary>How long completed requests of one direction took, from being sent or received to their final status.</summary>
/// <param name="Direction">Incoming or outgoing.</param>
/// <param name="Completed">How many requests completed; <see langword="null"/> when suppressed.</param>
/// <param name="MedianDays">The median time in days (nearest rank); <see langword="null"/> when there are none or when suppressed.</param>
/// <param name="Percentile90Days">The 90th percentile in days (nearest rank); <see langword="null"/> when there are none or when suppressed.</param>
public sealed record CompletionTimes(string Direction, int? Completed, double? MedianDays, double? Percentile90Days);
