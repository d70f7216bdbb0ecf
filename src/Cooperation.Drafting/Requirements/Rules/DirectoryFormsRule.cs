using System.Linq.Expressions;
using Cooperation.Directory.Authorities;
using Cooperation.Drafting.Validation;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// The forms the requested authority accepts (directory record): where it accepts neither e-mail nor electronic
/// transmission, the signed original (or a certified copy) must follow, so that authenticity can be established
/// (UNTOC art. 18(14) for MLA; the treaty or domestic law for extradition).
/// </summary>
[Name("D-DIRECTORY-FORMS")]
internal sealed class DirectoryFormsRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions =>
        [x => x.Recipients.Any(r => r.AcceptedForms.Count > 0 && !r.AcceptedForms.Contains(AcceptedForm.Email) && !r.AcceptedForms.Contains(AcceptedForm.Electronic))];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var authority = f.Recipients.First(r => r.AcceptedForms.Count > 0);
        f.Issues.Add(new DraftIssue(IssueSeverity.Warning, "$.signatory",
            $"{authority.Name} accepts requests only as {string.Join(" or ", authority.AcceptedForms.Select(a => a == AcceptedForm.CertifiedCopy ? "a certified copy" : a == AcceptedForm.Original ? "the signed original" : a.ToString().ToLowerInvariant()))}.",
            $"Requested State's requirement (directory record {authority.Id}, as of {authority.Provenance.AsOf:uuuu-MM-dd})",
            "Sign the request and send the original (or a certified copy) through the channel advised."));
    }
}
