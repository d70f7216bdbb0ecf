using Cooperation.Law;

namespace Cooperation.Tracking.Deadlines;

/// <summary>A request that needs attention, and why.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Kind">Why.</param>
/// <param name="Citation">The provision behind it (UNTOC art. 18(24)).</param>
/// <param name="Message">What to do, in one sentence.</param>
/// <param name="Deadline">For deadline reminders: the deadline's status.</param>
public sealed record Reminder(long RequestId, ReminderKind Kind, ArticleCitation Citation, string Message, DeadlineStatus? Deadline);
