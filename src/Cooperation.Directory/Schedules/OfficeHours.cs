using NodaTime;

namespace Cooperation.Directory.Schedules;

/// <summary>An office's hours in its local time: a weekly schedule plus dated exceptions (holidays, closures).</summary>
/// <param name="Weekly">The usual hours of each day of the week.</param>
/// <param name="Exceptions">Dated exceptions; where one covers a date, it replaces the weekly hours of that date.</param>
public sealed record OfficeHours(WeeklySchedule Weekly, IReadOnlyList<ScheduleException> Exceptions)
{
    /// <summary>Gets the hours on a local date, sorted by start: the exception covering the date if any, otherwise the weekly hours.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The ranges, empty if the office is closed that day.</returns>
    public IReadOnlyList<LocalTimeRange> On(LocalDate date)
    {
        var exception = Exceptions.FirstOrDefault(e => e.Covers(date));
        return exception is not null ? exception.Hours : Weekly.For(date.DayOfWeek);
    }
}
