using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Cooperation.Serialization;
using Cooperation.Tracking.Catalogue;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Statistics;
using NodaTime.Serialization.SystemTextJson;

namespace Cooperation.Tracking.Serialization;

/// <summary>
/// Reads and writes tracking documents with the Cooperation JSON conventions (camelCase, enums as strings, ISO-8601
/// times, unknown fields refused). Errors name the JSON path and the value.
/// </summary>
public static class TrackingJson
{
    private static readonly JsonSerializerOptions Options = Create(indented: true);
    private static readonly JsonSerializerOptions Compact = Create(indented: false);

    /// <summary>Parses a request to open (see <see cref="RequestOpening"/>).</summary>
    /// <param name="json">The document.</param>
    /// <returns>The request.</returns>
    /// <exception cref="TrackingValidationException">The document is malformed; the message names the path and the value.</exception>
    public static RequestOpening ParseOpening(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new TrackingValidationException("$", $"not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject)
        {
            throw new TrackingValidationException("$", "expected an object with \"request\" and, optionally, \"personalData\" and \"note\".");
        }

        try
        {
            var opening = Deserialize<RequestOpening>(root);
            if (opening.Request.RequestingState == opening.Request.RequestedState)
            {
                throw new TrackingValidationException("$.request.requestedState", $"the requested State is the requesting State ({opening.Request.RequestedState}).");
            }

            return opening;
        }
        catch (JsonException e)
        {
            throw Invalid(e, root);
        }
        catch (ArgumentException e)
        {
            // Only a legal basis validates in its constructor; find which one.
            var bases = root["request"]?["legalBasis"] as JsonArray ?? [];
            for (var i = 0; i < bases.Count; i++)
            {
                try
                {
                    Deserialize<InvokedLegalBasis>(bases[i]);
                }
                catch (ArgumentException inner)
                {
                    throw new TrackingValidationException($"$.request.legalBasis[{i}]", inner.Message, inner);
                }
            }

            throw new TrackingValidationException("$.request", e.Message, e);
        }
    }

    /// <summary>Writes a request report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(RequestReport report) => Write(report);

    /// <summary>Writes a list of request reports.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(IReadOnlyList<RequestReport> reports) => Write(reports);

    /// <summary>Writes statistics.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <returns>Indented JSON; suppressed counts are <c>null</c>.</returns>
    public static string Serialize(TrackingStatistics statistics) => Write(statistics);

    /// <summary>Writes a case catalogue.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(IReadOnlyList<CatalogueEntry> entries) => Write(entries);

    /// <summary>Writes a request's details on one line, as a store keeps them.</summary>
    /// <param name="details">The details.</param>
    /// <returns>Compact JSON.</returns>
    public static string SerializeDetails(RequestDetails details) => Write(details, Compact);

    /// <summary>Reads a request's details written by <see cref="SerializeDetails"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The details.</returns>
    /// <exception cref="TrackingValidationException">The JSON is malformed.</exception>
    public static RequestDetails ParseDetails(string json) => Read<RequestDetails>(json);

    /// <summary>Writes an event on one line, as a store keeps it.</summary>
    /// <param name="event">The event.</param>
    /// <returns>Compact JSON.</returns>
    public static string SerializeEvent(RequestEvent @event) => Write(@event, Compact);

    /// <summary>Reads an event written by <see cref="SerializeEvent"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="TrackingValidationException">The JSON is malformed.</exception>
    public static RequestEvent ParseEvent(string json) => Read<RequestEvent>(json);

    /// <summary>Writes personal data on one line, as a store keeps it.</summary>
    /// <param name="data">The data.</param>
    /// <returns>Compact JSON.</returns>
    public static string SerializePersonalData(PersonalData data) => Write(data, Compact);

    /// <summary>Reads personal data written by <see cref="SerializePersonalData"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The data.</returns>
    /// <exception cref="TrackingValidationException">The JSON is malformed.</exception>
    public static PersonalData ParsePersonalData(string json) => Read<PersonalData>(json);

    private static T Read<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return (T)JsonSerializer.Deserialize(json, Options.GetTypeInfo(typeof(T)))!;
        }
        catch (JsonException e)
        {
            JsonNode? root = null;
            try
            {
                root = JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                // Not JSON at all: the message says where it broke.
            }

            throw Invalid(e, root);
        }
    }

    private static TrackingValidationException Invalid(JsonException e, JsonNode? root)
    {
        var path = e.Path ?? "$";
        var value = ValueAt(root, path);
        return new TrackingValidationException(path, value is null || e.Message.Contains(value, StringComparison.Ordinal) ? e.Message : $"{e.Message} Found {value}.", e);
    }

    // The value at a System.Text.Json path such as $.request.legalBasis[0].citation, for error messages.
    private static string? ValueAt(JsonNode? root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match segment in System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = node switch
            {
                JsonArray array when segment.Groups[2].Success && int.Parse(segment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count => array[i],
                JsonObject obj when segment.Groups[1].Success && obj.TryGetPropertyValue(segment.Groups[1].Value, out var child) => child,
                _ => null,
            };
        }

        return node is null or JsonObject or JsonArray ? null : node.ToJsonString();
    }

    private static T Deserialize<T>(JsonNode? node) => (T)node.Deserialize(Options.GetTypeInfo(typeof(T)))!;

    private static string Write<T>(T value, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, (JsonTypeInfo<T>)(options ?? Options).GetTypeInfo(typeof(T)));
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(CooperationJson.Create(new JsonSerializerOptions(TrackingJsonContext.Default.Options) { WriteIndented = indented }));
        options.Converters.Add(NodaConverters.IntervalConverter);
        options.MakeReadOnly();
        return options;
    }
}
