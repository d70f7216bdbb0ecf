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
    private static readonly Comparison<Finding> FindingOrder = (a, b) =>
        a.Citation.CompareTo(b.Citation) is var byCitation and not 0 ? byCitation
        : string.CompareOrdinal(a.Rule, b.Rule) is var byRule and not 0 ? byRule
        : string.CompareOrdinal(a.Explanation, b.Explanation);

    private static List<T> Sorted<T>(List<T> items, Comparison<T> order)
    {
        items.Sort(order);
        return items;
    }

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
            Sorted(c.Findings, FindingOrder),
            [.. c.InformationNeeded.OrderBy(x => x.Citation).ThenBy(x => x.Fact, StringComparer.Ordinal)],
            [.. c.RefusalGrounds.OrderBy(x => x.Ground)]);
    }
}
