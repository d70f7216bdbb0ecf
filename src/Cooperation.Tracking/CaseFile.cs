using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking;

/// <summary>
/// A request as the tracker knows it: what was recorded when it was opened, and its history. Everything else (status,
/// when it started and ended, the deadline in force, the grounds of a refusal) is derived from the history, so that
/// the history is the only thing ever written.
/// </summary>
/// <remarks>Personal data is not part of the file; ask the tracker for it, so that it can be erased on its own.</remarks>
public sealed class CaseFile
{
    /// <summary>Initializes a file from its stored parts.</summary>
    /// <param name="id">The request's identifier.</param>
    /// <param name="details">What was recorded when it was opened.</param>
    /// <param name="history">Its events: the opening first, sequence numbers 1..n.</param>
    /// <exception cref="ArgumentException">The history is empty, out of sequence, or breaks the lifecycle.</exception>
    public CaseFile(long id, RequestDetails details, IReadOnlyList<RequestEvent> history)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(history);
        history = [.. history]; // a copy, so that the caller's list cannot change the file afterwards
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Sequence != i + 1)
            {
                throw new ArgumentException($"Request {id}: event {i + 1} has sequence number {history[i].Sequence}; the history must run 1..n with no gap.", nameof(history));
            }
        }

        try
        {
            Status = RequestLifecycle.Replay(details.Direction, history);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"Request {id}: {e.Message}", nameof(history), e);
        }

        Id = id;
        Details = details;
        History = history;
    }

    /// <summary>Gets the request's identifier in the tracker.</summary>
    public long Id { get; }

    /// <summary>Gets what was recorded when the request was opened.</summary>
    public RequestDetails Details { get; }

    /// <summary>Gets the append-only history, the opening first.</summary>
    public IReadOnlyList<RequestEvent> History { get; }

    /// <summary>Gets where the request stands.</summary>
    public RequestStatus Status { get; }

    /// <summary>Gets the version an event must be based on: the number of events recorded.</summary>
    public int Version => History.Count;

    /// <summary>Gets whether the request is still open (not executed, refused or withdrawn).</summary>
    public bool IsOpen => !RequestLifecycle.IsFinal(Status);

    /// <summary>Gets when the record was opened.</summary>
    public Instant OpenedAt => History[0].At;

    /// <summary>
    /// Gets when the request started to run between the States: when it was sent (outgoing) or received (incoming);
    /// <see langword="null"/> for a draft never sent. Statistics count requests from this instant.
    /// </summary>
    public Instant? StartedAt => Details.Direction == Direction.Incoming
        ? OpenedAt
        : History.FirstOrDefault(e => e.Kind == RequestEventKind.Sent)?.At;

    /// <summary>Gets when the request reached its final status, or <see langword="null"/> while it is open.</summary>
    public Instant? ClosedAt => IsOpen ? null : History.Last(e => RequestLifecycle.Transitions.ContainsKey(e.Kind)).At;

    /// <summary>Gets the deadline in force: the last one suggested, else the one recorded at opening.</summary>
    public SuggestedDeadline? Deadline => History.LastOrDefault(e => e.Kind == RequestEventKind.DeadlineSuggested)?.Deadline ?? Details.Deadline;

    /// <summary>Gets the grounds of the refusal, or an empty list if the request was not refused.</summary>
    public IReadOnlyList<RefusalGround> RefusalGrounds => Status == RequestStatus.Refused
        ? History.Last(e => e.Kind == RequestEventKind.Refused).Grounds ?? []
        : [];

    /// <summary>Gets whether the request is marked for the catalogue of cases.</summary>
    public bool IsMarkedForCatalogue => History.Any(e => e.Kind == RequestEventKind.MarkedForCatalogue);

    /// <summary>Returns the file with one more event; the event must be the next in sequence and allowed by the lifecycle.</summary>
    /// <param name="next">The event.</param>
    /// <returns>The new file.</returns>
    public CaseFile With(RequestEvent next) => new(Id, Details, [.. History, next]);
}
