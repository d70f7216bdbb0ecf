using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>Raw counters, kept per table and key, that can be added to and taken from.</summary>
internal sealed class StatisticsCounts
{
    private const char Separator = '\u001f';
    private readonly Dictionary<string, Dictionary<string, int>> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _completionDays = new(StringComparer.Ordinal);

    /// <summary>Adds (<paramref name="sign"/> = 1) or removes (-1) one request's contribution.</summary>
    public void Apply(RequestFigures figures, int sign)
    {
        foreach (var (table, key) in figures.Cells())
        {
            var cells = _tables.TryGetValue(table, out var found) ? found : _tables[table] = new(StringComparer.Ordinal);
            var joined = string.Join(Separator, key);
            var count = cells.GetValueOrDefault(joined) + sign;
            if (count == 0)
            {
                cells.Remove(joined);
            }
            else
            {
                cells[joined] = count;
            }
        }

        if (figures is { IsClosed: true, StartedAt: { } started, ClosedAt: { } closed })
        {
            var direction = StatisticsKeys.Direction(figures.Details.Direction);
            var days = _completionDays.TryGetValue(direction, out var list) ? list : _completionDays[direction] = [];
            var value = (closed - started).TotalDays;
            var at = days.BinarySearch(value);
            if (sign > 0)
            {
                days.Insert(at < 0 ? ~at : at, value);
            }
            else
            {
                days.RemoveAt(at);
            }
        }
    }

    public TrackingStatistics Build(StatisticsQuery query, Instant asOf, IEnumerable<RequestFigures> open)
    {
        var caseload = open
            .GroupBy(f => string.Join(Separator, StatisticsKeys.Direction(f.Details.Direction), StatisticsKeys.DurationBucket(asOf - f.StartedAt!.Value)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var tables = StatisticsTables.Layout.Select(layout =>
        {
            var cells = layout.Name == StatisticsTables.OpenCaseloadByAge ? caseload : _tables.GetValueOrDefault(layout.Name) ?? [];
            return new StatisticsTable(layout.Name, layout.Title, layout.Dimensions, layout.IsPartition, cells
                .Select(c => new StatisticsCell(c.Key.Split(Separator), c.Value))
                .OrderBy(c => c.Key, KeyComparer.Instance)
                .ToList());
        }).ToList();
        var completion = _completionDays
            .Where(d => d.Value.Count > 0)
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new CompletionTimes(d.Key, d.Value.Count, NearestRank(d.Value, 50), NearestRank(d.Value, 90)))
            .ToList();
        return new TrackingStatistics(query, asOf, null, tables, completion);
    }

    /// <summary>The nearest-rank percentile of a sorted list: the smallest value with at least p% of the values at or below it.</summary>
    private static double NearestRank(List<double> sorted, int percentile) =>
        Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)], 1);

    private sealed class KeyComparer : IComparer<IReadOnlyList<string>>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                // Durations in their natural order ("31-90 days" before "181-365 days"), everything else by ordinal.
                var (bx, by) = (Array.IndexOf(StatisticsKeys.DurationBuckets, x[i]), Array.IndexOf(StatisticsKeys.DurationBuckets, y[i]));
                var c = bx >= 0 && by >= 0 ? bx.CompareTo(by) : StringComparer.Ordinal.Compare(x[i], y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
