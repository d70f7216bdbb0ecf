using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Deadlines;

/// <summary>Where an open request stands against its deadline.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Deadline">The deadline in force and its reasons.</param>
/// <param name="Due">The instant it falls due: the end of the deadline's date in the executing authority's time zone (UTC when unknown).</param>
/// <param name="AuthorityId">The executing (or addressed) authority whose time governs the deadline, if known.</param>
/// <param name="TimeZone">The time zone the date was read in.</param>
/// <param name="InWorkingTime">Whether <paramref name="Remaining"/> counts the authority's office hours (<see langword="true"/>) or calendar time because its hours are unknown.</param>
/// <param name="Remaining">Time left before <paramref name="Due"/>; zero once overdue.</param>
/// <param name="IsOverdue">Whether the deadline has passed.</param>
public sealed record DeadlineStatus(
    long RequestId,
    SuggestedDeadline Deadline,
    Instant Due,
    string? AuthorityId,
    string TimeZone,
    bool InWorkingTime,
    Duration Remaining,
    bool IsOverdue);
