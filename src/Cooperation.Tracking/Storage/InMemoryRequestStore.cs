using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;

namespace Cooperation.Tracking.Storage;

/// <summary>A request store in memory, for tests, demos and short-lived processes.</summary>
/// <threadsafety>Safe to share across threads: every call takes one lock.</threadsafety>
public sealed class InMemoryRequestStore : IRequestStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, CaseFile> _files = [];
    private readonly Dictionary<long, PersonalData> _personalData = [];

    /// <inheritdoc/>
    public CaseFile Open(Func<long, CaseFile> create, PersonalData? personalData)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            var id = _files.Count == 0 ? 1 : _files.Keys.Last() + 1;
            var file = create(id);
            _files.Add(id, file);
            if (personalData is not null)
            {
                _personalData[id] = personalData;
            }

            return file;
        }
    }

    /// <inheritdoc/>
    public CaseFile? Find(long id)
    {
        lock (_gate)
        {
            return _files.GetValueOrDefault(id);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<CaseFile> All()
    {
        lock (_gate)
        {
            return [.. _files.Values];
        }
    }

    /// <inheritdoc/>
    public void Append(long id, RequestEvent next)
    {
        ArgumentNullException.ThrowIfNull(next);
        lock (_gate)
        {
            _files[id] = Next(id, next);
        }
    }

    /// <inheritdoc/>
    public PersonalData? PersonalData(long id)
    {
        lock (_gate)
        {
            return _personalData.GetValueOrDefault(id);
        }
    }

    /// <inheritdoc/>
    public void ErasePersonalData(long id, RequestEvent erased)
    {
        ArgumentNullException.ThrowIfNull(erased);
        lock (_gate)
        {
            _files[id] = Next(id, erased);
            _personalData.Remove(id);
        }
    }

    private CaseFile Next(long id, RequestEvent next)
    {
        var file = _files.TryGetValue(id, out var found) ? found : throw new KeyNotFoundException($"No request {id}.");
        if (next.Sequence != file.Version + 1)
        {
            throw new RequestConflictException(id, next.Sequence - 1, file.Version);
        }

        return file.With(next);
    }
}
