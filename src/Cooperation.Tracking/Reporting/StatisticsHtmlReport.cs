using System.Globalization;
using System.Net;
using System.Text;
using Cooperation.Tracking.Statistics;
using NodaTime.Text;

namespace Cooperation.Tracking.Reporting;

/// <summary>
/// Writes statistics as one self-contained HTML page: headline figures first, then a bar chart per table and
/// direction, drawn as inline SVG. No script, font or image is fetched, so the file can be mailed or archived as is.
/// </summary>
public static class StatisticsHtmlReport
{
    private const int BarAreaWidth = 220;
    private const int LabelWidth = 270;
    private const int RowHeight = 22;

    /// <summary>Writes the report.</summary>
    /// <param name="statistics">The statistics (suppressed or not; suppressed cells are drawn as such).</param>
    /// <param name="title">The page title, for example the office's name and the period.</param>
    /// <returns>The HTML document.</returns>
    public static string Write(TrackingStatistics statistics, string title = "Requests for international cooperation")
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1180px;color:#1d2733;padding:0 1rem}\n")
            .Append("h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #d5dbe3;padding-bottom:.3rem}\n")
            .Append(".meta{color:#5b6776;font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1.2rem}\n")
            .Append(".card{border:1px solid #d5dbe3;border-radius:8px;padding:.8rem 1.1rem;min-width:150px}.card .v{font-size:1.8rem;font-weight:600}.card .l{color:#5b6776;font-size:.85rem}\n")
            .Append(".charts{display:flex;flex-wrap:wrap;gap:1.5rem}.chart h3{font-size:.95rem;margin:.6rem 0}svg text{font-size:12px;fill:#1d2733}\n")
            .Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\">").Append(E(Describe(statistics))).Append("</p>\n");
        Cards(html, statistics);
        foreach (var table in statistics.Tables.Where(t => t.Name != StatisticsTables.Total))
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2>\n");
            if (table.Cells.Count == 0)
            {
                html.Append("<p class=\"meta\">No requests.</p>\n");
                continue;
            }

            html.Append("<div class=\"charts\">\n");
            foreach (var direction in table.Cells.GroupBy(c => c.Key[0]))
            {
                Chart(html, $"{Capitalize(direction.Key)} requests", direction.ToList());
            }

            html.Append("</div>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Describe(TrackingStatistics s)
    {
        var q = s.Query;
        var parts = new List<string>
        {
            q.Period is { } p
                ? $"Requests sent or received {(p.HasStart ? "from " + InstantPattern.General.Format(p.Start) : "since records began")} {(p.HasEnd ? "until " + InstantPattern.General.Format(p.End) : "to date")}"
                : "All requests sent or received",
        };
        if (q.Direction is { } d) { parts.Add($"{d} only"); }
        if (q.Kind is { } k) { parts.Add($"kind {k}"); }
        if (q.Counterpart is { } c) { parts.Add($"counterpart {c}"); }
        if (q.Offence is { } o) { parts.Add($"offence {o}"); }
        if (q.LegalBasis is { } b) { parts.Add($"legal basis {b}"); }
        parts.Add($"ages measured at {InstantPattern.General.Format(s.AsOf)}");
        parts.Add(s.SuppressionThreshold is int t
            ? $"counts below {t} suppressed, with complementary cells, so that no case can be identified"
            : "internal figures: not for publication (no small-cell suppression)");
        return string.Join("; ", parts) + ".";
    }

    private static void Cards(StringBuilder html, TrackingStatistics s)
    {
        html.Append("<div class=\"cards\">\n");
        foreach (var cell in s.Table(StatisticsTables.Total).Cells)
        {
            Card(html, Count(cell.Count), $"{Capitalize(cell.Key[0])} requests");
        }

        foreach (var c in s.Completion)
        {
            Card(html, c.MedianDays is { } m ? $"{m.ToString("0.#", CultureInfo.InvariantCulture)} d" : "suppressed", $"Median time to completion, {c.Direction}");
            Card(html, c.Percentile90Days is { } p ? $"{p.ToString("0.#", CultureInfo.InvariantCulture)} d" : "suppressed", $"90th percentile, {c.Direction}");
        }

        var untoc = s.Table(StatisticsTables.ByLegalBasis).Cells.Where(c => c.Key[1] == "UNTOC").ToList();
        foreach (var cell in untoc)
        {
            Card(html, Count(cell.Count), $"{Capitalize(cell.Key[0])} on the basis of UNTOC");
        }

        html.Append("</div>\n");
    }

    private static void Card(StringBuilder html, string value, string label) =>
        html.Append("<div class=\"card\"><div class=\"v\">").Append(E(value)).Append("</div><div class=\"l\">").Append(E(label)).Append("</div></div>\n");

    private static void Chart(StringBuilder html, string heading, IReadOnlyList<StatisticsCell> cells)
    {
        var max = Math.Max(1, cells.Max(c => c.Count ?? 0));
        var height = (cells.Count * RowHeight) + 8;
        var width = LabelWidth + BarAreaWidth + 60;
        html.Append("<div class=\"chart\"><h3>").Append(E(heading)).Append("</h3>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(heading)}\">\n");
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var y = (i * RowHeight) + 4;
            var label = string.Join(" · ", cell.Key.Skip(1).Select(Humanize));
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 14}\" text-anchor=\"end\">{E(label)}</text>");
            if (cell.Count is int count)
            {
                var bar = Math.Max(2, (int)Math.Round(BarAreaWidth * (double)count / max));
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{bar}\" height=\"{RowHeight - 6}\" rx=\"2\" fill=\"#2f6db5\"><title>{E(label)}: {count}</title></rect>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + bar + 6}\" y=\"{y + 14}\">{count}</text>\n");
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{BarAreaWidth / 6}\" height=\"{RowHeight - 6}\" rx=\"2\" fill=\"none\" stroke=\"#9aa5b1\" stroke-dasharray=\"3 3\"><title>{E(label)}: suppressed</title></rect>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + (BarAreaWidth / 6) + 6}\" y=\"{y + 14}\" fill=\"#5b6776\">suppressed</text>\n");
            }
        }

        html.Append("</svg></div>\n");
    }

    // "participationInOrganizedCriminalGroup" reads as "participation in organized criminal group"; codes (BRA,
    // UNTOC) and labels that already have spaces stay as they are.
    private static string Humanize(string key)
    {
        if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || key.All(c => !char.IsLower(c)))
        {
            return key;
        }

        var words = new StringBuilder();
        foreach (var c in key)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "suppressed";

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
