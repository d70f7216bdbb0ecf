using NodaTime;

namespace Cooperation.Directory.Schedules;

/// <summary>
/// An office's hours placed in its time zone: whether it is open at an instant, when it next opens, and deadlines
/// counted in its working time.
/// </summary>
/// <remarks>
/// <para>
/// Hours are local wall-clock times, so they are mapped to instants through the zone's real rules (tzdb, via
/// NodaTime) rather than through a fixed offset. A range that falls in a daylight-saving gap is shortened (the
/// office opens when the clocks jump forward); a range that falls in an overlap lasts as long as the wall clock
/// shows it (twice, for the repeated hour). Zones with unusual offsets, such as Asia/Kathmandu (+05:45), and zones
/// whose rules changed in recent years are handled by the same mapping.
/// </para>
/// <para>
/// The definitions are: <see cref="IsOpen"/> is true when the local wall-clock time falls in a range of that local
/// date; <see cref="NextOpening"/> is the earliest instant, at or after the one given, at which the office is open;
/// <see cref="AddWorkingTime"/> is the instant at which the given amount of open time has elapsed.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class OfficeSchedule
{
    // How far ahead to look for an opening before concluding there is none (an office closed for two years).
    private const int HorizonDays = 800;

    /// <summary>Initializes a new instance of the <see cref="OfficeSchedule"/> class.</summary>
    /// <param name="hours">The office hours in local time.</param>
    /// <param name="zone">The office's time zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OfficeSchedule(OfficeHours hours, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        Hours = hours;
        Zone = zone;
    }

    /// <summary>Gets the office hours.</summary>
    public OfficeHours Hours { get; }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the office's local date and time at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The zoned date and time, with its offset.</returns>
    public ZonedDateTime LocalAt(Instant instant) => instant.InZone(Zone);

    /// <summary>Tells whether the office is open at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> if its local time falls in one of the ranges of its local date.</returns>
    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(Zone).LocalDateTime;
        return Hours.On(local.Date).Any(r => r.Contains(local.TimeOfDay));
    }

    /// <summary>Gets the earliest instant at or after <paramref name="instant"/> at which the office is open.</summary>
    /// <param name="instant">The instant to start from.</param>
    /// <returns>The opening instant (<paramref name="instant"/> itself if the office is open then), or <see langword="null"/> if it does not open within the next two years.</returns>
    public Instant? NextOpening(Instant instant)
    {
        foreach (var open in OpenIntervalsFrom(instant))
        {
            return open.Start;
        }

        return null;
    }

    /// <summary>
    /// Gets the instant at which <paramref name="workingTime"/> of the office's open time has elapsed after
    /// <paramref name="instant"/>: "N working hours from now".
    /// </summary>
    /// <param name="instant">The instant to count from.</param>
    /// <param name="workingTime">The amount of open time, zero or more.</param>
    /// <returns>The deadline, or <see langword="null"/> if the office is not open long enough within the next two years.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative.</exception>
    public Instant? AddWorkingTime(Instant instant, Duration workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, Duration.Zero);
        var remaining = workingTime;
        if (remaining == Duration.Zero)
        {
            return instant;
        }

        foreach (var open in OpenIntervalsFrom(instant))
        {
            if (open.Duration >= remaining)
            {
                return open.Start + remaining;
            }

            remaining -= open.Duration;
        }

        return null;
    }

    /// <summary>
    /// Gets the close of business on the <paramref name="workingDays"/>-th working day after the office's current
    /// local date: "N working days from now". A working day is a local date on which the office is open at all.
    /// </summary>
    /// <param name="instant">The instant to count from; its local date itself does not count.</param>
    /// <param name="workingDays">The number of working days, 1 or more.</param>
    /// <returns>The end of the last opening of that day, or <see langword="null"/> if there are not enough working days within the next two years.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public Instant? AddWorkingDays(Instant instant, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var date = instant.InZone(Zone).Date;
        var counted = 0;
        for (var day = 1; day <= HorizonDays; day++)
        {
            var intervals = IntervalsOfDay(date.PlusDays(day));
            if (intervals.Count > 0 && ++counted == workingDays)
            {
                return intervals.Max(i => i.End);
            }
        }

        return null;
    }

    /// <summary>Enumerates the open intervals that end after <paramref name="instant"/>, in order, clipped to start no earlier than it.</summary>
    /// <param name="instant">The instant to start from.</param>
    /// <returns>The intervals, lazily, for up to two years ahead. Adjacent intervals may be returned separately.</returns>
    public IEnumerable<Interval> OpenIntervalsFrom(Instant instant)
    {
        const int WindowDays = 7;
        var emittedUpTo = instant;
        var firstDay = instant.InZone(Zone).Date.PlusDays(-1);
        for (var offset = 0; offset < HorizonDays; offset += WindowDays - 2)
        {
            var windowFirst = firstDay.PlusDays(offset);
            var windowLast = windowFirst.PlusDays(WindowDays);

            // A backward clock change can make a day's opening come before the previous day's, so a window is
            // sorted as a whole, and only openings that start before any opening of windowLast could start are
            // final; the rest are generated again by the next window, which overlaps this one by two days.
            var finalBefore = new OffsetDateTime(windowLast.AtMidnight(), Offset.FromHours(18)).ToInstant();
            var merged = new List<Interval>();
            var upTo = emittedUpTo;
            foreach (var open in Enumerable.Range(0, WindowDays + 1)
                         .SelectMany(day => IntervalsOfDay(windowFirst.PlusDays(day)))
                         .Where(i => i.End > upTo && i.Start < finalBefore)
                         .OrderBy(i => i.Start))
            {
                var start = open.Start < upTo ? upTo : open.Start;
                if (merged.Count > 0 && start <= merged[^1].End)
                {
                    merged[^1] = new Interval(merged[^1].Start, open.End > merged[^1].End ? open.End : merged[^1].End);
                }
                else
                {
                    merged.Add(new Interval(start, open.End));
                }
            }

            foreach (var open in merged)
            {
                emittedUpTo = open.End;
                yield return open;
            }
        }
    }

    private List<Interval> IntervalsOfDay(LocalDate date)
    {
        var result = new List<Interval>();
        foreach (var range in Hours.On(date))
        {
            var localStart = date + range.Start;
            var localEnd = range.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date + range.End;

            // Every instant whose wall-clock time lies in [localStart, localEnd): within each zone interval the
            // wall offset is fixed, so the set is a plain interval there.
            var searchStart = new OffsetDateTime(localStart, Offset.FromHours(18)).ToInstant();
            var searchEnd = new OffsetDateTime(localEnd, Offset.FromHours(-18)).ToInstant();
            foreach (var zoneInterval in Zone.GetZoneIntervals(searchStart, searchEnd))
            {
                var start = new OffsetDateTime(localStart, zoneInterval.WallOffset).ToInstant();
                var end = new OffsetDateTime(localEnd, zoneInterval.WallOffset).ToInstant();
                if (zoneInterval.HasStart && zoneInterval.Start > start)
                {
                    start = zoneInterval.Start;
                }

                if (zoneInterval.HasEnd && zoneInterval.End < end)
                {
                    end = zoneInterval.End;
                }

                if (start < end)
                {
                    result.Add(new Interval(start, end));
                }
            }
        }

        return result;
    }
}
