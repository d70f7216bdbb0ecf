using System.Text.Json.Serialization;
using NodaTime;

namespace Cooperation.Directory.Schedules;

/// <summary>The usual opening hours for each day of the week, in local time; a day without ranges is closed.</summary>
/// <remarks>In JSON: <c>{"monday": ["09:00-13:00", "14:00-18:00"], ...}</c>; a day left out is closed.</remarks>
public sealed record WeeklySchedule
{
    /// <summary>Initializes a new instance of the <see cref="WeeklySchedule"/> record.</summary>
    /// <param name="monday">The value of <see cref="Monday"/>; empty if not given.</param>
    /// <param name="tuesday">The value of <see cref="Tuesday"/>; empty if not given.</param>
    /// <param name="wednesday">The value of <see cref="Wednesday"/>; empty if not given.</param>
    /// <param name="thursday">The value of <see cref="Thursday"/>; empty if not given.</param>
    /// <param name="friday">The value of <see cref="Friday"/>; empty if not given.</param>
    /// <param name="saturday">The value of <see cref="Saturday"/>; empty if not given.</param>
    /// <param name="sunday">The value of <see cref="Sunday"/>; empty if not given.</param>
    [JsonConstructor]
    public WeeklySchedule(
        IReadOnlyList<LocalTimeRange>? monday = null,
        IReadOnlyList<LocalTimeRange>? tuesday = null,
        IReadOnlyList<LocalTimeRange>? wednesday = null,
        IReadOnlyList<LocalTimeRange>? thursday = null,
        IReadOnlyList<LocalTimeRange>? friday = null,
        IReadOnlyList<LocalTimeRange>? saturday = null,
        IReadOnlyList<LocalTimeRange>? sunday = null)
    {
        Monday = monday ?? [];
        Tuesday = tuesday ?? [];
        Wednesday = wednesday ?? [];
        Thursday = thursday ?? [];
        Friday = friday ?? [];
        Saturday = saturday ?? [];
        Sunday = sunday ?? [];
    }

    /// <summary>Gets Monday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Monday { get; init; }

    /// <summary>Gets Tuesday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Tuesday { get; init; }

    /// <summary>Gets Wednesday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Wednesday { get; init; }

    /// <summary>Gets Thursday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Thursday { get; init; }

    /// <summary>Gets Friday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Friday { get; init; }

    /// <summary>Gets Saturday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Saturday { get; init; }

    /// <summary>Gets Sunday's hours.</summary>
    public IReadOnlyList<LocalTimeRange> Sunday { get; init; }

    /// <summary>Creates a schedule with the same hours Monday to Friday and closed at weekends.</summary>
    /// <param name="hours">The hours of each working day.</param>
    /// <returns>The schedule.</returns>
    public static WeeklySchedule MondayToFriday(params LocalTimeRange[] hours) =>
        new(monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours);

    /// <summary>Gets the hours of a day of the week.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Its ranges, empty if closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public IReadOnlyList<LocalTimeRange> For(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => Monday,
        IsoDayOfWeek.Tuesday => Tuesday,
        IsoDayOfWeek.Wednesday => Wednesday,
        IsoDayOfWeek.Thursday => Thursday,
        IsoDayOfWeek.Friday => Friday,
        IsoDayOfWeek.Saturday => Saturday,
        IsoDayOfWeek.Sunday => Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };
}
