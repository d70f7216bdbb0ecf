using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;

namespace Cooperation.Tracking;

/// <summary>A request as shown to a user or exported: the file, what may happen next, and what the convention has to say about it.</summary>
/// <param name="Id">The request's identifier.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Version">The version to base the next event on.</param>
/// <param name="Details">What was recorded when it was opened.</param>
/// <param name="History">Its events.</param>
/// <param name="AllowedNext">The events the lifecycle allows now.</param>
/// <param name="Flags">Compliance flags (consultations missing, excluded refusal grounds).</param>
/// <param name="Deadline">Where it stands against its deadline, if it has one and is open.</param>
public sealed record RequestReport(
    long Id,
    RequestStatus Status,
    int Version,
    RequestDetails Details,
    IReadOnlyList<RequestEvent> History,
    IReadOnlyList<RequestEventKind> AllowedNext,
    IReadOnlyList<ComplianceFlag> Flags,
    DeadlineStatus? Deadline)
{
    /// <summary>Builds the report of a file.</summary>
    /// <param name="file">The request.</param>
    /// <param name="flags">Its compliance flags.</param>
    /// <param name="deadline">Its deadline status.</param>
    /// <returns>The report.</returns>
    public static RequestReport Of(CaseFile file, IReadOnlyList<ComplianceFlag> flags, DeadlineStatus? deadline)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Id, file.Status, file.Version, file.Details, file.History, RequestLifecycle.Allowed(file), flags ?? [], deadline);
    }
}
