using Cooperation.Law;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Profiles;

/// <summary>
/// What is known about one State's participation in the instruments and the choices the instruments leave to it:
/// the State data the rules engine consumes. Every fact carries its source and as-of date; an unknown fact is
/// <see langword="null"/> (or absent from a list), never a guess.
/// </summary>
/// <param name="State">The State.</param>
/// <param name="Participation">Its status toward each instrument, one entry per instrument at most.</param>
/// <param name="ExtraditionBasis">Its notifications under UNTOC art. 16(5)(a) and UNCAC art. 44(6)(a), oldest first.</param>
/// <param name="ExtraditionConditionalOnTreaty">Whether it makes extradition conditional on a treaty (UNTOC art. 16(4)-(6)); <see langword="null"/> if unknown.</param>
/// <param name="Treaties">Extradition and MLA treaties in force with other States.</param>
/// <param name="CentralAuthorities">The central authorities notified under UNTOC art. 18(13), as notified.</param>
/// <param name="MlaLanguages">The languages notified under UNTOC art. 18(14); <see langword="null"/> if unknown.</param>
/// <param name="RequiresDiplomaticChannel">Whether it requires MLA requests through diplomatic channels (UNTOC art. 18(13)); <see langword="null"/> if unknown.</param>
/// <param name="AcceptsInterpolWhenUrgent">Whether it agrees to urgent requests through INTERPOL (UNTOC art. 18(13)); <see langword="null"/> if unknown.</param>
/// <param name="ExtraditesNationals">Whether its law allows the extradition of its nationals (UNTOC art. 16(10)); <see langword="null"/> if unknown.</param>
/// <param name="ExtraditionWithoutDualCriminality">Whether its law permits extradition without dual criminality (UNCAC art. 44(2)); <see langword="null"/> if unknown.</param>
/// <param name="Declarations">Other declarations that bear on cooperation.</param>
public sealed record StateProfile(
    StateCode State,
    IReadOnlyList<InstrumentParticipation> Participation,
    IReadOnlyList<ExtraditionBasisNotification> ExtraditionBasis,
    Sourced<bool>? ExtraditionConditionalOnTreaty,
    IReadOnlyList<TreatyRelation> Treaties,
    IReadOnlyList<Sourced<string>> CentralAuthorities,
    LanguageRequirement? MlaLanguages,
    Sourced<bool>? RequiresDiplomaticChannel,
    Sourced<bool>? AcceptsInterpolWhenUrgent,
    Sourced<bool>? ExtraditesNationals,
    Sourced<bool>? ExtraditionWithoutDualCriminality,
    IReadOnlyList<Declaration> Declarations)
{
    /// <summary>Creates a profile that knows nothing about the State but its code: every fact unknown.</summary>
    /// <param name="state">The State.</param>
    /// <returns>The empty profile.</returns>
    public static StateProfile Unknown(StateCode state) => new(state, [], [], null, [], [], null, null, null, null, null, []);

    /// <summary>Gets the State's participation in an instrument, or <see langword="null"/> if the profile holds none.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The participation entry, or <see langword="null"/>.</returns>
    public InstrumentParticipation? ParticipationIn(Instrument instrument) =>
        Participation.FirstOrDefault(p => p.Instrument == instrument);

    /// <summary>
    /// Tells whether an instrument is in force for the State on a date: <see langword="true"/>, <see langword="false"/>,
    /// or <see langword="null"/> when the profile cannot say (see <see cref="InstrumentParticipation.InForceOn"/>).
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is in force, or <see langword="null"/> if unknown.</returns>
    public bool? IsPartyOn(Instrument instrument, LocalDate date) => ParticipationIn(instrument)?.InForceOn(date);

    /// <summary>
    /// Gets the notification under UNTOC art. 16(5)(a) or UNCAC art. 44(6)(a) that has effect on a date: the latest
    /// whose <see cref="ExtraditionBasisNotification.EffectiveFrom"/> (or, when that is unknown, whose source date) is
    /// on or before <paramref name="date"/>.
    /// </summary>
    /// <param name="instrument">UNTOC or UNCAC.</param>
    /// <param name="date">The date.</param>
    /// <returns>The notification, or <see langword="null"/> if none has effect on that date.</returns>
    public ExtraditionBasisNotification? ExtraditionBasisOn(Instrument instrument, LocalDate date) =>
        ExtraditionBasis
            .Where(n => n.Instrument == instrument && (n.EffectiveFrom ?? n.Provenance.AsOf) <= date)
            .MaxBy(n => n.EffectiveFrom ?? n.Provenance.AsOf);

    /// <summary>Gets the treaties of a kind in force with a counterpart on a date.</summary>
    /// <param name="kind">Extradition or mutual legal assistance.</param>
    /// <param name="counterpart">The other State.</param>
    /// <param name="date">The date.</param>
    /// <returns>The treaties, possibly none.</returns>
    public IEnumerable<TreatyRelation> TreatiesWith(TreatyKind kind, StateCode counterpart, LocalDate date) =>
        Treaties.Where(t => t.Kind == kind && t.Counterpart == counterpart && t.InForceOn(date));
}
