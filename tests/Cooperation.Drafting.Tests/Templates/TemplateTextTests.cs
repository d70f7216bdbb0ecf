using Cooperation.Drafting.Templates;
using Cooperation.Languages;
using Cooperation.Profiles;

namespace Cooperation.Drafting.Tests.Templates;

public class TemplateTextTests
{
    public static TheoryData<TemplateLanguage> Languages() => [.. Enum.GetValues<TemplateLanguage>()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTemplateKey_ExistsInEveryLanguage_AndNoOther(TemplateLanguage language)
    {
        var keys = TemplateText.KeysOf(language);

        Assert.Empty(TemplateText.Keys.Except(keys));
        Assert.Empty(keys.Except(TemplateText.Keys));
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(TemplateText.Get(language, k))));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Placeholders_AreTheSameInEveryLanguage(TemplateLanguage language)
    {
        foreach (var key in TemplateText.Keys)
        {
            Assert.Equal(TemplateText.Get(TemplateLanguage.English, key).Contains("{0}", StringComparison.Ordinal), TemplateText.Get(language, key).Contains("{0}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Choose_TakesTheFirstAcceptedLanguageThatHasTemplates()
    {
        Assert.Equal(TemplateLanguage.Spanish, TemplateLanguages.Choose([new LanguageAcceptance(LanguageTag.Parse("es"), null), new LanguageAcceptance(null, LanguageTag.Parse("es"))]));
        Assert.Equal(TemplateLanguage.Portuguese, TemplateLanguages.Choose([new LanguageAcceptance(LanguageTag.Parse("sl"), null), new LanguageAcceptance(null, LanguageTag.Parse("pt"))]));
        Assert.Equal(TemplateLanguage.English, TemplateLanguages.Choose([new LanguageAcceptance(LanguageTag.Parse("sl"), null)]));
        Assert.Equal(TemplateLanguage.English, TemplateLanguages.Choose([]));
    }

    [Fact]
    public void OnlyArabic_IsRightToLeft() =>
        Assert.Equal([TemplateLanguage.Arabic], Enum.GetValues<TemplateLanguage>().Where(TemplateLanguages.IsRightToLeft));
}
