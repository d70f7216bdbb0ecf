using Cooperation.Languages;

namespace Cooperation.Abstractions.Tests.Languages;

public class LanguageTagTests
{
    [Theory]
    [InlineData("es", "es", "Spanish; Castilian")]
    [InlineData("pt-br", "pt-BR", "Portuguese")]
    [InlineData("ZH-HANS", "zh-Hans", "Chinese")]
    [InlineData("sl", "sl", "Slovenian")]
    [InlineData("es-419", "es-419", "Spanish; Castilian")]
    [InlineData("fil", "fil", "Filipino; Pilipino")]
    public void Parse_WellFormedTag_NormalisesCase(string input, string normalised, string languageName)
    {
        var tag = LanguageTag.Parse(input);

        Assert.Equal(normalised, tag.ToString());
        Assert.Equal(languageName, tag.LanguageName);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("english")]
    [InlineData("es_ES")]
    [InlineData("")]
    [InlineData("es-")]
    public void Parse_MalformedOrUnknownTag_ThrowsNamingTheValue(string input)
    {
        var error = Assert.Throws<FormatException>(() => LanguageTag.Parse(input));
        Assert.Contains($"'{input}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsNotATag() =>
        Assert.Throws<InvalidOperationException>(() => default(LanguageTag).Value);

    [Fact]
    public void Equality_IsOnTheNormalisedForm() =>
        Assert.Equal(LanguageTag.Parse("PT-br"), LanguageTag.Parse("pt-BR"));
}
