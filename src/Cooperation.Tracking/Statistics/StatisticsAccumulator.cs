using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>
/// Statistics kept up to date event by event, for a dashboard that should not re-read every request on each change:
/// feed it each opening and each event as they are recorded, and take a <see cref="Snapshot"/> when needed.
/// </summary>
/// <remarks>
/// The accumulator keeps each request's file; an event extends it (checked like any history), takes the request's old
/// contribution out of the counters and puts the new one in. The result is the same as <see cref="TrackingStatistics.Compute"/> over the same
/// requests (a property test holds it to that).
/// </remarks>
/// <threadsafety>Not thread-safe: feed it from one thread, or lock around it.</threadsafety>
public sealed class StatisticsAccumulator
{
    private readonly StatisticsQuery _query;
    private readonly StatisticsCounts _counts = new();
    private readonly Dictionary<long, (CaseFile File, RequestFigures Figures)> _requests = [];

    // The open requests counted, whose ages a snapshot measures; kept apart so that a snapshot does not visit the rest.
    private readonly Dictionary<long, RequestFigures> _open = [];

    /// <summary>Initializes an empty accumulator.</summary>
    /// <param name="query">Which requests to count; <see cref="StatisticsQuery.All"/> if <see langword="null"/>.</param>
    public StatisticsAccumulator(StatisticsQuery? query = null) => _query = query ?? StatisticsQuery.All;

    /// <summary>Feeds every request of a store, history and all: how a dashboard starts.</summary>
    /// <param name="files">The requests.</param>
    public void AddRange(IEnumerable<CaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            Opened(file.Id, file.Details, file.History[0]);
            foreach (var e in file.History.Skip(1))
            {
                Recorded(file.Id, e);
            }
        }
    }

    /// <summary>Feeds a request just opened.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="details">Its details.</param>
    /// <param name="opened">Its opening event.</param>
    /// <exception cref="InvalidOperationException">The request was already fed.</exception>
    public void Opened(long id, RequestDetails details, RequestEvent opened)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(opened);
        if (_requests.ContainsKey(id))
        {
            throw new InvalidOperationException($"Request {id} was already opened in this accumulator.");
        }

        Replace(null, new CaseFile(id, details, [opened]));
    }

    /// <summary>Feeds an event just recorded.</summary>
    /// <param name="id">The request.</param>
    /// <param name="recorded">The event.</param>
    /// <exception cref="KeyNotFoundException">The request was never opened in this accumulator.</exception>
    /// <exception cref="ArgumentException">The event is out of sequence or not allowed after the request's status.</exception>
    public void Recorded(long id, RequestEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var before = _requests.TryGetValue(id, out var found) ? found.Figures : throw new KeyNotFoundException($"Request {id} was not opened in this accumulator.");
        Replace(before, found.File.With(recorded));
    }

    /// <summary>Takes the statistics as they stand.</summary>
    /// <param name="asOf">The moment open requests' ages are measured at.</param>
    /// <returns>The statistics, unsuppressed.</returns>
    public TrackingStatistics Snapshot(Instant asOf) =>
        _counts.Build(_query, asOf, _open.Values);

    private void Replace(RequestFigures? before, CaseFile file)
    {
        var after = RequestFigures.Of(file);
        if (before is not null && Counts(before))
        {
            _counts.Apply(before, -1);
        }

        if (Counts(after))
        {
            _counts.Apply(after, +1);
        }

        _requests[file.Id] = (file, after);
        if (!after.IsClosed && Counts(after))
        {
            _open[file.Id] = after;
        }
        else
        {
            _open.Remove(file.Id);
        }
    }

    private bool Counts(RequestFigures f) => _query.Includes(f.Details, f.StartedAt);
}
