using Cooperation.Tracking.Statistics;

namespace Cooperation.Tracking.Catalogue;

/// <summary>
/// Exports the requests marked for the catalogue of cases (see <see cref="Lifecycle.RequestEventKind.MarkedForCatalogue"/>),
/// anonymised, as the Conference of the Parties asked States to provide.
/// </summary>
public static class CaseCatalogue
{
    /// <summary>Exports the marked requests.</summary>
    /// <param name="files">The requests; those not marked are left out.</param>
    /// <returns>The entries, ordered by State pair, kind and offence (not by when they were recorded, which could identify them), numbered from 1.</returns>
    public static IReadOnlyList<CatalogueEntry> Export(IEnumerable<CaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files
            .Where(f => f.IsMarkedForCatalogue && f.StartedAt is not null)
            .Select(f => (
                f.Details,
                Outcome: StatisticsKeys.Outcome(f.Status),
                Days: f.ClosedAt is { } closed ? (int?)(int)Math.Ceiling((closed - f.StartedAt!.Value).TotalDays) : null))
            .OrderBy(x => x.Details.RequestingState.ToString(), StringComparer.Ordinal)
            .ThenBy(x => x.Details.RequestedState.ToString(), StringComparer.Ordinal)
            .ThenBy(x => x.Details.Kind)
            .ThenBy(x => x.Details.Offence)
            .ThenBy(x => x.Outcome, StringComparer.Ordinal)
            .ThenBy(x => x.Days)
            .Select((x, i) => new CatalogueEntry(
                i + 1, x.Details.RequestingState, x.Details.RequestedState, x.Details.Kind, x.Details.Offence,
                (x.Details.LegalBasis ?? []).Select(b => b.ToString()).ToList(), x.Details.Measures ?? [], x.Outcome, x.Days))
            .ToList();
    }
}
