using Cooperation.States;
using NodaTime;

namespace Cooperation.Profiles;

/// <summary>A bilateral or multilateral treaty in force between the State of the profile and one counterpart State.</summary>
/// <param name="Kind">Extradition or mutual legal assistance.</param>
/// <param name="Counterpart">The other State bound by the treaty.</param>
/// <param name="Name">The treaty's name or citation.</param>
/// <param name="InForceFrom">The date it entered into force between the two States.</param>
/// <param name="InForceUntil">The date it ceased to be in force between them, if it has.</param>
/// <param name="Provenance">The source and the date it reflects.</param>
/// <remarks>A multilateral treaty (for example a regional extradition convention) is recorded once per counterpart.</remarks>
public sealed record TreatyRelation(
    TreatyKind Kind,
    StateCode Counterpart,
    string Name,
    LocalDate InForceFrom,
    LocalDate? InForceUntil,
    Provenance Provenance)
{
    /// <summary>Tells whether the treaty is in force between the two States on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from <see cref="InForceFrom"/> until (excluding) <see cref="InForceUntil"/>.</returns>
    public bool InForceOn(LocalDate date) => date >= InForceFrom && (InForceUntil is not LocalDate until || date < until);
}
