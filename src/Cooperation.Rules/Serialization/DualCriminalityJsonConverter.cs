using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Rules.Cases;
using Cooperation.States;

namespace Cooperation.Rules.Serialization;

/// <summary>Reads and writes <see cref="DualCriminality"/> as <c>true</c>, <c>false</c> or an object keyed by State code.</summary>
public sealed class DualCriminalityJsonConverter : JsonConverter<DualCriminality>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override DualCriminality Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return DualCriminality.ForAll(true);
            case JsonTokenType.False:
                return DualCriminality.ForAll(false);
            case JsonTokenType.Null:
                return DualCriminality.ForAll(null);
            case JsonTokenType.StartObject:
                var values = new Dictionary<StateCode, bool?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    if (!StateCode.TryParse(key, out var state))
                    {
                        throw new JsonException($"'{key}' is not an ISO 3166-1 State code (dualCriminality is keyed by requested State).");
                    }

                    reader.Read();
                    values[state] = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => throw new JsonException($"dualCriminality for '{key}' must be true, false or null."),
                    };
                }

                return DualCriminality.PerState(values);
            default:
                throw new JsonException("dualCriminality must be true, false, null or an object keyed by State code.");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DualCriminality value, JsonSerializerOptions options)
    {
        if (value is null || value.ByState.Count == 0)
        {
            if (value?.All is bool all)
            {
                writer.WriteBooleanValue(all);
            }
            else
            {
                writer.WriteNullValue();
            }

            return;
        }

        writer.WriteStartObject();
        foreach (var (state, known) in value.ByState.OrderBy(p => p.Key))
        {
            writer.WritePropertyName(state.Alpha3);
            if (known is bool b)
            {
                writer.WriteBooleanValue(b);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }
}
