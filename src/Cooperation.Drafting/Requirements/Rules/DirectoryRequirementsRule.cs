using System.Linq.Expressions;
using Cooperation.Drafting.Validation;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// The requested authority's own list of information and documents needed to execute a request (directory record):
/// each should appear among the annexes. UNTOC art. 18(17) executes requests under the requested State's law, and
/// art. 16(7) subjects extradition to it.
/// </summary>
[Name("D-DIRECTORY")]
internal sealed class DirectoryRequirementsRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.Recipients.Any(r => r.RequiredDocuments.Count > 0)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var authority = f.Recipients.First(r => r.RequiredDocuments.Count > 0);
        var annexes = f.Draft.Annexes ?? [];
        foreach (var document in authority.RequiredDocuments)
        {
            if (!annexes.Any(a => a.Contains(document, StringComparison.OrdinalIgnoreCase) || document.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                f.Issues.Add(new DraftIssue(IssueSeverity.Warning, "$.annexes",
                    $"{authority.Name} asks for: {document}.",
                    $"Requested State's requirement (directory record {authority.Id}, as of {authority.Provenance.AsOf:uuuu-MM-dd})",
                    $"Attach it and list it among the annexes as \"{document}\"."));
            }
        }
    }
}
