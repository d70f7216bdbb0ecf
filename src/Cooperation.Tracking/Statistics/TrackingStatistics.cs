using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>
/// The figures the Conference of the Parties asks States to keep: requests received and sent by counterpart State,
/// kind, offence, outcome, refusal ground and legal basis; time to completion; and the open caseload by age.
/// </summary>
/// <param name="Query">Which requests are counted.</param>
/// <param name="AsOf">The moment open requests' ages are measured at.</param>
/// <param name="SuppressionThreshold">For figures prepared for publication: the smallest count shown; <see langword="null"/> for internal figures, which show every count.</param>
/// <param name="Tables">The tables, in the order of <see cref="StatisticsTables"/>.</param>
/// <param name="Completion">Time to completion by direction.</param>
public sealed record TrackingStatistics(
    StatisticsQuery Query,
    Instant AsOf,
    int? SuppressionThreshold,
    IReadOnlyList<StatisticsTable> Tables,
    IReadOnlyList<CompletionTimes> Completion)
{
    /// <summary>Gets a table by name (see <see cref="StatisticsTables"/>).</summary>
    /// <param name="name">The table's name.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">No table has that name.</exception>
    public StatisticsTable Table(string name) =>
        Tables.FirstOrDefault(t => t.Name == name) ?? throw new KeyNotFoundException($"No statistics table '{name}'. Tables: {string.Join(", ", Tables.Select(t => t.Name))}.");

    /// <summary>Computes the statistics of a set of requests from scratch.</summary>
    /// <param name="files">The requests; those the query excludes, and drafts never sent, are not counted.</param>
    /// <param name="query">Which requests to count.</param>
    /// <param name="asOf">The moment open requests' ages are measured at.</param>
    /// <returns>The statistics, unsuppressed.</returns>
    public static TrackingStatistics Compute(IEnumerable<CaseFile> files, StatisticsQuery query, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(query);
        var counts = new StatisticsCounts();
        var open = new List<RequestFigures>();
        foreach (var figures in files.Select(RequestFigures.Of).Where(f => query.Includes(f.Details, f.StartedAt)))
        {
            counts.Apply(figures, +1);
            if (!figures.IsClosed)
            {
                open.Add(figures);
            }
        }

        return counts.Build(query, asOf, open);
    }

    /// <summary>
    /// Prepares the figures for publication: no count below <paramref name="threshold"/> is shown, and none can be
    /// worked out from the others.
    /// </summary>
    /// <param name="threshold">The smallest count that may be shown (commonly 5 or 10).</param>
    /// <returns>The figures with small cells suppressed (see <see cref="SmallCellSuppression"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">The figures are already suppressed.</exception>
    public TrackingStatistics ForPublication(int threshold) => SmallCellSuppression.Apply(this, threshold);
}
