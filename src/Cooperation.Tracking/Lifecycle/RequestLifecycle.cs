using System.Collections.Frozen;
using Cooperation.Requests;
using Cooperation.Tracking.Requests;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>
/// The lifecycle of a request as a state machine: which event may follow which status, where it leads, and what the
/// convention requires the event to carry.
/// </summary>
/// <remarks>
/// <para>
/// An outgoing request starts <see cref="RequestStatus.Drafted"/> and an incoming one <see cref="RequestStatus.Received"/>.
/// Events that are not in <see cref="Transitions"/> (consultations, progress queries, deadlines, notes) are recorded
/// without changing the status, and only while the request is open, except notes and erasures, which are always
/// allowed, and the catalogue mark, which is for sent or received requests.
/// </para>
/// <para>
/// A refusal must give reasons (UNTOC art. 18(23)) and name its grounds, so that the grounds can be judged and counted;
/// a postponement must give its reason (art. 18(25)); accepted conditions must say what they are (art. 18(26)).
/// </para>
/// </remarks>
public static class RequestLifecycle
{
    /// <summary>Gets, for each event kind that changes the status, the statuses it may follow and the status it leads to.</summary>
    public static FrozenDictionary<RequestEventKind, LifecycleTransition> Transitions { get; } =
        new Dictionary<RequestEventKind, (RequestStatus[] From, RequestStatus To)>
        {
            [RequestEventKind.Sent] = ([RequestStatus.Drafted], RequestStatus.Sent),
            [RequestEventKind.Acknowledged] = ([RequestStatus.Sent], RequestStatus.Received),
            [RequestEventKind.AdditionalInformationRequested] = (
                [RequestStatus.Received, RequestStatus.InExecution, RequestStatus.ConditionallyGranted, RequestStatus.Postponed],
                RequestStatus.AdditionalInformationRequested),
            [RequestEventKind.AdditionalInformationProvided] = ([RequestStatus.AdditionalInformationRequested], RequestStatus.Received),
            [RequestEventKind.ExecutionStarted] = (
                [RequestStatus.Received, RequestStatus.ConditionallyGranted, RequestStatus.Postponed], RequestStatus.InExecution),
            [RequestEventKind.ConditionsAccepted] = (
                [RequestStatus.Received, RequestStatus.AdditionalInformationRequested, RequestStatus.InExecution, RequestStatus.Postponed],
                RequestStatus.ConditionallyGranted),
            [RequestEventKind.Postponed] = (
                [RequestStatus.Received, RequestStatus.InExecution, RequestStatus.ConditionallyGranted], RequestStatus.Postponed),
            [RequestEventKind.Executed] = ([RequestStatus.InExecution, RequestStatus.ConditionallyGranted], RequestStatus.Executed),
            [RequestEventKind.PartiallyExecuted] = ([RequestStatus.InExecution, RequestStatus.ConditionallyGranted], RequestStatus.PartiallyExecuted),
            [RequestEventKind.Refused] = (
                [RequestStatus.Received, RequestStatus.AdditionalInformationRequested, RequestStatus.InExecution, RequestStatus.ConditionallyGranted, RequestStatus.Postponed],
                RequestStatus.Refused),
            [RequestEventKind.Withdrawn] = (
                [RequestStatus.Drafted, RequestStatus.Sent, RequestStatus.Received, RequestStatus.AdditionalInformationRequested,
                 RequestStatus.InExecution, RequestStatus.ConditionallyGranted, RequestStatus.Postponed],
                RequestStatus.Withdrawn),
        }.ToFrozenDictionary(t => t.Key, t => new LifecycleTransition([.. t.Value.From], t.Value.To));

    /// <summary>Gets the status a new record starts in.</summary>
    /// <param name="direction">Incoming or outgoing.</param>
    /// <returns><see cref="RequestStatus.Drafted"/> for an outgoing request, <see cref="RequestStatus.Received"/> for an incoming one.</returns>
    public static RequestStatus InitialStatus(Direction direction) =>
        direction == Direction.Outgoing ? RequestStatus.Drafted : RequestStatus.Received;

    /// <summary>Gets whether no event can change the status any more.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for executed, partially executed, refused and withdrawn.</returns>
    public static bool IsFinal(RequestStatus status) =>
        status is RequestStatus.Executed or RequestStatus.PartiallyExecuted or RequestStatus.Refused or RequestStatus.Withdrawn;

    /// <summary>Lists the events that may be recorded on a request in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The kinds allowed, in declaration order (the opening and the erasure, which have their own calls, excluded).</returns>
    public static IReadOnlyList<RequestEventKind> Allowed(RequestStatus status) =>
        Enum.GetValues<RequestEventKind>()
            .Where(k => k is not (RequestEventKind.Opened or RequestEventKind.PersonalDataErased) && StatusAfter(status, k) is not null)
            .ToList();

    /// <summary>Lists the events that may be recorded on a request now: <see cref="Allowed(RequestStatus)"/> less those its kind excludes.</summary>
    /// <param name="file">The request.</param>
    /// <returns>The kinds allowed.</returns>
    public static IReadOnlyList<RequestEventKind> Allowed(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Allowed(file.Status)
            .Where(k => k != RequestEventKind.ConsultationNotAppropriate || file.Details.Kind == RequestKind.Extradition)
            .ToList();
    }

