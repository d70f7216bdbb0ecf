using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Cooperation.Serialization.Converters;

namespace Cooperation.Languages;

/// <summary>
/// A BCP 47 language tag (RFC 5646), such as <c>es</c>, <c>pt-BR</c> or <c>zh-Hans</c>, whose primary language is
/// an ISO 639 language.
/// </summary>
/// <remarks>
/// <para>
/// States notify the languages acceptable to them for requests (UNTOC art. 18(14)); drafts are rendered in one
/// of them. Parsing checks that the tag is well formed and that its primary language subtag is an ISO 639-1
/// (two-letter) or ISO 639-2 (three-letter) code, so <c>xx</c> is rejected with the value in the message.
/// Subtags are normalised to the case RFC 5646 recommends: <c>pt-br</c> becomes <c>pt-BR</c>,
/// <c>ZH-HANS</c> becomes <c>zh-Hans</c>.
/// </para>
/// <para><c>default(LanguageTag)</c> is not a valid tag; obtain instances from <see cref="Parse(string)"/>.</para>
/// </remarks>
[JsonConverter(typeof(LanguageTagJsonConverter))]
public readonly partial record struct LanguageTag
{
    private static readonly FrozenDictionary<string, string> NamesByCode = IsoLanguageTable.Entries
        .SelectMany(e => e.Alpha2 is null
            ? new[] { KeyValuePair.Create(e.Alpha3, e.Name) }
            : [KeyValuePair.Create(e.Alpha3, e.Name), KeyValuePair.Create(e.Alpha2, e.Name)])
        .DistinctBy(p => p.Key)
        .ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string? _value;

    private LanguageTag(string value) => _value = value;

    /// <summary>Gets the tag in its normalised form, for example <c>pt-BR</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("default(LanguageTag) is not a language tag; use LanguageTag.Parse.");

    /// <summary>Gets the primary language subtag, lower case, for example <c>pt</c>.</summary>
    public string Language => Value.Split('-')[0];

    /// <summary>Gets the English name of the primary language from ISO 639, for example <c>Portuguese</c>.</summary>
    public string LanguageName => NamesByCode[Language];

    /// <summary>Parses a BCP 47 language tag.</summary>
    /// <param name="value">The tag, for example <c>es</c> or <c>pt-BR</c>.</param>
    /// <returns>The normalised tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">The tag is malformed or its language is not in ISO 639; the message names the value.</exception>
    public static LanguageTag Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var tag, out var problem)
            ? tag
            : throw new FormatException($"'{value}' is not a BCP 47 language tag: {problem}");
    }


    /// <summary>Tries to parse a BCP 47 language tag.</summary>
    /// <param name="value">The tag.</param>
    /// <param name="result">The normalised tag, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the tag is well formed and its language is in ISO 639.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out LanguageTag result) => TryParse(value, out result, out _);


    /// <summary>Returns the normalised tag.</summary>
    /// <returns>The tag, for example <c>pt-BR</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    private static bool TryParse(string? value, out LanguageTag result, out string problem)
    {
        result = default;
        var match = value is null ? Match.Empty : TagPattern().Match(value.Trim());
        if (!match.Success)
        {
            problem = "expected language[-script][-region][-variant...], for example 'es', 'pt-BR' or 'zh-Hans'.";
            return false;
        }

        var language = match.Groups["language"].Value.ToLowerInvariant();
        if (!NamesByCode.ContainsKey(language))
        {
            problem = $"'{language}' is not an ISO 639-1 or ISO 639-2 language code.";
            return false;
        }

        var text = new StringBuilder(language);
        if (match.Groups["script"].Success)
        {
            var script = match.Groups["script"].Value;
            text.Append('-').Append(char.ToUpperInvariant(script[0])).Append(script[1..].ToLowerInvariant());
        }

        if (match.Groups["region"].Success)
        {
            text.Append('-').Append(match.Groups["region"].Value.ToUpperInvariant());
        }

        foreach (Capture variant in match.Groups["rest"].Captures)
        {
            text.Append('-').Append(variant.Value.ToLowerInvariant());
        }

        problem = string.Empty;
        result = new LanguageTag(text.ToString());
        return true;
    }

    // RFC 5646 langtag without extlang and grandfathered tags: language (2-3 letters), script (4 letters),
    // region (2 letters or 3 digits), then variants, extensions and private use, each 1-8 alphanumerics.
    [GeneratedRegex(
        @"^(?<language>[A-Za-z]{2,3})(?:-(?<script>[A-Za-z]{4}))?(?:-(?<region>[A-Za-z]{2}|[0-9]{3}))?(?:-(?<rest>[A-Za-z0-9]{1,8}))*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TagPattern();
}
