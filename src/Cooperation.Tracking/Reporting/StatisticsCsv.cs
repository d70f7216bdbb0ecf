using System.Globalization;
using System.Text;
using Cooperation.Tracking.Statistics;

namespace Cooperation.Tracking.Reporting;

/// <summary>
/// Writes statistics as CSV (RFC 4180) for spreadsheets: one row per cell, with the table, up to three key parts and
/// the value; a suppressed cell has an empty value and <c>suppressed</c> set to <c>true</c>.
/// </summary>
public static class StatisticsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "table,direction,key,subkey,value,suppressed";

    /// <summary>Writes the statistics.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <returns>The CSV text, header first, lines ending in CRLF.</returns>
    public static string Write(TrackingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var table in statistics.Tables)
        {
            foreach (var cell in table.Cells)
            {
                Row(csv, table.Name, cell.Key, cell.Count?.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var c in statistics.Completion)
        {
            Row(csv, "completionSummary", [c.Direction, "completed"], c.Completed?.ToString(CultureInfo.InvariantCulture));
            Row(csv, "completionSummary", [c.Direction, "medianDays"], c.MedianDays?.ToString(CultureInfo.InvariantCulture));
            Row(csv, "completionSummary", [c.Direction, "percentile90Days"], c.Percentile90Days?.ToString(CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string table, IReadOnlyList<string> key, string? value)
    {
        string[] fields = [table, Part(key, 0), Part(key, 1), Part(key, 2), value ?? string.Empty, value is null ? "true" : "false"];
        csv.AppendJoin(',', fields.Select(Escape)).Append("\r\n");
    }

    private static string Part(IReadOnlyList<string> key, int i) => i < key.Count ? key[i] : string.Empty;

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
