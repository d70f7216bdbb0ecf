using Cooperation.Tracking.Serialization;
using Cooperation.Tracking.Statistics;
using Cooperation.Tracking.Tests.Support;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Cooperation.Tracking.Tests.Statistics;

/// <summary>Invariants of the statistics over random caseloads.</summary>
public class StatisticsProperties
{
    private static readonly StatisticsQuery[] Queries =
    [
        StatisticsQuery.All,
        new(Direction: Tracking.Requests.Direction.Outgoing),
        new(Period: new NodaTime.Interval(Sample.Start + Duration.FromDays(3), Sample.Start + Duration.FromDays(40))),
        new(LegalBasis: "UNTOC"),
        new(Kind: Cooperation.Requests.RequestKind.Extradition, Counterpart: Sample.State("BRA")),
    ];

    [Property(MaxTest = 80)]
    public bool StatisticsKeptEventByEvent_EqualThoseRecomputedFromScratch(int seed, PositiveInt length, PositiveInt queryChoice)
    {
        var query = Queries[queryChoice.Get % Queries.Length];
        var (tracker, clock, _) = Sample.Tracker();
        var accumulator = new StatisticsAccumulator(query);
        CaseloadScript.Run(tracker, clock, CaseloadScript.Steps(seed, length.Get), changed: (file, e) =>
        {
            if (e.Sequence == 1)
            {
                accumulator.Opened(file.Id, file.Details, e);
            }
            else
            {
                accumulator.Recorded(file.Id, e);
            }
        });

        var asOf = clock.GetCurrentInstant();
        var incremental = TrackingJson.Serialize(accumulator.Snapshot(asOf));
        var recomputed = TrackingJson.Serialize(TrackingStatistics.Compute(tracker.All(), query, asOf));
        var replayed = new StatisticsAccumulator(query);
        replayed.AddRange(tracker.All());
        return incremental == recomputed && TrackingJson.Serialize(replayed.Snapshot(asOf)) == recomputed;
    }

    [Property(MaxTest = 80)]
    public bool SmallCellSuppression_NeverRevealsACountUnderTheThreshold(int seed, PositiveInt length, PositiveInt thresholdChoice)
    {
        var threshold = 2 + (thresholdChoice.Get % 9);
        var (tracker, clock, _) = Sample.Tracker();
        CaseloadScript.Run(tracker, clock, CaseloadScript.Steps(seed, length.Get));
        var raw = TrackingStatistics.Compute(tracker.All(), StatisticsQuery.All, clock.GetCurrentInstant());
        var published = raw.ForPublication(threshold);

        var shownCountsAreLarge = published.Tables.SelectMany(t => t.Cells).All(c => c.Count is null || c.Count >= threshold);

        // Within each margin, what subtraction could recover (the sum of the hidden cells) is nothing or at least the threshold.
        var residualsAreLarge = raw.Tables.Zip(published.Tables).All(pair => pair.First.Cells.Zip(pair.Second.Cells)
            .GroupBy(c => string.Join('/', c.First.Key.Count == 1 ? c.First.Key : c.First.Key.SkipLast(1)))
            .All(margin =>
            {
                var hidden = margin.Where(c => c.Second.IsSuppressed).Sum(c => c.First.Count!.Value);
                return hidden == 0 || hidden >= threshold || margin.All(c => c.Second.IsSuppressed);
            }));

        // Partition tables add up to the published direction totals, so the totals cannot be used to single a cell out.
        var totals = published.Table(StatisticsTables.Total);
        var partitionsAgree = published.Tables.Where(t => t.IsPartition && t.Name != StatisticsTables.Total).All(t => t.Cells
            .GroupBy(c => c.Key[0])
            .All(direction => totals[direction.Key] is not int total
                || total - direction.Sum(c => c.Count ?? 0) is var residual && (residual == 0 || residual >= threshold)));

        // Outcomes by legal basis add up to the count of that basis.
        var bases = published.Table(StatisticsTables.ByLegalBasis);
        var outcomesByBasisAgree = published.Table(StatisticsTables.ByLegalBasisAndOutcome).Cells
            .GroupBy(c => (c.Key[0], c.Key[1]))
            .All(margin => bases[margin.Key.Item1, margin.Key.Item2] is not int total
                || total - margin.Sum(c => c.Count ?? 0) is var residual && (residual == 0 || residual >= threshold));

        var completionIsSafe = published.Completion.All(c => c.Completed is null ? c.MedianDays is null && c.Percentile90Days is null : c.Completed >= threshold);
        return shownCountsAreLarge && residualsAreLarge && partitionsAgree && outcomesByBasisAgree && completionIsSafe;
    }

    [Property(MaxTest = 60)]
    public bool ErasingPersonalData_LeavesEveryStatisticUnchanged(int seed, PositiveInt length, PositiveInt eraseEvery)
    {
        var (tracker, clock, _) = Sample.Tracker();
        CaseloadScript.Run(tracker, clock, CaseloadScript.Steps(seed, length.Get));
        var asOf = clock.GetCurrentInstant() + Duration.FromDays(1);
        var before = TrackingJson.Serialize(TrackingStatistics.Compute(tracker.All(), StatisticsQuery.All, asOf));
        var catalogueBefore = TrackingJson.Serialize(Catalogue.CaseCatalogue.Export(tracker.All()));
        var every = 1 + (eraseEvery.Get % 3);
        foreach (var file in tracker.All().Where(f => f.Id % every == 0))
        {
            tracker.ErasePersonalData(file.Id, "dpo", "retention period ended");
        }

        var erased = tracker.All().Where(f => f.Id % every == 0).All(f => tracker.PersonalData(f.Id) is null);
        return erased
            && before == TrackingJson.Serialize(TrackingStatistics.Compute(tracker.All(), StatisticsQuery.All, asOf))
            && catalogueBefore == TrackingJson.Serialize(Catalogue.CaseCatalogue.Export(tracker.All()));
    }
}
