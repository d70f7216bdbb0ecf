using Cooperation.Evaluation;
using Cooperation.Rules.Facts;

namespace Cooperation.Rules.Engine;

/// <summary>
/// Turns what the rules concluded into a <see cref="Determination"/>: an exclusion makes the case not eligible; any
/// fact still needed makes it "information needed"; otherwise it is eligible if a legal basis is available.
/// Every list is put in a canonical order, so that the result does not depend on the order rules fired in or on
/// the order of the case's facts.
/// </summary>
internal static class DeterminationBuilder
{
    public static Determination Build(CaseFacts f)
    {
        var c = f.Conclusions;
        var outcome = c.Exclusions.Count > 0 ? Outcome.NotEligible
            : c.InformationNeeded.Count > 0 ? Outcome.InformationNeeded
            : c.LegalBases.Count > 0 ? Outcome.Eligible
            : Outcome.NotEligible;

        return new Determination(
            f.Case.Id,
            f.Requesting,
            f.Requested,
            f.Kind,
            f.AsOf,
            f.Instrument,
            outcome,
            [.. c.LegalBases.OrderBy(b => b.Rank).ThenBy(b => b.Basis.Citation).ThenBy(b => b.Basis.Description, StringComparer.Ordinal).Select(b => b.Basis).DistinctBy(b => b.Description)],
            [.. c.Findings.OrderBy(x => x.Citation).ThenBy(x => x.Rule, StringComparer.Ordinal).ThenBy(x => x.Explanation, StringComparer.Ordinal)],
            [.. c.InformationNeeded.OrderBy(x => x.Citation).ThenBy(x => x.Fact, StringComparer.Ordinal)],
            [.. c.RefusalGrounds.OrderBy(x => x.Ground)]);
    }
}
