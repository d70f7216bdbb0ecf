using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Validation;
using Cooperation.Serialization;

namespace Cooperation.Drafting.Serialization;

/// <summary>Reads and writes drafts (so a host can save and resume them) and checklists.</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = CooperationJson.Create(DraftJsonContext.Default.Options);

    /// <summary>Reads a draft.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="InvalidDraftException">The text is not a valid draft; the message names the JSON path.</exception>
    public static RequestDraft Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return (RequestDraft)JsonSerializer.Deserialize(json, Options.GetTypeInfo(typeof(RequestDraft)))!;
        }
        catch (JsonException e)
        {
            throw new InvalidDraftException(e.Path ?? "$", e.Message, e);
        }
    }

    /// <summary>Writes a draft; <see cref="Parse"/> reads it back to an equal draft.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RequestDraft draft) => JsonSerializer.Serialize(draft, Options.GetTypeInfo(typeof(RequestDraft)));

    /// <summary>Writes a checklist.</summary>
    /// <param name="checklist">The checklist.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Checklist checklist) => JsonSerializer.Serialize(checklist, Options.GetTypeInfo(typeof(Checklist)));

    internal static JsonNode ToNode(RequestDraft draft) => JsonSerializer.SerializeToNode(draft, Options.GetTypeInfo(typeof(RequestDraft)))!;
}
