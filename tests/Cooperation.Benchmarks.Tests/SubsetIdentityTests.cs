using Cooperation.Benchmarks.Population;
using Cooperation.Benchmarks.Subset;
using Cooperation.Directory;
using Cooperation.Rules;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Benchmarks.Tests;

/// <summary>The ceiling and the peer are only worth comparing with the engine if they decide exactly what it decides.</summary>
public class SubsetIdentityTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 27);
    private static readonly EligibilityEvaluator EngineSubset = new(CooperationDirectory.Embedded, new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0)), SubsetRules.Compile());
    private static readonly CeilingEvaluator Ceiling = new(CooperationDirectory.Embedded);

    [Fact]
    public void TheSubset_IsMadeOfRulesThatExist()
    {
        var names = Rules.Engine.RuleCatalog.RuleNames.ToHashSet(StringComparer.Ordinal);
        Assert.All(SubsetRules.Names, n => Assert.Contains(n, names));
    }

    [Property(MaxTest = 20)]
    public bool Ceiling_DecidesExactlyWhatTheEngineDecides_OnTheSubset(int seed)
    {
        var cases = GeneratedPopulation.Cases(250, seed, untocOnly: true).ToList();
        var engine = EngineSubset.EvaluateMany(cases, AsOf).Select(SubsetRules.Project).Select(r => r.Key).ToList();
        var ceiling = Ceiling.EvaluateMany(cases, AsOf).Select(r => r.Key).ToList();
        return engine.SequenceEqual(ceiling);
    }

    [Fact]
    public void Ceiling_DecidesExactlyWhatTheEngineDecides_OnTheBenchmarkPopulation()
    {
        var cases = GeneratedPopulation.Cases(5_000, untocOnly: true).ToList();
        var engine = EngineSubset.EvaluateMany(cases, AsOf).Select(SubsetRules.Project).ToList();
        var ceiling = Ceiling.EvaluateMany(cases, AsOf).ToList();

        for (var i = 0; i < engine.Count; i++)
        {
            Assert.True(engine[i].Key == ceiling[i].Key, $"engine:  {engine[i].Key}\nceiling: {ceiling[i].Key}");
        }

        Assert.Contains(engine, r => r.Outcome == Evaluation.Outcome.Eligible);
        Assert.Contains(engine, r => r.Outcome == Evaluation.Outcome.NotEligible);
        Assert.Contains(engine, r => r.Outcome == Evaluation.Outcome.InformationNeeded);
    }
}
