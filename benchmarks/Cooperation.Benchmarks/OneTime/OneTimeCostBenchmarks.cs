using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Cooperation.Rules.Engine;

namespace Cooperation.Benchmarks.OneTime;

/// <summary>
/// What a process pays once: compiling the full rule set (NRules builds its network and compiles every condition
/// and action), and creating one session from it. The cold single <c>cooperation assess</c> is timed from the shell
/// (docs/performance.md), since it includes starting the runtime.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5, id: "ColdStart")]
public class OneTimeCostBenchmarks
{
    private readonly NRules.ISessionFactory _factory = RuleCatalog.Factory;

    [Benchmark]
    public NRules.ISessionFactory CompileAllRules() => RuleCatalog.Compile(_ => true);

    [Benchmark]
    public NRules.ISession CreateSession() => _factory.CreateSession();
}
