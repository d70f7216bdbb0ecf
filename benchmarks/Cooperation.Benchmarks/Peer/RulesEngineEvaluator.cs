using Cooperation.Benchmarks.Subset;
using Cooperation.Evaluation;
using Cooperation.Profiles;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Facts;
using NodaTime;
using RulesEngine.Models;

namespace Cooperation.Benchmarks.Peer;

/// <summary>
/// The peer: the subset evaluated by Microsoft RulesEngine (<see cref="PeerWorkflow"/>), one workflow execution per
/// case and requested State, its successful rules turned into the same <see cref="SubsetResult"/> as the ceiling.
/// </summary>
public sealed class RulesEngineEvaluator(IStateProfiles profiles)
{
    private readonly RulesEngine.RulesEngine _engine = new([PeerWorkflow.Create()], new ReSettings());

    public IEnumerable<SubsetResult> EvaluateMany(IEnumerable<CooperationCase> cases, LocalDate asOf)
    {
        foreach (var c in cases)
        {
            var requesting = profiles.Get(c.RequestingState);
            foreach (var requested in c.RequestedStates)
            {
                var facts = new PeerFacts(new CaseFacts(c, requested, asOf, requesting, profiles.Get(requested)));
                var results = _engine.ExecuteAllRulesAsync(PeerWorkflow.Name, new RuleParameter("f", facts)).AsTask().GetAwaiter().GetResult();
                yield return Result(facts, results);
            }
        }
    }

    private static SubsetResult Result(PeerFacts facts, List<RuleResultTree> results)
    {
        var findings = new List<string>();
        var bases = new List<(string Rank, string Text)>();
        var needs = new HashSet<string>(StringComparer.Ordinal);
        var refusals = new List<string>();
        var excluded = false;
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            var parts = result.Rule.RuleName.Split('|');
            switch (parts[0])
            {
                case "F": findings.Add($"{parts[1]} {parts[2]} {parts[3]}"); break;
                case "N": needs.Add($"{parts[1]} {parts[2]}"); break;
                case "B": bases.Add((parts[1], parts[2])); break;
                case "R": refusals.Add(parts[1]); break;
                case "X": excluded = true; break;
                case "T":
                    for (var i = 0; i < facts.Treaties; i++)
                    {
                        findings.Add("R-EX-04 Must UNTOC art. 16(3)");
                        bases.Add(("1", "Treaty UNTOC art. 16(3)"));
                    }

                    break;
            }
        }

        var outcome = excluded ? Outcome.NotEligible : needs.Count > 0 ? Outcome.InformationNeeded : bases.Count > 0 ? Outcome.Eligible : Outcome.NotEligible;
        var f = facts.Facts;
        return new SubsetResult(
            f.Case.Id, f.Requested.Alpha3, outcome,
            [.. findings.Order(StringComparer.Ordinal)],
            [.. bases.Select(b => b.Text).Distinct().Order(StringComparer.Ordinal)],
            [.. needs.Order(StringComparer.Ordinal)],
            [.. refusals.Order(StringComparer.Ordinal)]);
    }
}
