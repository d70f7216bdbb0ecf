using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Directory.Schedules;

namespace Cooperation.Directory.Serialization;

/// <summary>Reads and writes an office-hours range as <c>"09:00-17:30"</c>.</summary>
public sealed class LocalTimeRangeJsonConverter : JsonConverter<LocalTimeRange>
{
    /// <inheritdoc/>
    public override LocalTimeRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an office-hours range such as \"09:00-17:30\", found {reader.TokenType}.");
        }

        try
        {
            return LocalTimeRange.Parse(reader.GetString()!);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalTimeRange value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
