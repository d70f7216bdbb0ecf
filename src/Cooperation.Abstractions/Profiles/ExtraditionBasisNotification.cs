using Cooperation.Law;
using NodaTime;

namespace Cooperation.Profiles;

/// <summary>A State's notification under UNTOC art. 16(5)(a) or UNCAC art. 44(6)(a).</summary>
/// <param name="Instrument">The instrument notified under: UNTOC or UNCAC.</param>
/// <param name="Value">What the State notified.</param>
/// <param name="EffectiveFrom">The date from which the notification has effect, if known (usually the date of deposit); a later notification changes the answer only for later dates.</param>
/// <param name="Conditions">Conditions the State attached, in English (for example reciprocity), if any.</param>
/// <param name="Provenance">The source and the date it reflects.</param>
public sealed record ExtraditionBasisNotification(
    Instrument Instrument,
    ConventionAsExtraditionBasis Value,
    LocalDate? EffectiveFrom,
    string? Conditions,
    Provenance Provenance);
