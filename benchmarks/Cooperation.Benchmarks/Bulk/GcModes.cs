using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Cooperation.Benchmarks.Bulk;

/// <summary>
/// Results depend on the garbage collector's mode (the ceiling's results get promoted under concurrent workstation
/// GC), so every ratio is reported per mode: the default (concurrent workstation) and Server GC.
/// </summary>
public sealed class GcModes : ManualConfig
{
    public GcModes()
    {
        // Whole populations per operation: a few runs measure them as well as many, in minutes rather than hours.
        var run = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7);
        AddJob(run.WithGcServer(false).WithGcConcurrent(true).WithId("Workstation-Concurrent"));
        AddJob(run.WithGcServer(true).WithGcConcurrent(false).WithId("Server"));
    }
}
