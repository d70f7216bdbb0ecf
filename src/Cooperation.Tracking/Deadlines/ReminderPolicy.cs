using NodaTime;

namespace Cooperation.Tracking.Deadlines;

/// <summary>When the deadline monitor warns.</summary>
/// <param name="DueSoonWorkingDays">A deadline is "due soon" when it falls within this many of the executing authority's working days (calendar days when its office hours are unknown).</param>
/// <param name="ProgressQueryAfter">An open outgoing request with no news for this long prompts a progress query (UNTOC art. 18(24)).</param>
public sealed record ReminderPolicy(int DueSoonWorkingDays, Duration ProgressQueryAfter)
{
    /// <summary>Gets the default: five working days, and a progress query after 30 days without news.</summary>
    public static ReminderPolicy Default { get; } = new(5, Duration.FromDays(30));
}
