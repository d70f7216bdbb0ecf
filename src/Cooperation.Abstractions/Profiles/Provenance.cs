using NodaTime;

namespace Cooperation.Profiles;

/// <summary>Where a fact about a State comes from and the date the source reflects.</summary>
/// <param name="Source">The document the fact was read from: a URL or a citation of a publication.</param>
/// <param name="AsOf">The date the source reflects. Facts can change after it (a State joins, a central authority is renamed).</param>
/// <param name="Note">Caveats, such as a source dated by year only or a date that had to be inferred.</param>
public sealed record Provenance(string Source, LocalDate AsOf, string? Note = null);
