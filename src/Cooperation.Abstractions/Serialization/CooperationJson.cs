using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Cooperation.Serialization;

/// <summary>The JSON settings every Cooperation package reads and writes with.</summary>
/// <remarks>
/// <para>
/// Names are camelCase, enums are camelCase strings (numbers are refused), unknown values are written as
/// <c>null</c> (never omitted: "unknown" is an answer), every constructor parameter must be present, unknown
/// properties are an error (a misspelt field must not be silently ignored), and NodaTime values use ISO-8601:
/// <see cref="LocalDate"/> as <c>2026-03-29</c>, <see cref="Instant"/> as <c>2026-03-29T01:30:00Z</c>.
/// </para>
/// <para>
/// Malformed input raises <see cref="JsonException"/> whose <see cref="JsonException.Path"/> names the field and
/// whose message names the offending value.
/// </para>
/// </remarks>
/// <threadsafety>The options are read-only and safe to share.</threadsafety>
public static class CooperationJson
{
    /// <summary>Gets the options: source-generated metadata (<see cref="CooperationJsonContext"/>) plus the NodaTime converters.</summary>
    public static JsonSerializerOptions Options { get; } = Create(CooperationJsonContext.Default.Options);

    /// <summary>Gets the source-generated metadata of the Abstractions records, to chain after a package's own context.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => CooperationJsonContext.Default;

    /// <summary>
    /// Creates options that read and write the Cooperation vocabulary, starting from a package's own source-generated
    /// options (whose resolver is kept first) and adding the NodaTime converters and the Cooperation resolver.
    /// </summary>
    /// <param name="sourceGenerated">Options of a source-generated <c>JsonSerializerContext</c>, for example <c>MyContext.Default.Options</c>.</param>
    /// <returns>New read-only options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceGenerated"/> is null.</exception>
    public static JsonSerializerOptions Create(JsonSerializerOptions sourceGenerated)
    {
        ArgumentNullException.ThrowIfNull(sourceGenerated);
        // Relaxed escaping keeps "+", accents and non-Latin scripts readable; these documents are data, never
        // embedded in HTML or script without their own encoding.
        var options = new JsonSerializerOptions(sourceGenerated) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        if (!ReferenceEquals(sourceGenerated.TypeInfoResolver, CooperationJsonContext.Default))
        {
            options.TypeInfoResolverChain.Add(CooperationJsonContext.Default);
        }

        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalTimeConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.OffsetDateTimeConverter);
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(NodaConverters.OffsetConverter);
        options.MakeReadOnly();
        return options;
    }
}
