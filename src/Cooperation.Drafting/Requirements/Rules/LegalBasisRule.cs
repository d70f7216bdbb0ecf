using System.Linq.Expressions;
using Cooperation.Drafting.Validation;
using Cooperation.Evaluation;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// The legal basis section is filled from the eligibility engine's determination: a request the convention does not
/// support is an error; facts the engine still needs are warnings to settle before sending.
/// </summary>
[Name("D-LEGAL-BASIS")]
internal sealed class LegalBasisRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.Determination.Outcome != Outcome.Eligible];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var d = f.Determination;
        if (d.Outcome == Outcome.NotEligible)
        {
            var reasons = d.Findings.Where(x => x.Effect == Effect.NotApplicable).Select(x => $"{x.Explanation} [{x.Citation}]");
            f.Issues.Add(new DraftIssue(IssueSeverity.Error, "$.case",
                $"The request has no legal basis under {d.Instrument?.Abbreviation ?? "the instruments"} on the facts stated: {string.Join(" ", reasons)}",
                string.Join("; ", d.Findings.Where(x => x.Effect == Effect.NotApplicable).Select(x => x.Citation.ToString()).Distinct()),
                "Check the facts in \"case\", or rely on another treaty or on reciprocity."));
            return;
        }

        foreach (var need in d.InformationNeeded)
        {
            f.Issues.Add(new DraftIssue(IssueSeverity.Warning, $"$.case.{need.Fact}", need.Reason, need.Citation.ToString(),
                $"State \"{need.Fact}\" so that the legal basis can be confirmed."));
        }
    }
}
