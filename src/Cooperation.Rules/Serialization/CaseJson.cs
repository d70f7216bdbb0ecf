using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.Serialization;

namespace Cooperation.Rules.Serialization;

/// <summary>Reads cases (one case, or <c>{"cases": [...]}</c>) and writes assessment reports.</summary>
public static class CaseJson
{
    private static readonly JsonSerializerOptions Options = CooperationJson.Create(RulesJsonContext.Default.Options);

    /// <summary>Reads one case or a batch of cases.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cases, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CaseValidationException">The document is not a valid case or batch; the message names the JSON path and value.</exception>
    public static IReadOnlyList<CooperationCase> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CaseValidationException("$", $"not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject obj)
        {
            throw new CaseValidationException("$", "expected a case object or {\"cases\": [...]}.");
        }

        var isBatch = obj.ContainsKey("cases");
        IReadOnlyList<CooperationCase> cases;
        try
        {
            cases = isBatch
                ? ((CaseBatch)root.Deserialize(Options.GetTypeInfo(typeof(CaseBatch)))!).Cases
                : [(CooperationCase)root.Deserialize(Options.GetTypeInfo(typeof(CooperationCase)))!];
        }
        catch (JsonException e)
        {
            throw new CaseValidationException(e.Path ?? "$", e.Message, e);
        }

        for (var i = 0; i < cases.Count; i++)
        {
            Check(cases[i], isBatch ? $"$.cases[{i}]" : "$");
        }

        return cases;
    }

    /// <summary>Reads one case per line (JSON Lines), lazily, for inputs too large to hold in memory.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The cases, as they are read.</returns>
    /// <exception cref="CaseValidationException">A line is not a valid case; the path starts with its line number.</exception>
    public static IEnumerable<CooperationCase> ReadLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CooperationCase @case;
            try
            {
                @case = (CooperationCase)JsonSerializer.Deserialize(line, Options.GetTypeInfo(typeof(CooperationCase)))!;
            }
            catch (JsonException e)
            {
                throw new CaseValidationException($"line {number}: {e.Path ?? "$"}", e.Message, e);
            }

            Check(@case, $"line {number}: $");
            yield return @case;
        }
    }

    /// <summary>Writes an assessment report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent (one document) or not (one line, for JSON Lines).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(AssessmentReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = indented ? Options : CompactOptions.Value;
        return JsonSerializer.Serialize(report, options.GetTypeInfo(typeof(AssessmentReport)));
    }

    private static readonly Lazy<JsonSerializerOptions> CompactOptions = new(() =>
        CooperationJson.Create(new JsonSerializerOptions(RulesJsonContext.Default.Options) { WriteIndented = false }));

    private static void Check(CooperationCase @case, string path)
    {
        if (string.IsNullOrWhiteSpace(@case.Id))
        {
            throw new CaseValidationException($"{path}.id", "a case needs a non-empty id.");
        }

        if (@case.Kind is not (RequestKind.Extradition or RequestKind.MutualLegalAssistance))
        {
            throw new CaseValidationException($"{path}.kind", $"'{JsonNamingPolicy.CamelCase.ConvertName(@case.Kind.ToString())}' cannot be assessed yet; expected extradition or mutualLegalAssistance.");
        }

        if (@case.RequestedStates.Count == 0)
        {
            throw new CaseValidationException($"{path}.requestedStates", "name at least one requested State.");
        }

        for (var i = 0; i < @case.RequestedStates.Count; i++)
        {
            if (@case.RequestedStates[i] == @case.RequestingState)
            {
                throw new CaseValidationException($"{path}.requestedStates[{i}]", $"'{@case.RequestingState}' is the requesting State; a State does not request cooperation from itself.");
            }
        }

        if (@case.Offence?.MaxPenaltyMonths is int months && (months < 1 || months > Penalty.MaximumTermMonths))
        {
            throw new CaseValidationException($"{path}.offence.maxPenaltyMonths", $"{months} is not a term in months (1 to {Penalty.MaximumTermMonths}); use \"penalty\" for life imprisonment or a fine only.");
        }

        if (@case.Offence?.Group?.Members is int members && members < 1)
        {
            throw new CaseValidationException($"{path}.offence.group.members", $"{members} is not a number of persons.");
        }
    }
}
