using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Cooperation.Directory.Serialization;
using NodaTime;

namespace Cooperation.Directory.Schedules;

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
/// <para>In JSON a range is the string <c>"09:00-17:30"</c>; <c>default(LocalTimeRange)</c> is the whole day, 00:00-24:00.</para>
/// </remarks>
[JsonConverter(typeof(LocalTimeRangeJsonConverter))]
public readonly partial record struct LocalTimeRange
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

    /// <summary>Parses a range written <c>HH:mm-HH:mm</c>, with <c>24:00</c> allowed as the end.</summary>
    /// <param name="text">The text, for example <c>09:00-17:30</c>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a range, or its start is not before its end; the message names it.</exception>
    public static LocalTimeRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var range, out var problem) ? range : throw new FormatException($"'{text}' is not an office-hours range: {problem}");
    }

    /// <summary>Tries to parse a range written <c>HH:mm-HH:mm</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The range, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the text is a valid range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out LocalTimeRange range) => TryParse(text, out range, out _);

    private static bool TryParse(string? text, out LocalTimeRange range, out string problem)
    {
        range = default;
        var match = text is null ? Match.Empty : RangePattern().Match(text);
        if (!match.Success)
        {
            problem = "expected HH:mm-HH:mm, for example 09:00-17:30 (24:00 for the end of the day).";
            return false;
        }

        static LocalTime Time(Group hours, Group minutes) =>
            new(int.Parse(hours.Value, CultureInfo.InvariantCulture) % 24, int.Parse(minutes.Value, CultureInfo.InvariantCulture));

        var startHour = int.Parse(match.Groups["sh"].Value, CultureInfo.InvariantCulture);
        var endHour = int.Parse(match.Groups["eh"].Value, CultureInfo.InvariantCulture);
        var endMinute = int.Parse(match.Groups["em"].Value, CultureInfo.InvariantCulture);
        if (startHour > 23 || endHour > 24 || (endHour == 24 && endMinute != 0))
        {
            problem = "hours run from 00 to 23, and 24:00 only as an end.";
            return false;
        }

        var (start, end) = (Time(match.Groups["sh"], match.Groups["sm"]), Time(match.Groups["eh"], match.Groups["em"]));
        if (end != LocalTime.Midnight && start >= end)
        {
            problem = "the start must be before the end (a range cannot cross midnight: split it over two days).";
            return false;
        }

        problem = string.Empty;
        range = new LocalTimeRange(start, end);
        return true;
    }

    [GeneratedRegex(@"^\s*(?<sh>[0-9]{2}):(?<sm>[0-5][0-9])\s*-\s*(?<eh>[0-9]{2}):(?<em>[0-5][0-9])\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RangePattern();

    /// <summary>Formats the range as <c>HH:mm-HH:mm</c>, with <c>24:00</c> for the end of the day.</summary>
    /// <returns>The text, for example <c>09:00-17:30</c>.</returns>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}-{(EndsAtMidnight ? "24:00" : End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}
