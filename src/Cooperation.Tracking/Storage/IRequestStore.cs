using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;

namespace Cooperation.Tracking.Storage;

/// <summary>
/// Where the tracker keeps requests: each request's details, its append-only history, and its personal data apart.
/// The store guards identity and order; the lifecycle's rules are the tracker's.
/// </summary>
/// <remarks>
/// An implementation must make every call atomic: a new request is stored with its opening event or not at all, an
/// event is appended only if the history still has the length the caller read (otherwise
/// <see cref="RequestConflictException"/>), and an erasure removes the personal data and appends its event together.
/// </remarks>
public interface IRequestStore
{
    /// <summary>Stores a new request with its opening event, choosing its identifier.</summary>
    /// <param name="create">Builds the file from the identifier the store chose.</param>
    /// <param name="personalData">The personal data of the persons concerned, if any.</param>
    /// <returns>The stored file.</returns>
    CaseFile Open(Func<long, CaseFile> create, PersonalData? personalData);

    /// <summary>Reads one request.</summary>
    /// <param name="id">Its identifier.</param>
    /// <returns>The file, or <see langword="null"/> if there is none with that identifier.</returns>
    CaseFile? Find(long id);

    /// <summary>Reads every request, in identifier order.</summary>
    /// <returns>The files.</returns>
    IReadOnlyList<CaseFile> All();

    /// <summary>Appends an event to a request's history.</summary>
    /// <param name="id">The request.</param>
    /// <param name="next">The event; its sequence number must be the history's length plus one.</param>
    /// <exception cref="RequestConflictException">The history has grown since it was read.</exception>
    /// <exception cref="KeyNotFoundException">No request has that identifier.</exception>
    void Append(long id, RequestEvent next);

    /// <summary>Reads a request's personal data.</summary>
    /// <param name="id">The request.</param>
    /// <returns>The data, or <see langword="null"/> if none was recorded or it was erased.</returns>
    PersonalData? PersonalData(long id);

    /// <summary>Erases a request's personal data and appends the event that records the erasure, in one step.</summary>
    /// <param name="id">The request.</param>
    /// <param name="erased">The <see cref="RequestEventKind.PersonalDataErased"/> event.</param>
    /// <exception cref="RequestConflictException">The history has grown since it was read.</exception>
    /// <exception cref="KeyNotFoundException">No request has that identifier.</exception>
    void ErasePersonalData(long id, RequestEvent erased);
}
