using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>
/// Which requests statistics cover: those that started (were sent or received) within the period and match every
/// filter given. Drafts never sent are never counted.
/// </summary>
/// <param name="Period">The period the request started in (start inclusive, end exclusive; either end may be open); every period if <see langword="null"/>.</param>
/// <param name="Direction">Only incoming or only outgoing requests.</param>
/// <param name="Kind">Only one kind of request.</param>
/// <param name="Counterpart">Only requests to or from one State.</param>
/// <param name="Offence">Only one offence category.</param>
/// <param name="LegalBasis">Only requests invoking this basis: an instrument's abbreviation (<c>UNTOC</c>), <c>treaty</c> or <c>domesticLaw</c>.</param>
public sealed record StatisticsQuery(
    Interval? Period = null,
    Direction? Direction = null,
    RequestKind? Kind = null,
    StateCode? Counterpart = null,
    OffenceCategory? Offence = null,
    string? LegalBasis = null)
{
    /// <summary>Gets the query that covers every request ever sent or received.</summary>
    public static StatisticsQuery All { get; } = new();

    internal bool Includes(RequestDetails details, Instant? startedAt) =>
        startedAt is { } started
        && (Period is not { } period || period.Contains(started))
        && (Direction is null || details.Direction == Direction)
        && (Kind is null || details.Kind == Kind)
        && (Counterpart is null || details.Counterpart == Counterpart)
        && (Offence is null || details.Offence == Offence)
        && (LegalBasis is null || StatisticsKeys.LegalBases(details).Contains(LegalBasis, StringComparer.OrdinalIgnoreCase));
}
