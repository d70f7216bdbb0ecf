using Cooperation.Languages;

namespace Cooperation.Serialization.Converters;

/// <summary>Reads and writes a BCP 47 language tag.</summary>
public sealed class LanguageTagJsonConverter : ParsedStringConverter<LanguageTag>
{
    /// <inheritdoc/>
    protected override LanguageTag Parse(string text) => LanguageTag.Parse(text);
}
