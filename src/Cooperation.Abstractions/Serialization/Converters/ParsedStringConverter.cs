using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Serialization.Converters;

/// <summary>
/// Base for value types written as a JSON string and parsed with their own <c>Parse</c>: a value that does not
/// parse becomes a <see cref="JsonException"/> carrying the parser's message (which names the value); the
/// serializer adds the JSON path.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class ParsedStringConverter<T> : JsonConverter<T>
{
    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return ParseOrThrow(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseOrThrow(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    /// <summary>Parses the text, throwing <see cref="FormatException"/> with a message that names it when it is invalid.</summary>
    /// <param name="text">The JSON string value.</param>
    /// <returns>The value.</returns>
    protected abstract T Parse(string text);

    /// <summary>Formats the value as its JSON string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    protected virtual string Format(T value) => value!.ToString()!;

    private T ParseOrThrow(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
