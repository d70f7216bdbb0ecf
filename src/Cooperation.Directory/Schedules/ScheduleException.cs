using System.Text.Json.Serialization;
using NodaTime;

namespace Cooperation.Directory.Schedules;

/// <summary>A dated exception to the weekly schedule: a holiday or closure, or different hours, on one or more local dates.</summary>
/// <param name="From">The first local date it applies to.</param>
/// <param name="To">The last local date it applies to (inclusive); <see langword="null"/> for <paramref name="From"/> only.</param>
/// <param name="Hours">The hours on those dates; empty means closed.</param>
/// <param name="Reason">Why, for example "Independence Day".</param>
public sealed record ScheduleException(LocalDate From, LocalDate? To, IReadOnlyList<LocalTimeRange> Hours, string? Reason = null)
{
    /// <summary>Gets the last date the exception applies to.</summary>
    [JsonIgnore]
    public LocalDate Last => To ?? From;

    /// <summary>Tells whether the exception applies to a date.</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> if <see cref="From"/> &lt;= <paramref name="date"/> &lt;= <see cref="Last"/>.</returns>
    public bool Covers(LocalDate date) => date >= From && date <= Last;
}
