using System.Globalization;
using Cooperation.Directory;
using Cooperation.Directory.Access;
using Cooperation.Directory.Schedules;
using Cooperation.Law;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Deadlines;

/// <summary>
/// Deadlines and reminders: when each open request falls due, measured in the executing authority's working time
/// where the directory knows its office hours and time zone, which are overdue or due soon, and which outgoing
/// requests call for a progress query (UNTOC art. 18(24)).
/// </summary>
/// <remarks>
/// A suggested deadline is a date, and a date means the end of that day where the request is executed: the monitor
/// reads it in the executing authority's time zone, or in UTC when the directory does not know the authority or its
/// zone (the status says which).
/// </remarks>
public sealed class DeadlineMonitor
{
    private static readonly ArticleCitation Article18Paragraph24 = ArticleCitation.Create(Instrument.Untoc, 18, 24);
    private readonly CooperationDirectory _directory;
    private readonly Reader _reader;
    private readonly ReminderPolicy _policy;

    /// <summary>Initializes the monitor.</summary>
    /// <param name="directory">The directory that holds the authorities' office hours and time zones.</param>
    /// <param name="reader">Who reads the directory (an authorised reader sees restricted States' records).</param>
    /// <param name="policy">When to warn; <see cref="ReminderPolicy.Default"/> if <see langword="null"/>.</param>
    public DeadlineMonitor(CooperationDirectory directory, Reader reader, ReminderPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(reader);
        if (policy is { DueSoonWorkingDays: < 1 })
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy.DueSoonWorkingDays, "The due-soon window must be at least one working day.");
        }

        if (policy is not null && policy.ProgressQueryAfter <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy.ProgressQueryAfter, "The progress-query interval must be positive.");
        }

        _directory = directory;
        _reader = reader;
        _policy = policy ?? ReminderPolicy.Default;
    }

    /// <summary>Gets where an open request stands against its deadline.</summary>
    /// <param name="file">The request.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The status, or <see langword="null"/> if the request is closed, has no deadline, or is a draft.</returns>
    public DeadlineStatus? StatusOf(CaseFile file, Instant now)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsOpen || file.Deadline is not { } deadline || file.Status == RequestStatus.Drafted)
        {
            return null;
        }

        var authorityId = file.Details.Authorities?.ExecutingOrRequested;
        var authority = authorityId is null ? null : _directory.Find(authorityId, _reader);
        var zone = authority?.TimeZone is { } zoneId ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc : DateTimeZone.Utc;
        var schedule = authority is null ? null : CooperationDirectory.ScheduleOf(authority);
        var due = deadline.Date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var overdue = now >= due;
        var remaining = overdue ? Duration.Zero : schedule is null ? due - now : WorkingTimeBetween(schedule, now, due);
        return new DeadlineStatus(file.Id, deadline, due, authority?.Id, zone.Id, schedule is not null, remaining, overdue);
    }

    /// <summary>Lists the open requests whose deadline has passed, the longest overdue first.</summary>
    /// <param name="files">The requests.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>Their deadline statuses.</returns>
    public IReadOnlyList<DeadlineStatus> Overdue(IEnumerable<CaseFile> files, Instant now) =>
        Statuses(files, now).Where(s => s.IsOverdue).OrderBy(s => s.Due).ThenBy(s => s.RequestId).ToList();

    /// <summary>Lists the open requests due within the policy's working days, the soonest first.</summary>
    /// <param name="files">The requests.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>Their deadline statuses.</returns>
    public IReadOnlyList<DeadlineStatus> DueSoon(IEnumerable<CaseFile> files, Instant now)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files
            .Select(f => (File: f, Status: StatusOf(f, now)))
            .Where(x => x.Status is { IsOverdue: false } s && s.Due <= Horizon(x.File, now))
            .Select(x => x.Status!)
            .OrderBy(s => s.Due).ThenBy(s => s.RequestId)
            .ToList();
    }

    /// <summary>Lists every reminder: overdue, due soon, and progress queries for outgoing requests without news.</summary>
    /// <param name="files">The requests.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The reminders, overdue first, then due soon, then progress queries, each by request.</returns>
    public IReadOnlyList<Reminder> Reminders(IEnumerable<CaseFile> files, Instant now)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files as IReadOnlyList<CaseFile> ?? files.ToList();
        var reminders = new List<Reminder>();
        reminders.AddRange(Overdue(list, now).Select(s => new Reminder(s.RequestId, ReminderKind.Overdue, Article18Paragraph24,
            $"The deadline of {s.Deadline.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} ({s.Deadline.Reason}) has passed; the requested State shall take suggested deadlines into account as fully as possible.", s)));
        reminders.AddRange(DueSoon(list, now).Select(s => new Reminder(s.RequestId, ReminderKind.DueSoon, Article18Paragraph24,
            $"Due {s.Deadline.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} ({s.Deadline.Reason}); {Hours(s.Remaining)} of {(s.InWorkingTime ? "working" : "calendar")} time left.", s)));
        foreach (var file in list.Where(f => f.Details.Direction == Direction.Outgoing && f.IsOpen && f.StartedAt is not null))
        {
            var lastNews = file.History.Last(e => e.Kind != RequestEventKind.NoteAdded && e.Kind != RequestEventKind.PersonalDataErased).At;
            if (now - lastNews >= _policy.ProgressQueryAfter)
            {
                reminders.Add(new Reminder(file.Id, ReminderKind.ProgressQuery, Article18Paragraph24,
                    $"No news for {(now - lastNews).Days} days: the requested State shall respond to reasonable requests on progress; send a progress query.", StatusOf(file, now)));
            }
        }

        return reminders;
    }

    private IEnumerable<DeadlineStatus> Statuses(IEnumerable<CaseFile> files, Instant now)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Select(f => StatusOf(f, now)).OfType<DeadlineStatus>();
    }

    private Instant Horizon(CaseFile file, Instant now)
    {
        var authorityId = file.Details.Authorities?.ExecutingOrRequested;
        var authority = authorityId is null ? null : _directory.Find(authorityId, _reader);
        var schedule = authority is null ? null : CooperationDirectory.ScheduleOf(authority);
        return schedule?.AddWorkingDays(now, _policy.DueSoonWorkingDays) ?? now + Duration.FromDays(_policy.DueSoonWorkingDays);
    }

    private static Duration WorkingTimeBetween(OfficeSchedule schedule, Instant from, Instant to)
    {
        var total = Duration.Zero;
        foreach (var open in schedule.OpenIntervalsFrom(from))
        {
            if (open.Start >= to)
            {
                break;
            }

            total += (open.End < to ? open.End : to) - open.Start;
        }

        return total;
    }

    private static string Hours(Duration d) =>
        d.TotalHours >= 1 ? $"{Math.Floor(d.TotalHours).ToString(CultureInfo.InvariantCulture)} h" : $"{Math.Floor(d.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";
}
