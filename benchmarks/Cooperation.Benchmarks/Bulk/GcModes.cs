using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Cooperation.Benchmarks.Bulk;

/// <summary>
/// Results depend on the garbage collector's mode (the ceiling's results get promoted under concurrent workstation
/// GC), so every ratio is reported per mode: the default (concurrent workstation) and Server GC.
/// </summary>
public class GcModes : ManualConfig
{
    public GcModes()
        : this(Job.Default)
    {
    }

    private protected GcModes(Job run)
    {
        AddJob(run.WithGcServer(false).WithGcConcurrent(true).WithId("Workstation-Concurrent"));
        AddJob(run.WithGcServer(true).WithGcConcurrent(false).WithId("Server"));
    }

    /// <summary>
    /// For operations that evaluate a whole population (seconds each): a fixed number of runs measures them as well
    /// as BenchmarkDotNet's pilot would, in minutes rather than an hour. Enough warm-up runs for tiered JIT to finish.
    /// </summary>
    public sealed class WholePopulation : GcModes
    {
        public WholePopulation()
            : base(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(7))
        {
        }
    }
}
