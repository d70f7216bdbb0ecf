using System.Linq.Expressions;
using Cooperation.Law;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// UNTOC art. 18(24): the requested State takes as full account as possible of deadlines suggested by the requesting
/// State "for which reasons are given, preferably in the request". An urgent request says why.
/// </summary>
[Name("D-URGENT")]
internal sealed class UrgencyRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.Draft.Urgent == true || x.Draft.Deadline != null];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = ArticleCitation.Create(Instrument.Untoc, 18, 24);
        if (f.Draft.Urgent == true)
        {
            f.Require("$.urgencyReasons", RequirementLevel.Required, citation, "Why the request is urgent.");
            if (f.Advice.AlternativeChannels.Count > 0 || f.Recipients.Any(r => r.UrgentProcedure is not null))
            {
                var procedure = f.Recipients.Select(r => r.UrgentProcedure).FirstOrDefault(p => p is not null);
                f.Issues.Add(new Validation.DraftIssue(Validation.IssueSeverity.Warning, "$.urgent",
                    $"Urgent transmission to {f.Requested}: {(procedure is null ? string.Empty : procedure.Description + " ")}{string.Join(" ", f.Advice.Notes.Where(n => n.StartsWith("Urgent", StringComparison.Ordinal)))}".Trim(),
                    "Directory of competent national authorities; " + f.Advice.Citations.FirstOrDefault(),
                    "Send an advance copy through the urgent channel and follow with the original."));
            }
        }

        if (f.Draft.Deadline is not null)
        {
            f.Require("$.deadlineReason", RequirementLevel.Required, citation, "Why execution is needed by the date suggested: without reasons the deadline need not be taken into account.");
        }
    }
}

/// <summary>UNTOC art. 18(20): the requesting State may require confidentiality; its reasons help the requested State comply.</summary>
[Name("D-CONFIDENTIAL")]
internal sealed class ConfidentialityRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Draft.Confidential == true];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.confidentialityReasons", RequirementLevel.Recommended, ArticleCitation.Create(Instrument.Untoc, 18, 20), "Why the fact and substance of the request must be kept confidential.");
}
