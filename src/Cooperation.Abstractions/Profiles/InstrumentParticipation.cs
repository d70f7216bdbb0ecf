using System.Text.Json.Serialization;
using Cooperation.Law;
using NodaTime;

namespace Cooperation.Profiles;

/// <summary>Whether, since when and from when in force a State is a party to an instrument, according to a source.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Status">The act that made the State a party, or <see cref="ParticipationStatus.SignatureOnly"/> / <see cref="ParticipationStatus.NoRecord"/>.</param>
/// <param name="Date">The date of deposit of the instrument (of signature for a signature only), if the source gives it.</param>
/// <param name="EntryIntoForce">The date the instrument entered into force for the State, if known.</param>
/// <param name="Provenance">The source and the date it reflects.</param>
public sealed record InstrumentParticipation(
    Instrument Instrument,
    ParticipationStatus Status,
    LocalDate? Date,
    LocalDate? EntryIntoForce,
    Provenance Provenance)
{
    /// <summary>Gets a value indicating whether the source records the State as a party.</summary>
    [JsonIgnore]
    public bool IsParty => Status is not (ParticipationStatus.SignatureOnly or ParticipationStatus.NoRecord);

    /// <summary>
    /// Tells whether the instrument is in force for the State on a date: <see langword="true"/>, <see langword="false"/>,
    /// or <see langword="null"/> when the data cannot say.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// For a party with a known entry into force: whether <paramref name="date"/> is on or after it. For a party
    /// without one (a succession, an unknown deposit date): <see langword="null"/>. For a signature only or no
    /// record: <see langword="false"/> up to the source's as-of date, <see langword="null"/> after it, because the
    /// State may have joined since.
    /// </returns>
    public bool? InForceOn(LocalDate date) =>
        IsParty
            ? EntryIntoForce is LocalDate inForce ? date >= inForce : null
            : date <= Provenance.AsOf ? false : null;
}
