using BenchmarkDotNet.Attributes;
using Cooperation.Benchmarks.Population;
using Cooperation.Directory;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using NodaTime;

namespace Cooperation.Benchmarks.Bulk;

/// <summary>
/// The full rule set with full findings, as analysts run it: many cases streamed through <see cref="EligibilityEvaluator.EvaluateMany"/>
/// on every core. Divide the mean by N for the time per determination (one requested State per case).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes.WholePopulation))]
public class BulkEvaluationBenchmarks
{
    private static readonly LocalDate AsOf = PopulationClock.AsOf;
    private readonly EligibilityEvaluator _evaluator = new(CooperationDirectory.Embedded, PopulationClock.Instance);
    private CooperationCase[] _cases = [];

    [Params(10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cases = [.. GeneratedPopulation.Cases(N)];
        _ = _evaluator.Evaluate(_cases[0], AsOf);
    }

    [Benchmark]
    public int EvaluateMany()
    {
        var count = 0;
        foreach (var _ in _evaluator.EvaluateMany(_cases, AsOf))
        {
            count++;
        }

        return count;
    }
}
