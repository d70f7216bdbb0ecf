using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Requests;

namespace Cooperation.Serialization.Converters;

/// <summary>Reads and writes a penalty as <c>{"kind": ..., "maximumMonths": ...}</c>.</summary>
public sealed class PenaltyJsonConverter : JsonConverter<Penalty>
{
    /// <inheritdoc/>
    public override Penalty Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a penalty object such as {{\"kind\":\"deprivationOfLiberty\",\"maximumMonths\":48}}, found {reader.TokenType}.");
        }

        string? kind = null;
        int? months = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "kind":
                    kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("'kind' must be a string.");
                    break;
                case "maximumMonths":
                    months = reader.TokenType switch
                    {
                        JsonTokenType.Null => null,
                        JsonTokenType.Number when reader.TryGetInt32(out var m) => m,
                        _ => throw new JsonException("'maximumMonths' must be a whole number of months."),
                    };
                    break;
                default:
                    throw new JsonException($"Unknown penalty property '{name}'; expected 'kind' and 'maximumMonths'.");
            }
        }

        return kind switch
        {
            "deprivationOfLiberty" when months is int m and >= 1 and <= Penalty.MaximumTermMonths => Penalty.DeprivationOfLibertyMonths(m),
            "deprivationOfLiberty" => throw new JsonException(
                $"'maximumMonths' must be between 1 and {Penalty.MaximumTermMonths} for a deprivation of liberty, found {(months is null ? "nothing" : months)}."),
            "lifeImprisonment" or "moreSerious" or "nonCustodial" when months is not null =>
                throw new JsonException($"'maximumMonths' is only allowed for 'deprivationOfLiberty', not '{kind}'."),
            "lifeImprisonment" => Penalty.LifeImprisonment,
            "moreSerious" => Penalty.MoreSerious,
            "nonCustodial" => Penalty.NonCustodial,
            null => throw new JsonException("A penalty needs a 'kind'."),
            _ => throw new JsonException($"'{kind}' is not a penalty kind; expected deprivationOfLiberty, lifeImprisonment, moreSerious or nonCustodial."),
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Penalty value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(value.Kind.ToString()));
        if (value.MaximumMonths is int months)
        {
            writer.WriteNumber("maximumMonths", months);
        }

        writer.WriteEndObject();
    }
}
