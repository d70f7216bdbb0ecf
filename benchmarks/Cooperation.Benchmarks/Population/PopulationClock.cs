using NodaTime;

namespace Cooperation.Benchmarks.Population;

/// <summary>The benchmarks' clock, fixed at the population's date so every run evaluates the same law.</summary>
public sealed class PopulationClock : IClock
{
    /// <summary>The date every benchmark evaluates on.</summary>
    public static readonly LocalDate AsOf = new(2026, 11, 27);

    public static readonly PopulationClock Instance = new();

    public Instant GetCurrentInstant() => AsOf.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
}
