using Cooperation.Law;

namespace Cooperation.Serialization.Converters;

/// <summary>Reads and writes a citation in its canonical text form, for example <c>UNTOC art. 16(5)(a)</c>.</summary>
public sealed class ArticleCitationJsonConverter : ParsedStringConverter<ArticleCitation>
{
    /// <inheritdoc/>
    protected override ArticleCitation Parse(string text) => ArticleCitation.Parse(text);
}
