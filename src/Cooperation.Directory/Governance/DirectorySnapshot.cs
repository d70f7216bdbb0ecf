using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Directory.Governance;

/// <summary>
/// A published edition of the directory: the document as it was at an instant, with a content hash so that editions
/// can be distributed, compared and checked for alteration.
/// </summary>
/// <remarks>
/// The hash is SHA-256 over the document's JSON as <see cref="DirectoryJson.Serialize"/> writes it, which is
/// deterministic: two snapshots with the same content have the same hash whatever their date.
/// </remarks>
public sealed record DirectorySnapshot
{
    private DirectorySnapshot(Instant asOf, string contentHash, DirectoryDocument document)
    {
        AsOf = asOf;
        ContentHash = contentHash;
        Document = document;
    }

    /// <summary>Gets the instant the snapshot shows the directory at.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the content hash, <c>sha256:</c> followed by 64 lowercase hex digits.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the directory as published at <see cref="AsOf"/>.</summary>
    public DirectoryDocument Document { get; }

    /// <summary>Takes a snapshot of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The instant it shows.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static DirectorySnapshot Of(DirectoryDocument document, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(asOf, Hash(DirectoryJson.Serialize(document)), document);
    }

    /// <summary>Writes the snapshot: <c>{"asOf": ..., "contentHash": ..., "directory": {...}}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var snapshot = new JsonObject
        {
            ["asOf"] = InstantPattern.ExtendedIso.Format(AsOf),
            ["contentHash"] = ContentHash,
            ["directory"] = JsonNode.Parse(DirectoryJson.Serialize(Document)),
        };
        return snapshot.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Reads a snapshot written by <see cref="ToJson"/>, checking the directory and its hash.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source, used in error messages.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="DirectoryValidationException">
    /// The text is not a snapshot, its directory is invalid (paths under <c>$.directory</c>), or its content does not
    /// match its hash (altered after publication).
    /// </exception>
    public static DirectorySnapshot Parse(string json, string source = "snapshot")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new DirectoryValidationException(source, [new DirectoryProblem("$", "expected a snapshot object.")]);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new DirectoryValidationException(source, [new DirectoryProblem("$", $"not valid JSON: {e.Message}")]);
        }

        var asOfText = Text(root["asOf"]);
        var asOf = asOfText is null ? null : InstantPattern.ExtendedIso.Parse(asOfText) is { Success: true } parsed ? parsed.Value : (Instant?)null;
        var hash = Text(root["contentHash"]);
        List<DirectoryProblem> problems = [];
        if (asOf is null)
        {
            problems.Add(new DirectoryProblem("$.asOf", "expected an ISO instant such as 2026-11-27T00:00:00Z.", root["asOf"]?.ToJsonString()));
        }

        if (hash is null)
        {
            problems.Add(new DirectoryProblem("$.contentHash", "expected the text sha256:<64 hex digits>.", root["contentHash"]?.ToJsonString()));
        }

        if (root["directory"] is not JsonObject directory)
        {
            problems.Add(new DirectoryProblem("$.directory", "expected the directory document."));
            throw new DirectoryValidationException(source, problems);
        }

        DirectoryDocument document;
        try
        {
            document = DirectoryJson.Parse(directory.ToJsonString(), source);
        }
        catch (DirectoryValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => p with { Path = "$.directory" + p.Path[1..] }));
            throw new DirectoryValidationException(source, problems);
        }

        var snapshot = Of(document, asOf ?? default);
        if (hash is not null && hash != snapshot.ContentHash)
        {
            problems.Add(new DirectoryProblem("$.contentHash", $"does not match the directory's content ({snapshot.ContentHash}): the snapshot was altered after publication.", hash));
        }

        return problems.Count == 0 ? snapshot : throw new DirectoryValidationException(source, problems);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
