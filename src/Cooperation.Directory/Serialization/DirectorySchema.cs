using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Cooperation.Directory.Serialization;

/// <summary>The published JSON Schema (<c>docs/directory.schema.json</c>, embedded in the assembly) and its checks.</summary>
internal static class DirectorySchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(DirectorySchema).Assembly.GetManifestResourceStream("Cooperation.Directory.directory.schema.json")
            ?? throw new InvalidOperationException("The directory JSON Schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>Gets the schema text, as published.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(DirectorySchema).Assembly.GetManifestResourceStream("Cooperation.Directory.directory.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    // The validator words a property forbidden by "additionalProperties": false as a failed "false schema".
    private static string Explain(string location, string message) =>
        message.Contains("false schema", StringComparison.Ordinal)
            ? $"unknown property '{location[(location.LastIndexOf('/') + 1)..]}': not in the directory schema (check its spelling)"
            : message;

    public static IReadOnlyList<DirectoryProblem> Check(JsonNode? root)
    {
        var element = JsonSerializer.SerializeToElement(root, DirectoryNodeContext.Default.JsonNode);
        var results = Schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Location: d.InstanceLocation.ToString(), Keyword: e.Key, Message: e.Value)))
            .Where(e => e.Keyword is not ("anyOf" or "$ref"))
            .Distinct()
            .Select(e => new DirectoryProblem(JsonPaths.FromPointer(e.Location), Explain(e.Location, e.Message), JsonPaths.ValueAt(root, e.Location)))];
    }
}
