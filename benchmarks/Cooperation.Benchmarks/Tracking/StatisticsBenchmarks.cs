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
    private RequestEvent _note = null!;
    private long _openId;

    [Params(10_000, 100_000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = TrackedCaseload.Generate(Requests);
        _accumulator = new StatisticsAccumulator();
        _accumulator.AddRange(_files);
        _figures = TrackingStatistics.Compute(_files, StatisticsQuery.All, TrackedCaseload.AsOf);
        var open = _files.First(f => f.IsOpen);
        _openId = open.Id;
        _note = new RequestEvent(open.Version + 1, RequestEventKind.NoteAdded, TrackedCaseload.AsOf, "officer", "note");
    }

    [Benchmark(Baseline = true)]
    public TrackingStatistics RecomputeFromScratch() => TrackingStatistics.Compute(_files, StatisticsQuery.All, TrackedCaseload.AsOf);

    [Benchmark]
    public TrackingStatistics OneEventThenSnapshot()
    {
        _accumulator.Recorded(_openId, _note);
        return _accumulator.Snapshot(TrackedCaseload.AsOf);
    }

    [Benchmark]
    public TrackingStatistics ForPublication() => _figures.ForPublication(5);

    [Benchmark]
    public string HtmlReport() => StatisticsHtmlReport.Write(_figures);
}
