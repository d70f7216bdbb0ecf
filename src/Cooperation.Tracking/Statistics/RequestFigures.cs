using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>What statistics need of one request: its details and what its history has come to, nothing personal.</summary>
internal sealed record RequestFigures(RequestDetails Details, RequestStatus Status, Instant? StartedAt, Instant? ClosedAt, IReadOnlyList<RefusalGround> Grounds)
{
    public static RequestFigures Of(CaseFile file) => new(file.Details, file.Status, file.StartedAt, file.ClosedAt, file.RefusalGrounds);

    public bool IsClosed => RequestLifecycle.IsFinal(Status);

    /// <summary>Every cell this request counts in, except the open caseload, which depends on the moment asked about.</summary>
    public IEnumerable<(string Table, string[] Key)> Cells()
    {
        var direction = StatisticsKeys.Direction(Details.Direction);
        var outcome = StatisticsKeys.Outcome(Status);
        yield return (StatisticsTables.Total, [direction]);
        yield return (StatisticsTables.ByCounterpart, [direction, Details.Counterpart.ToString()]);
        yield return (StatisticsTables.ByKind, [direction, StatisticsKeys.Kind(Details)]);
        yield return (StatisticsTables.ByOffence, [direction, StatisticsKeys.Offence(Details)]);
        yield return (StatisticsTables.ByOutcome, [direction, outcome]);
        foreach (var ground in Grounds.Distinct())
        {
            yield return (StatisticsTables.ByRefusalGround, [direction, StatisticsKeys.Ground(ground)]);
        }

        foreach (var basis in StatisticsKeys.LegalBases(Details))
        {
            yield return (StatisticsTables.ByLegalBasis, [direction, basis]);
            yield return (StatisticsTables.ByLegalBasisAndOutcome, [direction, basis, outcome]);
        }

        if (IsClosed && StartedAt is { } started && ClosedAt is { } closed)
        {
            yield return (StatisticsTables.TimeToCompletion, [direction, StatisticsKeys.DurationBucket(closed - started)]);
        }
    }
}
