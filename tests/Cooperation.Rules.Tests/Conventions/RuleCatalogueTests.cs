using System.Collections.Concurrent;
using Cooperation.Law;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Serialization;
using Cooperation.Rules.Tests.Golden;
using NodaTime.Testing;

namespace Cooperation.Rules.Tests.Conventions;

public class RuleCatalogueTests
{
    [Fact]
    public void EveryRuleClass_CitesAtLeastOneProvisionOfTheCatalogue()
    {
        Assert.NotEmpty(RuleCatalog.RuleTypes);
        Assert.All(RuleCatalog.RuleTypes, type =>
        {
            var citations = CitesAttribute.Of(type);
            Assert.True(citations.Count > 0, $"{type.Name} has no [Cites].");
            Assert.All(citations, c => Assert.True(ArticleCatalogue.TryFind(c.Instrument, c.Article, out _)));
        });
    }

    [Fact]
    public void EveryRuleClass_HasAUniqueName()
    {
        var names = RuleCatalog.RuleNames;

        Assert.Equal(RuleCatalog.RuleTypes.Count, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.StartsWith("R-", n, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRuleClass_LivesInTheFolderOfItsInstrument()
    {
        Assert.All(RuleCatalog.RuleTypes, type =>
        {
            var instrument = CitesAttribute.Of(type)[0].Instrument;
            var expected = instrument == Instrument.Uncac ? "Uncac"
                : instrument == Instrument.DrugConvention1988 ? "Drug1988"
                : instrument.IsProtocol ? "Protocols"
                : "Untoc";
            Assert.EndsWith("." + expected, type.Namespace, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryRuleClass_IsExercisedByTheGoldenCasesOrTheSamples()
    {
        var fired = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        void Listen(object? sender, NRules.Diagnostics.AgendaEventArgs e) => fired.AddOrUpdate(e.Rule.Name, 1, (_, n) => n + 1);
        RuleCatalog.Factory.Events.RuleFiredEvent += Listen;
        try
        {
            foreach (var golden in GoldenCase.All())
            {
                new EligibilityEvaluator(golden.Profiles, new FakeClock(NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0))).Evaluate(golden.Case, golden.AsOf);
            }

            var samples = Path.Combine(AppContext.BaseDirectory, "SampleCases");
            var evaluator = new EligibilityEvaluator(Cooperation.Directory.CooperationDirectory.Embedded, new FakeClock(NodaTime.Instant.FromUtc(2026, 11, 27, 0, 0)));
            foreach (var file in System.IO.Directory.GetFiles(samples, "*.json"))
            {
                _ = evaluator.EvaluateMany(CaseJson.Parse(File.ReadAllText(file))).ToList();
            }
        }
        finally
        {
            RuleCatalog.Factory.Events.RuleFiredEvent -= Listen;
        }

        var names = RuleCatalog.RuleNames;
        var silent = names.Where(n => !fired.ContainsKey(n)).ToList();
        Assert.True(silent.Count == 0, $"Rules no test exercises: {string.Join(", ", silent)}");
    }
}
