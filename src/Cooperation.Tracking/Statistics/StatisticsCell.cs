using System.Text.Json.Serialization;

namespace Cooperation.Tracking.Statistics;

/// <summary>One count in a statistics table.</summary>
/// <param name="Key">The values of the table's dimensions, in order (for example <c>["incoming", "BRA"]</c>).</param>
/// <param name="Count">The number of requests; <see langword="null"/> when suppressed for publication.</param>
public sealed record StatisticsCell(IReadOnlyList<string> Key, int? Count)
{
    /// <summary>Gets whether the count was suppressed for publication.</summary>
    [JsonIgnore]
    public bool IsSuppressed => Count is null;
}
