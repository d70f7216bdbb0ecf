using BenchmarkDotNet.Attributes;
using Cooperation.Benchmarks.Bulk;
using Cooperation.Benchmarks.Peer;
using Cooperation.Benchmarks.Population;
using Cooperation.Directory;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using NodaTime;

namespace Cooperation.Benchmarks.Subset;

/// <summary>
/// The same subset of the rules three ways, in one run: hand-written C# (the ceiling, the baseline), the engine
/// restricted to the subset, and Microsoft RulesEngine (the peer). All three stream the same 10,000 UNTOC cases on one
/// thread, so the ratios compare the engines rather than the parallelism.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class SubsetBenchmarks
{
    private const int N = 10_000;
    private static readonly LocalDate AsOf = PopulationClock.AsOf;
    private readonly CeilingEvaluator _ceiling = new(CooperationDirectory.Embedded);
    private readonly EligibilityEvaluator _engine = new(CooperationDirectory.Embedded, PopulationClock.Instance, SubsetRules.Compile(), maxDegreeOfParallelism: 1);
    private readonly RulesEngineEvaluator _peer = new(CooperationDirectory.Embedded);
    private CooperationCase[] _cases = [];

    [GlobalSetup]
    public void Setup() => _cases = [.. GeneratedPopulation.Cases(N, untocOnly: true)];

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int Ceiling() => Count(_ceiling.EvaluateMany(_cases, AsOf));

    [Benchmark(OperationsPerInvoke = N)]
    public int EngineSubset() => Count(_engine.EvaluateMany(_cases, AsOf));

    [Benchmark(OperationsPerInvoke = N)]
    public int RulesEngine() => Count(_peer.EvaluateMany(_cases, AsOf));

    private static int Count<T>(IEnumerable<T> results)
    {
        var count = 0;
        foreach (var _ in results)
        {
            count++;
        }

        return count;
    }
}
