using Cooperation.Languages;
using Cooperation.Profiles;

namespace Cooperation.Drafting.Templates;

/// <summary>Template languages: their tags, direction, and the choice of one for a requested State.</summary>
public static class TemplateLanguages
{
    private static readonly Dictionary<TemplateLanguage, string> Tags = new()
    {
        [TemplateLanguage.English] = "en",
        [TemplateLanguage.French] = "fr",
        [TemplateLanguage.Spanish] = "es",
        [TemplateLanguage.Russian] = "ru",
        [TemplateLanguage.Arabic] = "ar",
        [TemplateLanguage.Chinese] = "zh",
        [TemplateLanguage.Portuguese] = "pt",
    };

    /// <summary>Gets the BCP 47 tag of a template language.</summary>
    /// <param name="language">The template language.</param>
    /// <returns>The tag, for example <c>fr</c>.</returns>
    public static LanguageTag Tag(TemplateLanguage language) => LanguageTag.Parse(Tags[language]);

    /// <summary>Gets a value indicating whether the language is written right to left (Arabic).</summary>
    /// <param name="language">The template language.</param>
    /// <returns><see langword="true"/> for Arabic.</returns>
    public static bool IsRightToLeft(TemplateLanguage language) => language == TemplateLanguage.Arabic;

    /// <summary>Finds the template language for a language tag (its primary language).</summary>
    /// <param name="tag">The tag, for example <c>pt-BR</c>.</param>
    /// <param name="language">The template language, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if templates exist in that language.</returns>
    public static bool TryFind(LanguageTag tag, out TemplateLanguage language)
    {
        foreach (var (candidate, code) in Tags)
        {
            if (code == tag.Language)
            {
                language = candidate;
                return true;
            }
        }

        language = TemplateLanguage.English;
        return false;
    }

    /// <summary>Chooses the template language for a requested State: the first acceptable language that has templates, else English.</summary>
    /// <param name="accepted">The languages the requested State or authority accepts, in order of preference.</param>
    /// <returns>The template language.</returns>
    public static TemplateLanguage Choose(IEnumerable<LanguageAcceptance> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        foreach (var acceptance in accepted.Where(a => a.Condition is null))
        {
            if ((acceptance.Language ?? acceptance.TranslationInto) is LanguageTag tag && TryFind(tag, out var language))
            {
                return language;
            }
        }

        return TemplateLanguage.English;
    }
}
