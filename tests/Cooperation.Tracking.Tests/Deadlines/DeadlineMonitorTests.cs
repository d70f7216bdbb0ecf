using Cooperation.Directory.Access;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Tests.Support;
using NodaTime;

namespace Cooperation.Tracking.Tests.Deadlines;

/// <summary>Deadlines read in the executing authority's time zone and counted in its office hours (the sample US authority: Mon-Fri 08:30-17:30, America/New_York).</summary>
public class DeadlineMonitorTests
{
    private static readonly DeadlineMonitor Monitor = new(Sample.Directory.Value, Reader.Authorised("test"));
    private static readonly SuggestedDeadline FridayDeadline = new(new LocalDate(2026, 12, 4), "Trial opens on 7 December.");

    [Fact]
    public void TheDeadline_FallsAtTheEndOfItsDay_InTheExecutingAuthoritysZone()
    {
        var status = Monitor.StatusOf(Sent(Sample.Outgoing(deadline: FridayDeadline)), Instant.FromUtc(2026, 11, 30, 14, 0))!;
        Assert.Equal(Instant.FromUtc(2026, 12, 5, 5, 0), status.Due);
        Assert.Equal(("SAMPLE-USA-OIA", "America/New_York", true), (status.AuthorityId, status.TimeZone, status.InWorkingTime));
    }

    [Fact]
    public void TimeLeft_CountsOnlyOfficeHours()
    {
        // Monday 09:00 in New York: 8.5 h left on Monday, then 9 h on each of Tuesday to Friday.
        var status = Monitor.StatusOf(Sent(Sample.Outgoing(deadline: FridayDeadline)), Instant.FromUtc(2026, 11, 30, 14, 0))!;
        Assert.Equal(Duration.FromMinutes((int)(44.5 * 60)), status.Remaining);
        Assert.False(status.IsOverdue);
    }

    [Fact]
    public void WithoutAKnownAuthority_TheDeadlineIsReadInUtc_AndCountedInCalendarTime()
    {
        var status = Monitor.StatusOf(Sent(Sample.Outgoing(deadline: FridayDeadline, authority: null)), Instant.FromUtc(2026, 12, 4, 0, 0))!;
        Assert.Equal((Instant.FromUtc(2026, 12, 5, 0, 0), "UTC", false, Duration.FromDays(1)), (status.Due, status.TimeZone, status.InWorkingTime, status.Remaining));
    }

    [Fact]
    public void OverdueAndDueSoon_AreListedApart()
    {
        var now = Instant.FromUtc(2026, 11, 30, 14, 0);
        var overdue = Sent(Sample.Outgoing(deadline: new SuggestedDeadline(new LocalDate(2026, 11, 20), "custody limit")), id: 1);
        var soon = Sent(Sample.Outgoing(deadline: FridayDeadline), id: 2);
        var later = Sent(Sample.Outgoing(deadline: new SuggestedDeadline(new LocalDate(2027, 3, 1), "trial")), id: 3);
        var none = Sent(Sample.Outgoing(), id: 4);
        CaseFile[] files = [overdue, soon, later, none];

        Assert.Equal([1L], Monitor.Overdue(files, now).Select(s => s.RequestId));
        Assert.Equal([2L], Monitor.DueSoon(files, now).Select(s => s.RequestId));
        var reminders = Monitor.Reminders(files, now);
        Assert.Equal([(1L, ReminderKind.Overdue), (2L, ReminderKind.DueSoon)], reminders.Where(r => r.Kind != ReminderKind.ProgressQuery).Select(r => (r.RequestId, r.Kind)));
        Assert.All(reminders, r => Assert.Equal("UNTOC art. 18(24)", r.Citation.ToString()));
    }

    [Fact]
    public void AnOutgoingRequestWithoutNewsFor30Days_PromptsAProgressQuery()
    {
        var file = Sent(Sample.Outgoing(), id: 7);
        var sentAt = file.StartedAt!.Value;
        Assert.DoesNotContain(Monitor.Reminders([file], sentAt + Duration.FromDays(29)), r => r.Kind == ReminderKind.ProgressQuery);
        var reminder = Assert.Single(Monitor.Reminders([file], sentAt + Duration.FromDays(30)), r => r.Kind == ReminderKind.ProgressQuery);
        Assert.Equal(7, reminder.RequestId);

        var queried = file.With(new RequestEvent(3, RequestEventKind.ProgressQueried, sentAt + Duration.FromDays(30), "ca", "asked by e-mail"));
        Assert.DoesNotContain(Monitor.Reminders([queried], sentAt + Duration.FromDays(31)), r => r.Kind == ReminderKind.ProgressQuery);
    }

    [Fact]
    public void ClosedRequests_AndDrafts_HaveNoDeadlineStatus()
    {
        var draft = new CaseFile(1, Sample.Outgoing(deadline: FridayDeadline), [new RequestEvent(1, RequestEventKind.Opened, Sample.Start, "x", "")]);
        Assert.Null(Monitor.StatusOf(draft, Sample.Start));
        var withdrawn = Sent(Sample.Outgoing(deadline: FridayDeadline)).With(new RequestEvent(3, RequestEventKind.Withdrawn, Sample.Start, "x", "no longer needed"));
        Assert.Null(Monitor.StatusOf(withdrawn, Sample.Start));
    }

    private static CaseFile Sent(RequestDetails details, long id = 1) =>
        new(id, details, [new RequestEvent(1, RequestEventKind.Opened, Sample.Start, "x", ""), new RequestEvent(2, RequestEventKind.Sent, Sample.Start + Duration.FromHours(1), "x", "")]);
}
