using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Tracking.Catalogue;

/// <summary>
/// One anonymised case for the catalogue of cases in which the convention was the legal basis: the State pair, the
/// offence, the bases and measures, the outcome and how long it took. No identifier, reference, date, note or personal
/// data of the request is carried.
/// </summary>
/// <param name="Case">A number within the export (<c>1</c>, <c>2</c>, ...), unrelated to the request's identifier.</param>
/// <param name="RequestingState">The requesting State.</param>
/// <param name="RequestedState">The requested State.</param>
/// <param name="Kind">The kind of request.</param>
/// <param name="Offence">The offence category, if recorded.</param>
/// <param name="LegalBasis">The legal bases invoked, as citations or titles.</param>
/// <param name="Measures">The measures sought.</param>
/// <param name="Outcome">executed, partiallyExecuted, refused, withdrawn or pending.</param>
/// <param name="DurationDays">Whole days from being sent or received to the final status; <see langword="null"/> while pending.</param>
public sealed record CatalogueEntry(
    int Case,
    StateCode RequestingState,
    StateCode RequestedState,
    RequestKind Kind,
    OffenceCategory? Offence,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<MlaMeasure> Measures,
    string Outcome,
    int? DurationDays);
