using Cooperation.Languages;

namespace Cooperation.Profiles;

/// <summary>
/// One way a request may be written acceptably to a State or authority (UNTOC art. 18(14)): in a language, or in
/// any language with a translation into a language, possibly under a condition.
/// </summary>
/// <param name="Language">The language the request may be in, or <see langword="null"/> for any language.</param>
/// <param name="TranslationInto">A language a translation must be attached in, or <see langword="null"/> if none is needed.</param>
/// <param name="Condition">A condition in English, for example "only if a Slovenian translation is impossible".</param>
/// <remarks>
/// A State's acceptances are ordered by preference. Mexico, for example: Spanish; or any language accompanied by a
/// Spanish translation. Slovenia: Slovenian (or a Slovenian translation); if that is impossible, English (or an
/// English translation).
/// </remarks>
public sealed record LanguageAcceptance(LanguageTag? Language, LanguageTag? TranslationInto, string? Condition = null)
{
    /// <summary>Describes the acceptance in English, for example <c>any language with a translation into Spanish</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = (Language, TranslationInto) switch
        {
            (LanguageTag l, null) => NameOf(l),
            (LanguageTag l, LanguageTag t) => $"{NameOf(l)} with a translation into {NameOf(t)}",
            (null, LanguageTag t) => $"any language with a translation into {NameOf(t)}",
            _ => "any language",
        };
        return Condition is null ? text : $"{text} ({Condition})";
    }

    private static string NameOf(LanguageTag tag) => tag.LanguageName.Split(';')[0];
}
