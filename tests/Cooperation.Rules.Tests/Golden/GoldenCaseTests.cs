using System.Text.Json;
using Cooperation.Evaluation;
using NodaTime.Testing;

namespace Cooperation.Rules.Tests.Golden;

public class GoldenCaseTests
{
    public static TheoryData<string> Names() => [.. GoldenCase.All().Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldenCase_GivesTheExpectedDetermination(string name)
    {
        var golden = GoldenCase.All().Single(g => g.Name == name);
        var evaluator = new EligibilityEvaluator(golden.Profiles, new FakeClock(NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0)));

        var determinations = evaluator.Evaluate(golden.Case, golden.AsOf);

        foreach (var expected in golden.Expectations)
        {
            var d = determinations.Single(x => x.RequestedState == expected.RequestedState);
            var context = $"{name} → {expected.RequestedState}: {Describe(d)}";
            Assert.True(JsonNamingPolicy.CamelCase.ConvertName(d.Outcome.ToString()) == expected.Outcome, $"outcome {d.Outcome}, expected {expected.Outcome}. {context}");

            var cited = d.Findings.Select(f => f.Citation)
                .Concat(d.LegalBasis.Select(b => b.Citation))
                .Concat(d.InformationNeeded.Select(n => n.Citation))
                .Concat(d.RefusalGrounds.Select(r => r.Citation))
                .Select(c => c.ToString()).ToHashSet();
            foreach (var citation in expected.Citations)
            {
                Assert.True(cited.Contains(citation), $"{citation} not cited. {context}");
            }

            if (expected.LegalBasis.Count > 0 || expected.Outcome == "informationNeeded")
            {
                Assert.True(expected.LegalBasis.SequenceEqual(d.LegalBasis.Select(b => JsonNamingPolicy.CamelCase.ConvertName(b.Basis.ToString())).Distinct()),
                    $"legal bases [{string.Join(", ", d.LegalBasis.Select(b => b.Basis))}], expected [{string.Join(", ", expected.LegalBasis)}]. {context}");
            }

            Assert.True(expected.InformationNeeded.Order().SequenceEqual(d.InformationNeeded.Select(n => n.Fact).Distinct().Order()) || (expected.InformationNeeded.Count == 0 && d.InformationNeeded.Count == 0) || !HasNeedsExpectation(expected),
                $"information needed [{string.Join(", ", d.InformationNeeded.Select(n => n.Fact))}], expected [{string.Join(", ", expected.InformationNeeded)}]. {context}");

            foreach (var (ground, valid) in expected.RefusalGrounds)
            {
                var assessment = d.RefusalGrounds.SingleOrDefault(r => JsonNamingPolicy.CamelCase.ConvertName(r.Ground.ToString()) == ground);
                Assert.True(assessment is not null, $"refusal ground {ground} not assessed. {context}");
                Assert.True(assessment.Valid == valid, $"refusal ground {ground}: valid {assessment.Valid}, expected {valid}. {context}");
            }
        }
    }

    private static bool HasNeedsExpectation(GoldenExpectation expected) => expected.InformationNeeded is not null;

    private static string Describe(Determination d) =>
        string.Join(" | ", d.Findings.Select(f => $"{f.Rule} {f.Effect} {f.Citation}"))
        + " || needs: " + string.Join(", ", d.InformationNeeded.Select(n => $"{n.Fact} ({n.Citation})"));
}
