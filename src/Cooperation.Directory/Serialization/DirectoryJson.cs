using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Directory.Authorities;
using Cooperation.Directory.Data;
using Cooperation.Serialization;

namespace Cooperation.Directory.Serialization;

/// <summary>Reads and writes directory documents (<c>docs/directory.schema.json</c>), all or nothing.</summary>
/// <remarks>
/// <para>
/// Reading checks, in order: that the text is JSON; that it matches the published JSON Schema; that every State code,
/// language tag, citation, date, time range, URL and IANA time zone is valid; and that the document is consistent
/// (unique authority identifiers and profiles, office hours that do not overlap, a time zone wherever there are
/// office hours). Every problem found is reported at once, each with its JSON path and value, in a
/// <see cref="DirectoryValidationException"/>; nothing of a rejected document is returned.
/// </para>
/// </remarks>
public static class DirectoryJson
{
    private static readonly JsonSerializerOptions Options = CooperationJson.Create(DirectoryJsonContext.Default.Options);

    /// <summary>Reads a directory document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryValidationException">The document is invalid; every problem is listed.</exception>
    public static DirectoryDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Reads a directory document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source, used in error messages (for example the file name).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DirectoryValidationException">The document is invalid; every problem is listed.</exception>
    public static DirectoryDocument Parse(string json, string source = "directory")
    {
        var (document, problems) = Read(json);
        return problems.Count == 0 ? document! : throw new DirectoryValidationException(source, problems);
    }

    /// <summary>Checks a directory document without keeping it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>Every problem found; empty when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<DirectoryProblem> Validate(string json) => Read(json).Problems;

    /// <summary>Writes a directory document as indented JSON that <see cref="Parse"/> reads back to an equal document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(DirectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, Options.GetTypeInfo(typeof(DirectoryDocument))) + "\n";
    }

    /// <summary>Writes one authority record as compact JSON, as it appears in a directory document's <c>authorities</c>.</summary>
    /// <param name="authority">The record.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public static string SerializeAuthority(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return JsonSerializer.Serialize(authority, Compact.GetTypeInfo(typeof(Authority)));
    }

    /// <summary>Reads one authority record written by <see cref="SerializeAuthority"/>, with the checks of a whole document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source, used in error messages.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DirectoryValidationException">The record is invalid; every problem is listed, with paths under <c>$.authorities[0]</c>.</exception>
    public static Authority ParseAuthority(string json, string source = "authority")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new DirectoryValidationException(source, [new DirectoryProblem("$", $"not valid JSON: {e.Message}")]);
        }

        var document = new JsonObject { ["formatVersion"] = DirectoryDocument.CurrentFormatVersion, ["authorities"] = new JsonArray(node) };
        return Parse(document.ToJsonString(), source).Authorities.Single();
    }

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    /// <summary>
    /// Reads a document shipped in the package, skipping the schema and value checks: a test proves that the
    /// embedded data passes them, and start-up should not pay for them again. Consistency is still checked.
    /// </summary>
    internal static DirectoryDocument ParseTrusted(string json) =>
        JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DirectoryDocument>)Options.GetTypeInfo(typeof(DirectoryDocument)))!;

    private static (DirectoryDocument? Document, IReadOnlyList<DirectoryProblem> Problems) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, [new DirectoryProblem("$", $"not valid JSON: {e.Message}")]);
        }

        // Structure and values are checked together so that one pass reports both kinds of problem; a value the
        // schema already rejected (a pattern, say) is reported once.
        IReadOnlyList<DirectoryProblem> problems = root is null
            ? DirectorySchema.Check(root)
            : [.. DirectorySchema.Check(root).UnionBy(DirectoryValueCheck.Check(root), p => p.Path).OrderBy(p => p.Path, StringComparer.Ordinal)];
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        DirectoryDocument document;
        try
        {
            document = (DirectoryDocument)root.Deserialize(Options.GetTypeInfo(typeof(DirectoryDocument)))!;
        }
        catch (JsonException e)
        {
            return (null, [new DirectoryProblem(e.Path ?? "$", e.Message)]);
        }

        problems = DirectoryConsistencyCheck.Check(document);
        return problems.Count > 0 ? (null, problems) : (document, []);
    }
}
