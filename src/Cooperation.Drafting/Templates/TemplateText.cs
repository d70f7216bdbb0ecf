using System.Globalization;
using Cooperation.Drafting.Templates.Languages;

namespace Cooperation.Drafting.Templates;

/// <summary>The fixed text of the request templates, by key, in each template language.</summary>
/// <remarks>English holds the reference key set; a test fails if any language lacks a key or has an extra one.</remarks>
public static class TemplateText
{
    private static readonly Dictionary<TemplateLanguage, IReadOnlyDictionary<string, string>> Texts = new()
    {
        [TemplateLanguage.English] = English.Text,
        [TemplateLanguage.French] = French.Text,
        [TemplateLanguage.Spanish] = Spanish.Text,
        [TemplateLanguage.Russian] = Russian.Text,
        [TemplateLanguage.Arabic] = Arabic.Text,
        [TemplateLanguage.Chinese] = Chinese.Text,
        [TemplateLanguage.Portuguese] = Portuguese.Text,
    };

    /// <summary>Gets every key, from the English reference set.</summary>
    public static IReadOnlyCollection<string> Keys => [.. English.Text.Keys];

    /// <summary>Gets the keys a language defines.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its keys.</returns>
    public static IReadOnlyCollection<string> KeysOf(TemplateLanguage language) => [.. Texts[language].Keys];

    /// <summary>Gets the text of a key in a language, with arguments filled in.</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">The key, for example <c>section.facts</c>.</param>
    /// <param name="arguments">Values for the placeholders ({0}, ...).</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The language has no text for the key.</exception>
    public static string Get(TemplateLanguage language, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = Texts[language].TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The {language} templates have no text for '{key}'.");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