    /// <summary>Gets the status an event leads to, or <see langword="null"/> if the event is not allowed in <paramref name="status"/>.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="kind">The event.</param>
    /// <returns>The next status (the same one for events that do not change it), or <see langword="null"/>.</returns>
    public static RequestStatus? StatusAfter(RequestStatus status, RequestEventKind kind)
    {
        if (Transitions.TryGetValue(kind, out var transition))
        {
            return transition.From.Contains(status) ? transition.To : null;
        }

        var allowed = kind switch
        {
            RequestEventKind.Opened => false,
            RequestEventKind.NoteAdded or RequestEventKind.PersonalDataErased => true,
            RequestEventKind.DeadlineSuggested => !IsFinal(status),
            RequestEventKind.MarkedForCatalogue => status != RequestStatus.Drafted,
            _ => !IsFinal(status) && status != RequestStatus.Drafted,
        };
        return allowed ? status : null;
    }

    /// <summary>Checks an event against a request and returns the status it leads to.</summary>
    /// <param name="file">The request as it stands.</param>
    /// <param name="entry">The event to record.</param>
    /// <returns>The status after the event.</returns>
    /// <exception cref="InvalidTransitionException">The event is not allowed now, or lacks what the convention requires of it; the message says which and what is allowed.</exception>
    public static RequestStatus Check(CaseFile file, EventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entry);
        var status = file.Status;
        var next = StatusAfter(status, entry.Kind);
        if (next is null)
        {
            var allowed = string.Join(", ", Allowed(file).Select(Name));
            throw Refuse(file, entry, $"Cannot record '{Name(entry.Kind)}' on request {file.Id}: it is {Name(status)}. Allowed now: {(allowed.Length == 0 ? "none" : allowed)}.");
        }

        var grounds = entry.Grounds ?? [];
        switch (entry.Kind)
        {
            case RequestEventKind.Refused when string.IsNullOrWhiteSpace(entry.Note):
                throw Refuse(file, entry, $"A refusal of request {file.Id} must give its reasons (UNTOC art. 18(23)): put them in the note.");
            case RequestEventKind.Refused when grounds.Count == 0:
                throw Refuse(file, entry, $"A refusal of request {file.Id} must name the grounds invoked, so that they can be judged (UNTOC arts. 16(15), 18(8), 18(21), 18(22)) and counted.");
            case RequestEventKind.Postponed when string.IsNullOrWhiteSpace(entry.Note):
                throw Refuse(file, entry, $"A postponement of request {file.Id} must give its reason, for example the proceeding it would interfere with (UNTOC art. 18(25)).");
            case RequestEventKind.ConditionsAccepted when string.IsNullOrWhiteSpace(entry.Note):
                throw Refuse(file, entry, $"Accepted conditions on request {file.Id} must be stated in the note (UNTOC art. 18(26)).");
            case RequestEventKind.ConsultationNotAppropriate when file.Details.Kind != RequestKind.Extradition:
                throw Refuse(file, entry, $"Only extradition allows refusing without consultation where it is not appropriate (UNTOC art. 16(16)); before refusing or postponing assistance the requested State shall consult (art. 18(26)).");
            case RequestEventKind.ConsultationNotAppropriate when string.IsNullOrWhiteSpace(entry.Note):
                throw Refuse(file, entry, $"Say in the note why consultation before refusing request {file.Id} is not appropriate (UNTOC art. 16(16)).");
            case RequestEventKind.DeadlineSuggested when entry.Deadline is null || string.IsNullOrWhiteSpace(entry.Deadline.Reason):
                throw Refuse(file, entry, $"A deadline suggested for request {file.Id} needs its date and its reasons (UNTOC art. 18(24)).");
            case RequestEventKind.MarkedForCatalogue when !file.Details.InvokesUntoc:
                throw Refuse(file, entry, $"Request {file.Id} does not invoke UNTOC or its Protocols as a legal basis; the catalogue collects cases in which the convention was the basis.");
            case RequestEventKind.MarkedForCatalogue when file.IsMarkedForCatalogue:
                throw Refuse(file, entry, $"Request {file.Id} is already marked for the catalogue.");
            case not (RequestEventKind.Refused or RequestEventKind.Postponed) when grounds.Count > 0:
                throw Refuse(file, entry, $"Only a refusal or a postponement carries grounds, not '{Name(entry.Kind)}'.");
            case not RequestEventKind.DeadlineSuggested when entry.Deadline is not null:
                throw Refuse(file, entry, $"Only '{Name(RequestEventKind.DeadlineSuggested)}' carries a deadline, not '{Name(entry.Kind)}'.");
        }

        return next.Value;
    }

    /// <summary>Replays a history and returns the status it leads to.</summary>
    /// <param name="direction">The request's direction.</param>
    /// <param name="history">The events, the opening first.</param>
    /// <returns>The status after the last event.</returns>
    /// <exception cref="InvalidOperationException">The history does not start with the opening, or has an event its status did not allow.</exception>
    public static RequestStatus Replay(Direction direction, IEnumerable<RequestEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        RequestStatus? status = null;
        foreach (var e in history)
        {
            status = (status, e.Kind) switch
            {
                (null, RequestEventKind.Opened) => InitialStatus(direction),
                (null, _) => throw new InvalidOperationException($"A history must start with '{Name(RequestEventKind.Opened)}', not '{Name(e.Kind)}'."),
                ({ } s, _) => StatusAfter(s, e.Kind) ?? throw new InvalidOperationException($"Event {e.Sequence} ('{Name(e.Kind)}') is not allowed after {Name(s)}."),
            };
        }

        return status ?? throw new InvalidOperationException("A history must start with the opening event.");
    }

    internal static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static InvalidTransitionException Refuse(CaseFile file, EventEntry entry, string message) =>
        new(file.Id, file.Status, entry.Kind, message);
}
