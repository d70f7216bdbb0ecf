using System.Globalization;
using System.Text;
using Cooperation.Tracking;
using Cooperation.Tracking.Requests;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary>Requests as text for the terminal.</summary>
internal static class RequestText
{
    public static string Describe(CaseFile file)
    {
        var d = file.Details;
        return $"{Arguments.Camel(d.Direction)} {Arguments.Camel(d.Kind)} {d.RequestingState} -> {d.RequestedState}{(d.Offence is { } o ? ", " + Arguments.Camel(o) : string.Empty)}{(d.Urgent ? ", urgent" : string.Empty)}";
    }

    public static string Show(RequestReport report, PersonalData? personalData, bool showPersonalData)
    {
        var d = report.Details;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"request {report.Id}: {Arguments.Camel(d.Direction)} {Arguments.Camel(d.Kind)} {d.RequestingState} -> {d.RequestedState}");
        text.AppendLine(CultureInfo.InvariantCulture, $"status: {Arguments.Camel(report.Status)} (version {report.Version})");
        text.AppendLine(CultureInfo.InvariantCulture, $"offence: {(d.Offence is { } o ? Arguments.Camel(o) : "not recorded")}{(d.MaximumPenalty is { } p ? $", {p}" : string.Empty)}");
        if (d.Measures is { Count: > 0 } measures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"measures: {string.Join(", ", measures.Select(m => Arguments.Camel(m)))}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"legal basis: {(d.LegalBasis is { Count: > 0 } bases ? string.Join("; ", bases) : "not recorded")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"urgent: {(d.Urgent ? "yes" : "no")}");
        if (d.Authorities is { } a)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"authorities: requesting {a.Requesting ?? "-"}, requested {a.Requested ?? "-"}, executing {a.Executing ?? "-"}");
        }

        if (report.Deadline is { } deadline)
        {
            var left = deadline.IsOverdue ? "OVERDUE" : $"{Hours(deadline.Remaining)} of {(deadline.InWorkingTime ? "working" : "calendar")} time left";
            text.AppendLine(CultureInfo.InvariantCulture, $"deadline: {LocalDatePattern.Iso.Format(deadline.Deadline.Date)} ({deadline.Deadline.Reason}); due {InstantPattern.General.Format(deadline.Due)} ({deadline.TimeZone}); {left}");
        }

        if (d.References is { Count: > 0 } references)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"references: {string.Join(", ", references.Select(r => $"{r.Key}={r.Value}"))}");
        }

        if (d.Links is { } links)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"links: draft {links.Draft ?? "-"}, determination {links.Determination ?? "-"}");
        }

        text.AppendLine(personalData is null
            ? "personal data: none recorded (or erased)"
            : showPersonalData
                ? $"personal data: {string.Join("; ", personalData.Persons.Select(p => $"{p.Name}{(p.Role is null ? string.Empty : $" ({p.Role})")}"))}"
                : $"personal data: {personalData.Persons.Count} person(s) recorded; --personal-data to show");
        text.AppendLine("history:");
        foreach (var e in report.History)
        {
            var extra = e.Grounds is { Count: > 0 } g ? $" [grounds: {string.Join(", ", g.Select(x => Arguments.Camel(x)))}]" : string.Empty;
            extra += e.Deadline is { } dl ? $" [deadline {LocalDatePattern.Iso.Format(dl.Date)}: {dl.Reason}]" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Sequence,3}  {InstantPattern.General.Format(e.At)}  {Arguments.Camel(e.Kind)} by {e.Actor}{(e.Note.Length > 0 ? $": {e.Note}" : string.Empty)}{extra}");
        }

        foreach (var flag in report.Flags)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"flag (event {flag.EventSequence}): {flag.Citation}: {flag.Explanation}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"allowed next: {(report.AllowedNext.Count == 0 ? "none" : string.Join(", ", report.AllowedNext.Select(k => Arguments.Camel(k))))}");
        return text.ToString();
    }

    public static string Hours(Duration d) =>
        d.TotalHours >= 1 ? $"{Math.Floor(d.TotalHours).ToString(CultureInfo.InvariantCulture)} h" : $"{Math.Floor(d.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";
}
