using Cooperation.Law;

namespace Cooperation.Abstractions.Tests.Law;

public class ArticleCatalogueTests
{
    [Theory]
    [InlineData("UNTOC", 41)]
    [InlineData("TIP", 20)]
    [InlineData("SOM", 25)]
    [InlineData("FP", 21)]
    [InlineData("UNCAC", 71)]
    [InlineData("1988", 34)]
    public void Articles_ListsEveryArticleOfTheInstrument_InOrder(string instrument, int count)
    {
        var articles = ArticleCatalogue.Articles(Instrument.Parse(instrument));

        Assert.Equal(count, articles.Count);
        Assert.Equal(Enumerable.Range(1, count), articles.Select(a => a.Number));
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
    }

    [Theory]
    [InlineData("UNTOC", 16, 17)]
    [InlineData("UNTOC", 18, 30)]
    [InlineData("UNTOC", 13, 9)]
    [InlineData("UNTOC", 27, 3)]
    [InlineData("UNTOC", 3, 2)]
    [InlineData("UNCAC", 44, 18)]
    [InlineData("UNCAC", 46, 30)]
    [InlineData("1988", 6, 12)]
    [InlineData("1988", 7, 20)]
    [InlineData("1988", 17, 11)]
    [InlineData("SOM", 8, 7)]
    [InlineData("FP", 13, 3)]
    public void CooperationArticles_HaveTheirParagraphs(string instrument, int article, int paragraphs)
    {
        Assert.True(ArticleCatalogue.TryFind(Instrument.Parse(instrument), article, out var entry));
        Assert.True(entry.IsStructureCatalogued);
        Assert.Equal(paragraphs, entry.Paragraphs.Count);
    }

    [Theory]
    [InlineData("UNTOC", 18, 3, "abcdefghi")]
    [InlineData("UNTOC", 18, 15, "abcdef")]
    [InlineData("UNTOC", 18, 21, "abcd")]
    [InlineData("UNTOC", 16, 5, "ab")]
    [InlineData("UNTOC", 3, 2, "abcd")]
    [InlineData("UNCAC", 46, 3, "abcdefghijk")]
    [InlineData("UNCAC", 46, 9, "abc")]
    [InlineData("1988", 7, 2, "abcdefg")]
    [InlineData("SOM", 8, 2, "abc")]
    public void CooperationParagraphs_HaveTheirSubParagraphs(string instrument, int article, int paragraph, string letters)
    {
        Assert.True(ArticleCatalogue.TryFind(Instrument.Parse(instrument), article, out var entry));
        Assert.Equal(letters, new string([.. entry.Paragraphs[paragraph - 1].SubParagraphs.Select(s => s.Letter)]));
    }

    [Fact]
    public void UntocArticle2_IsMadeOfLetteredDefinitions()
    {
        Assert.True(ArticleCatalogue.TryFind(Instrument.Untoc, 2, out var entry));

        Assert.Empty(entry.Paragraphs);
        Assert.Equal("abcdefghij", new string([.. entry.SubParagraphs.Select(s => s.Letter)]));
    }

    [Theory]
    [InlineData("UNTOC", 2)]
    [InlineData("UNTOC", 3)]
    [InlineData("UNTOC", 13)]
    [InlineData("UNTOC", 16)]
    [InlineData("UNTOC", 17)]
    [InlineData("UNTOC", 18)]
    [InlineData("UNTOC", 21)]
    [InlineData("UNTOC", 27)]
    [InlineData("UNCAC", 44)]
    [InlineData("UNCAC", 46)]
    [InlineData("1988", 6)]
    [InlineData("1988", 7)]
    [InlineData("1988", 17)]
    [InlineData("SOM", 8)]
    [InlineData("FP", 13)]
    public void TheIssuesCooperationArticles_AreAllStructureCatalogued(string instrument, int article)
    {
        Assert.True(ArticleCatalogue.TryFind(Instrument.Parse(instrument), article, out var entry));
        Assert.True(entry.IsStructureCatalogued);
    }

    [Theory]
    [InlineData("UNTOC", 16, "Extradition")]
    [InlineData("UNTOC", 18, "Mutual legal assistance")]
    [InlineData("UNCAC", 43, "International cooperation")]
    [InlineData("1988", 17, "Illicit traffic by sea")]
    [InlineData("SOM", 8, "Measures against the smuggling of migrants by sea")]
    public void Titles_FollowTheTreatyText(string instrument, int article, string title)
    {
        Assert.True(ArticleCatalogue.TryFind(Instrument.Parse(instrument), article, out var entry));
        Assert.Equal(title, entry.Title);
    }
}
