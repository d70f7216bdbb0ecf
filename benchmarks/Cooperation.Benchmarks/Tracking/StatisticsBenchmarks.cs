using BenchmarkDotNet.Attributes;
using Cooperation.Tracking;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Reporting;
using Cooperation.Tracking.Statistics;
using NodaTime;

namespace Cooperation.Benchmarks.Tracking;

/// <summary>
/// What a statistics dashboard pays: recomputing every figure from every request (the baseline), against keeping
/// them event by event (<see cref="StatisticsAccumulator"/>: one event, then a snapshot), and the cost of preparing
/// figures for publication and of the HTML report.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private List<CaseFile> _files = [];
    private StatisticsAccumulator _accumulator = new();
    private TrackingStatistics _figures = null!;
    private List<(long Id, int Version)> _open = [];
    private int _next;

    [Params(10_000, 100_000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = TrackedCaseload.Generate(Requests);
        _accumulator = new StatisticsAccumulator();
        _accumulator.AddRange(_files);
        _figures = TrackingStatistics.Compute(_files, StatisticsQuery.All, TrackedCaseload.AsOf);
        _open = _files.Where(f => f.IsOpen).Select(f => (f.Id, f.Version)).ToList();
    }

    [Benchmark(Baseline = true)]
    public TrackingStatistics RecomputeFromScratch() => TrackingStatistics.Compute(_files, StatisticsQuery.All, TrackedCaseload.AsOf);

    [Benchmark]
    public TrackingStatistics OneEventThenSnapshot()
    {
        // A note on the open requests in turn, so that no one history grows long over the run.
        var i = _next++ % _open.Count;
        var (id, version) = _open[i];
        _open[i] = (id, version + 1);
        _accumulator.Recorded(id, new RequestEvent(version + 1, RequestEventKind.NoteAdded, TrackedCaseload.AsOf, "officer", "note"));
        return _accumulator.Snapshot(TrackedCaseload.AsOf);
    }

    [Benchmark]
    public TrackingStatistics ForPublication() => _figures.ForPublication(5);

    [Benchmark]
    public string HtmlReport() => StatisticsHtmlReport.Write(_figures);
}
