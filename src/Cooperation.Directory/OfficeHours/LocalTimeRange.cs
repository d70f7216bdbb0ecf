using NodaTime;

namespace Cooperation.Directory.OfficeHours;

/// <summary>
/// A range of local wall-clock time within one day, such as 09:00-17:30: start inclusive, end exclusive.
/// </summary>
/// <remarks>
/// <para>
/// Office hours are published in the authority's local time, so they are held as <see cref="LocalTime"/> and
/// only turned into instants through the authority's time zone; a range therefore keeps meaning "09:00 to 17:30"
/// across daylight-saving changes.
/// </para>
/// <para>
/// An <see cref="End"/> of <see cref="LocalTime.Midnight"/> means the end of the day (24:00), so a range can run
/// to midnight; otherwise <see cref="Start"/> must be before <see cref="End"/>. A range never crosses midnight:
/// a night shift is two ranges on two days.
/// </para>
/// </remarks>
public readonly record struct LocalTimeRange
{
    /// <summary>Initializes a new range.</summary>
    /// <param name="start">The first instant of the range, local time.</param>
    /// <param name="end">The end of the range (exclusive), local time; <see cref="LocalTime.Midnight"/> for the end of the day.</param>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not before <paramref name="end"/>; the message gives both.</exception>
    public LocalTimeRange(LocalTime start, LocalTime end)
    {
        if (end != LocalTime.Midnight && start >= end)
        {
            throw new ArgumentException($"An office-hours range must start before it ends: {start:HH:mm}-{end:HH:mm}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the start of the range (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the end of the range (exclusive); <see cref="LocalTime.Midnight"/> means the end of the day.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the range runs to the end of the day.</summary>
    public bool EndsAtMidnight => End == LocalTime.Midnight;

    /// <summary>Tells whether a local time falls within the range.</summary>
    /// <param name="time">The local time.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> &lt;= <paramref name="time"/> &lt; <see cref="End"/>.</returns>
    public bool Contains(LocalTime time) => time >= Start && (EndsAtMidnight || time < End);

    /// <summary>Tells whether two ranges share any moment.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> if they overlap; ranges that only touch (17:00 end, 17:00 start) do not.</returns>
    public bool Overlaps(LocalTimeRange other) =>
        (EndsAtMidnight || other.Start < End) && (other.EndsAtMidnight || Start < other.End);

    /// <summary>Formats the range as <c>HH:mm-HH:mm</c>, with <c>24:00</c> for the end of the day.</summary>
    /// <returns>The text, for example <c>09:00-17:30</c>.</returns>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}-{(EndsAtMidnight ? "24:00" : End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}
