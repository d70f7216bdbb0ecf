using NodaTime;

namespace Cooperation.Cli.Tracking;

/// <summary>A clock the synthetic caseload sets to each event's moment, so that the generated history reads as if recorded live.</summary>
internal sealed class SettableClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
