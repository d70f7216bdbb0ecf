namespace Cooperation.Tracking.Statistics;

/// <summary>A table of counts: requests grouped by one or more dimensions, the first always the direction.</summary>
/// <param name="Name">The table's name (<c>byCounterpart</c>, <c>byOutcome</c>, ...).</param>
/// <param name="Title">A heading for reports.</param>
/// <param name="Dimensions">The names of the key's parts.</param>
/// <param name="IsPartition">Whether each request counts in exactly one cell of its direction, so that a direction's cells add up to its total. Refusal grounds and legal bases are not partitions: a request can invoke several.</param>
/// <param name="Cells">The counts, ordered by key; only keys that occur are listed.</param>
public sealed record StatisticsTable(string Name, string Title, IReadOnlyList<string> Dimensions, bool IsPartition, IReadOnlyList<StatisticsCell> Cells)
{
    /// <summary>Gets the count of a key, or <see langword="null"/> if the key does not occur or was suppressed.</summary>
    /// <param name="key">The key's parts.</param>
    /// <returns>The count.</returns>
    public int? this[params string[] key] => Cells.FirstOrDefault(c => c.Key.SequenceEqual(key, StringComparer.Ordinal))?.Count;
}
