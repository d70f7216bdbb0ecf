namespace Cooperation.Tracking.Statistics;

/// <summary>
/// Small-cell suppression for published statistics, so that no single case can be identified from them.
/// </summary>
/// <remarks>
/// <para>
/// Primary suppression hides every count below the threshold. That alone is not enough: a table's cells add up to a
/// margin that is published elsewhere (a direction's total, or the count of a legal basis), and a single hidden cell
/// could be recovered by subtraction. So, within each margin (the cells that share every key part but the last), if
/// the hidden cells add up to less than the threshold, the smallest shown cells are hidden too until they do, or until
/// every cell of the margin is hidden. What can be worked out by subtraction is then either nothing or a sum of at
/// least the threshold.
/// </para>
/// <para>
/// Time to completion is shown only for directions with at least the threshold of completed requests: a median of
/// two cases is nearly one case's duration.
/// </para>
/// </remarks>
public static class SmallCellSuppression
{
    /// <summary>Suppresses small cells.</summary>
    /// <param name="statistics">Unsuppressed statistics.</param>
    /// <param name="threshold">The smallest count that may be shown.</param>
    /// <returns>The statistics for publication.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">The statistics are already suppressed.</exception>
    public static TrackingStatistics Apply(TrackingStatistics statistics, int threshold)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        if (statistics.SuppressionThreshold is not null)
        {
            throw new InvalidOperationException("These statistics are already suppressed; suppress the unsuppressed figures.");
        }

        return statistics with
        {
            SuppressionThreshold = threshold,
            Tables = statistics.Tables.Select(t => t with { Cells = Suppress(t.Cells, threshold) }).ToList(),
            Completion = statistics.Completion
                .Select(c => c.Completed >= threshold ? c : new CompletionTimes(c.Direction, null, null, null))
                .ToList(),
        };
    }

    private static List<StatisticsCell> Suppress(IReadOnlyList<StatisticsCell> cells, int threshold)
    {
        var hidden = new HashSet<StatisticsCell>(ReferenceEqualityComparer.Instance);
        foreach (var margin in cells.GroupBy(Margin, StringComparer.Ordinal))
        {
            var members = margin.ToList();
            hidden.UnionWith(members.Where(c => c.Count < threshold));
            var hiddenSum = members.Where(hidden.Contains).Sum(c => c.Count!.Value);
            foreach (var next in members.Where(c => !hidden.Contains(c)).OrderBy(c => c.Count))
            {
                if (hiddenSum == 0 || hiddenSum >= threshold)
                {
                    break;
                }

                hidden.Add(next);
                hiddenSum += next.Count!.Value;
            }
        }

        return cells.Select(c => hidden.Contains(c) ? c with { Count = null } : c).ToList();
    }

    // The cells sharing every key part but the last add up to a figure published elsewhere. A one-part key (the
    // totals by direction) is its own margin: no grand total is published.
    private static string Margin(StatisticsCell cell) =>
        string.Join('\u001f', cell.Key.Count == 1 ? cell.Key : cell.Key.Take(cell.Key.Count - 1));
}
