using Cooperation.Directory.Authorities;
using NodaTime;

namespace Cooperation.Directory.Queries;

/// <summary>Whether an authority can be reached at an instant, and when it can be if not.</summary>
/// <param name="AuthorityId">The authority.</param>
/// <param name="At">The instant asked about.</param>
/// <param name="TimeZone">The authority's IANA time zone; <see langword="null"/> if unknown.</param>
/// <param name="LocalTime">The authority's local date and time at <paramref name="At"/>; <see langword="null"/> if its time zone is unknown.</param>
/// <param name="UtcOffset">The authority's offset from UTC at <paramref name="At"/>; <see langword="null"/> if its time zone is unknown.</param>
/// <param name="Open">Whether its office is open; <see langword="null"/> if its office hours are unknown.</param>
/// <param name="NextOpening">The earliest instant at or after <paramref name="At"/> at which it is open; <see langword="null"/> if unknown or not within two years.</param>
/// <param name="UrgentProcedure">The urgent procedure and its 24/7 contact, to use for an urgent request while the office is closed.</param>
public sealed record AuthorityReachability(
    string AuthorityId,
    Instant At,
    string? TimeZone,
    LocalDateTime? LocalTime,
    Offset? UtcOffset,
    bool? Open,
    Instant? NextOpening,
    UrgentProcedure? UrgentProcedure);
