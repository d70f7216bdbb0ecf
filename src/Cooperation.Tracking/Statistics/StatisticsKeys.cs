using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Statistics;

/// <summary>The labels statistics group by: the same for the incremental and the recomputed figures.</summary>
internal static class StatisticsKeys
{
    public const string NotRecorded = "notRecorded";
    public const string Pending = "pending";

    public static readonly string[] DurationBuckets = ["0-30 days", "31-90 days", "91-180 days", "181-365 days", "over 365 days"];

    public static string Direction(Direction direction) => RequestLifecycle.Name(direction);

    public static string Kind(RequestDetails details) => RequestLifecycle.Name(details.Kind);

    public static string Offence(RequestDetails details) => details.Offence is { } o ? RequestLifecycle.Name(o) : NotRecorded;

    public static string Outcome(RequestStatus status) => RequestLifecycle.IsFinal(status) ? RequestLifecycle.Name(status) : Pending;

    public static string Ground(RefusalGround ground) => RequestLifecycle.Name(ground);

    public static IReadOnlyList<string> LegalBases(RequestDetails details)
    {
        var labels = (details.LegalBasis ?? []).Select(b => b.StatisticsLabel).Distinct(StringComparer.Ordinal).ToList();
        return labels.Count == 0 ? [NotRecorded] : labels;
    }

    /// <summary>The bucket of a duration, by whole days begun: 30 days and 1 second is "31-90 days".</summary>
    public static string DurationBucket(Duration duration)
    {
        var days = Math.Ceiling(duration.TotalDays);
        return days switch
        {
            <= 30 => DurationBuckets[0],
            <= 90 => DurationBuckets[1],
            <= 180 => DurationBuckets[2],
            <= 365 => DurationBuckets[3],
            _ => DurationBuckets[4],
        };
    }
}
