using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Storage;
using NodaTime;

namespace Cooperation.Tracking;

/// <summary>
/// Opens requests and records what happens to them, enforcing the lifecycle and stamping every event with the time
/// from its clock. The history is append-only: nothing is ever changed or removed but personal data.
/// </summary>
/// <threadsafety>Safe to share across threads if the store is. Two writers on one request are told apart by version: the second gets a <see cref="RequestConflictException"/>.</threadsafety>
public sealed class RequestTracker
{
    private readonly IRequestStore _store;
    private readonly IClock _clock;

    /// <summary>Initializes the tracker.</summary>
    /// <param name="store">Where requests are kept.</param>
    /// <param name="clock">The clock every event is stamped with.</param>
    public RequestTracker(IRequestStore store, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
    }

    /// <summary>Opens a request: drafted if outgoing, received if incoming.</summary>
    /// <param name="details">What is known of it.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="note">A note for the opening event.</param>
    /// <param name="personalData">The persons concerned, kept apart from the statistical fields.</param>
    /// <returns>The new file.</returns>
    /// <exception cref="ArgumentException">The actor is empty, or the requesting and requested States are the same.</exception>
    public CaseFile Open(RequestDetails details, string actor, string note = "", PersonalData? personalData = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (details.RequestingState == details.RequestedState)
        {
            throw new ArgumentException($"The requesting and the requested State are both {details.RequestingState}.", nameof(details));
        }

        var opened = new RequestEvent(1, RequestEventKind.Opened, _clock.GetCurrentInstant(), actor, note ?? string.Empty);
        return _store.Open(id => new CaseFile(id, details, [opened]), personalData);
    }

    /// <summary>Reads a request.</summary>
    /// <param name="id">Its identifier.</param>
    /// <returns>The file.</returns>
    /// <exception cref="KeyNotFoundException">No request has that identifier.</exception>
    public CaseFile Get(long id) => _store.Find(id) ?? throw new KeyNotFoundException($"No request {id} in the tracker.");

    /// <summary>Reads every request.</summary>
    /// <returns>The files, in identifier order.</returns>
    public IReadOnlyList<CaseFile> All() => _store.All();

    /// <summary>Records an event on the request's latest version.</summary>
    /// <param name="id">The request.</param>
    /// <param name="entry">What happened.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="expectedVersion">The version the actor read (<see cref="CaseFile.Version"/>); <see langword="null"/> to record on whatever is latest.</param>
    /// <returns>The file after the event.</returns>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow the event now, or it lacks what the convention requires.</exception>
    /// <exception cref="RequestConflictException">The request has changed since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="KeyNotFoundException">No request has that identifier.</exception>
    public CaseFile Record(long id, EventEntry entry, string actor, int? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var file = Get(id);
        if (expectedVersion is int expected && expected != file.Version)
        {
            throw new RequestConflictException(id, expected, file.Version);
        }

        if (entry.Kind == RequestEventKind.PersonalDataErased)
        {
            throw new InvalidTransitionException(id, file.Status, entry.Kind, $"Erase personal data with {nameof(ErasePersonalData)}, which removes the data and records the erasure together.");
        }

        RequestLifecycle.Check(file, entry);
        var next = new RequestEvent(file.Version + 1, entry.Kind, _clock.GetCurrentInstant(), actor, entry.Note ?? string.Empty, entry.Grounds, entry.Deadline);
        _store.Append(id, next);
        return file.With(next);
    }

    /// <summary>Reads the personal data of a request.</summary>
    /// <param name="id">The request.</param>
    /// <returns>The data, or <see langword="null"/> if none was recorded or it was erased.</returns>
    public PersonalData? PersonalData(long id) => _store.PersonalData(id);

    /// <summary>Erases the personal data of a request and records the erasure. The statistical fields and the history stay.</summary>
    /// <param name="id">The request.</param>
    /// <param name="actor">Who erases it.</param>
    /// <param name="note">Why (retention period, data-subject request).</param>
    /// <returns>The file after the erasure event.</returns>
    /// <exception cref="KeyNotFoundException">No request has that identifier.</exception>
    public CaseFile ErasePersonalData(long id, string actor, string note = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var file = Get(id);
        var erased = new RequestEvent(file.Version + 1, RequestEventKind.PersonalDataErased, _clock.GetCurrentInstant(), actor, note ?? string.Empty);
        _store.ErasePersonalData(id, erased);
        return file.With(erased);
    }
}
