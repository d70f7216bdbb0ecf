using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Directory.Schedules;
using Cooperation.Languages;
using Cooperation.Law;
using Cooperation.States;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Directory.Serialization;

/// <summary>
/// Checks every typed value of a schema-valid document (State codes, language tags, citations, dates, time ranges,
/// URLs, time zones), so that all invalid values are reported together rather than the first one the serializer meets.
/// </summary>
/// <remarks>Values are recognised by property name: the schema uses each of these names for one kind of value only.</remarks>
internal static class DirectoryValueCheck
{
    private static readonly Dictionary<string, Func<string, string?>> ByProperty = new(StringComparer.Ordinal)
    {
        ["state"] = StateCodeProblem,
        ["counterpart"] = StateCodeProblem,
        ["language"] = LanguageProblem,
        ["translationInto"] = LanguageProblem,
        ["instrument"] = v => Instrument.TryParse(v, out _) ? null : $"'{v}' is not a known instrument; expected one of UNTOC, TIP, SOM, FP, UNCAC, 1988.",
        ["citation"] = CitationProblem,
        ["designations"] = CitationProblem,
        ["timeZone"] = v => DateTimeZoneProviders.Tzdb.GetZoneOrNull(v) is null ? $"'{v}' is not an IANA time zone known to tzdb {DateTimeZoneProviders.Tzdb.VersionId}." : null,
        ["asOf"] = DateProblem,
        ["date"] = DateProblem,
        ["entryIntoForce"] = DateProblem,
        ["effectiveFrom"] = DateProblem,
        ["inForceFrom"] = DateProblem,
        ["inForceUntil"] = DateProblem,
        ["from"] = DateProblem,
        ["to"] = DateProblem,
        ["website"] = UrlProblem,
        ["nationalLaws"] = UrlProblem,
        ["hours"] = RangeProblem,
        ["monday"] = RangeProblem,
        ["tuesday"] = RangeProblem,
        ["wednesday"] = RangeProblem,
        ["thursday"] = RangeProblem,
        ["friday"] = RangeProblem,
        ["saturday"] = RangeProblem,
        ["sunday"] = RangeProblem,
    };

    public static IReadOnlyList<DirectoryProblem> Check(JsonNode root)
    {
        var problems = new List<DirectoryProblem>();
        Walk(root, "$", null, problems);
        return problems;
    }

    private static void Walk(JsonNode? node, string path, Func<string, string?>? check, List<DirectoryProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, $"{path}.{name}", ByProperty.GetValueOrDefault(name), problems);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", check, problems);
                }

                break;
            case JsonValue value when check is not null && value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (check(text) is string problem)
                {
                    problems.Add(new DirectoryProblem(path, problem, value.ToJsonString()));
                }

                break;
        }
    }

    private static string? StateCodeProblem(string value) =>
        StateCode.TryParse(value, out _) ? null : $"'{value}' is not an ISO 3166-1 alpha-3 or alpha-2 State code.";

    private static string? LanguageProblem(string value) =>
        Attempt(() => LanguageTag.Parse(value));

    private static string? CitationProblem(string value) =>
        Attempt(() => ArticleCitation.Parse(value));

    private static string? DateProblem(string value) =>
        LocalDatePattern.Iso.Parse(value).Success ? null : $"'{value}' is not a date (YYYY-MM-DD).";

    private static string? UrlProblem(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out _) ? null : $"'{value}' is not an absolute URL.";

    private static string? RangeProblem(string value) =>
        Attempt(() => LocalTimeRange.Parse(value));

    private static string? Attempt(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
