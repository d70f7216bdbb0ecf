using Cooperation.Benchmarks.Peer;
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
    private static readonly RulesEngineEvaluator Peer = new(CooperationDirectory.Embedded);

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

    [Property(MaxTest = 10)]
    public bool RulesEngine_DecidesExactlyWhatTheEngineDecides_OnTheSubset(int seed)
    {
        var cases = GeneratedPopulation.Cases(250, seed, untocOnly: true).ToList();
        var engine = EngineSubset.EvaluateMany(cases, AsOf).Select(SubsetRules.Project).Select(r => r.Key).ToList();
        var peer = Peer.EvaluateMany(cases, AsOf).Select(r => r.Key).ToList();
        return engine.SequenceEqual(peer);
    }

    [Fact]
    public void RulesEngine_DecidesExactlyWhatTheEngineDecides_OnTheBenchmarkPopulation()
    {
        var cases = GeneratedPopulation.Cases(5_000, untocOnly: true).ToList();
        var engine = EngineSubset.EvaluateMany(cases, AsOf).Select(SubsetRules.Project).ToList();
        var peer = Peer.EvaluateMany(cases, AsOf).ToList();

        Assert.Equal(engine.Count, peer.Count);
        for (var i = 0; i < engine.Count; i++)
        {
            Assert.True(engine[i].Key == peer[i].Key, $"engine: {engine[i].Key}\npeer:   {peer[i].Key}");
        }
    }

    [Fact]
    public void GeneratedCases_RoundTripThroughJsonLines()
    {
        var text = new StringWriter();
        GeneratedPopulation.WriteLines(text, 500);
        var read = Rules.Serialization.CaseJson.ReadLines(new StringReader(text.ToString())).ToList();
        var original = GeneratedPopulation.Cases(500).ToList();
        var fresh = new EligibilityEvaluator(CooperationDirectory.Embedded, new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0)));

        Assert.Equal(
            fresh.EvaluateMany(original, AsOf).Select(d => Rules.Serialization.CaseJson.Serialize(new Rules.Serialization.AssessmentReport(AsOf, [d]), indented: false)),
            fresh.EvaluateMany(read, AsOf).Select(d => Rules.Serialization.CaseJson.Serialize(new Rules.Serialization.AssessmentReport(AsOf, [d]), indented: false)));
    }
}
