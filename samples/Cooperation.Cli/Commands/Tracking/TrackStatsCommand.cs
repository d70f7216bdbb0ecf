using System.CommandLine;
using System.Globalization;
using Cooperation.Cli.Output;
using Cooperation.Requests;
using Cooperation.Tracking.Reporting;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Serialization;
using Cooperation.Tracking.Statistics;
using NodaTime;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track stats --db PATH [--format csv|json|html --out FILE]</c>: the figures States report.</summary>
internal static class TrackStatsCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var from = new Option<string?>("--from") { Description = "Count requests sent or received from this date (UTC, inclusive), e.g. 2026-01-01." };
        var to = new Option<string?>("--to") { Description = "... until this date (UTC, exclusive)." };
        var direction = new Option<Direction?>("--direction") { Description = "Only incoming or only outgoing requests." };
        var kind = new Option<RequestKind?>("--kind") { Description = "Only one kind of request (mutualLegalAssistance, extradition, ...)." };
        var counterpart = new Option<string?>("--counterpart") { Description = "Only requests to or from one State (ISO 3166 alpha-3, e.g. BRA)." };
        var offence = new Option<OffenceCategory?>("--offence") { Description = "Only one offence category." };
        var basis = new Option<string?>("--basis") { Description = "Only requests invoking this basis: UNTOC, UNCAC, TIP, SOM, FP, 1988, treaty or domesticLaw." };
        var threshold = new Option<int>("--threshold") { Description = "Suppress counts below this (small-cell suppression for publication).", DefaultValueFactory = _ => 5 };
        var internalFigures = new Option<bool>("--no-suppression") { Description = "Show every count: internal figures, not for publication." };
        var format = new Option<StatsFormat>("--format") { Description = "text, csv, json or html (a report with charts).", DefaultValueFactory = _ => StatsFormat.Text };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var title = new Option<string>("--title") { Description = "The HTML report's title.", DefaultValueFactory = _ => "Requests for international cooperation" };
        var command = new Command("stats", "Statistics by counterpart, kind, offence, outcome, refusal ground and legal basis; time to completion; open caseload by age.")
        {
            from, to, direction, kind, counterpart, offence, basis, threshold, internalFigures, format, output, title,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(threshold) < 1)
            {
                throw new InvalidInputException("--threshold: must be at least 1.");
            }

            var start = Start(parse.GetValue(from), "--from", context);
            var end = Start(parse.GetValue(to), "--to", context);
            if (start is not null && end is not null && end <= start)
            {
                throw new InvalidInputException($"--to ({parse.GetValue(to)}) must be after --from ({parse.GetValue(from)}).");
            }

            var query = new StatisticsQuery(
                start is null && end is null ? null : new Interval(start, end),
                parse.GetValue(direction), parse.GetValue(kind), parse.GetValue(counterpart) is { } state ? Arguments.State(state, "--counterpart") : null,
                parse.GetValue(offence), parse.GetValue(basis));
            using var store = options.OpenStore(parse);
            var figures = TrackingStatistics.Compute(options.Tracker(store, context).All(), query, context.Clock.GetCurrentInstant());
            if (!parse.GetValue(internalFigures))
            {
                figures = figures.ForPublication(parse.GetValue(threshold));
            }

            var text = parse.GetValue(format) switch
            {
                StatsFormat.Csv => StatisticsCsv.Write(figures),
                StatsFormat.Json => TrackingJson.Serialize(figures) + "\n",
                StatsFormat.Html => StatisticsHtmlReport.Write(figures, parse.GetValue(title)!),
                _ => Text(figures),
            };
            FileOrStandardOutput.Write(context, parse.GetValue(output), text, $"wrote {parse.GetValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }

    // A date means the start of that day in UTC.
    private static Instant? Start(string? date, string option, CliContext context) =>
        date is null ? null : Arguments.Date(date, context.Clock, option).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    private static string Text(TrackingStatistics figures)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(figures.SuppressionThreshold is int t
            ? $"For publication: counts below {t} are suppressed (shown as '-'), with complementary cells."
            : "Internal figures: every count shown; not for publication.");
        foreach (var table in figures.Tables)
        {
            text.AppendLine().AppendLine(table.Title + ":");
            foreach (var cell in table.Cells)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {string.Join("  ", cell.Key.Select(k => k.PadRight(14))),-60} {(cell.Count is int c ? c.ToString(CultureInfo.InvariantCulture) : "-"),6}");
            }

            if (table.Cells.Count == 0)
            {
                text.AppendLine("  (none)");
            }
        }

        text.AppendLine().AppendLine("Median and 90th percentile of the time to completion:");
        foreach (var c in figures.Completion)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Direction,-10} completed {Show(c.Completed)}, median {Show(c.MedianDays)} days, 90th percentile {Show(c.Percentile90Days)} days");
        }

        return text.ToString();
    }

    private static string Show(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
