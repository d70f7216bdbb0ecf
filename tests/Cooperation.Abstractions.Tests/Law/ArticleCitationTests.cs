using Cooperation.Law;
using FsCheck.Xunit;

namespace Cooperation.Abstractions.Tests.Law;

public class ArticleCitationTests
{
    [Theory]
    [InlineData("UNTOC art. 16(5)(a)")]
    [InlineData("SOM art. 8(2)")]
    [InlineData("FP art. 13(2)")]
    [InlineData("TIP art. 5")]
    [InlineData("UNCAC art. 44(2)")]
    [InlineData("1988 art. 6(9)(a)")]
    [InlineData("UNTOC art. 2(b)")]
    [InlineData("UNTOC art. 18(3)(i)")]
    [InlineData("UNTOC art. 27(1)(b)(iii)")]
    [InlineData("UNCAC art. 46(3)(k)")]
    [InlineData("UNCAC art. 43(2)")]
    public void Parse_CanonicalForm_RoundTripsToTheSameText(string text) =>
        Assert.Equal(text, ArticleCitation.Parse(text).ToString());

    [Theory]
    [InlineData("untoc   art 16 (5) (a)", "UNTOC art. 16(5)(a)")]
    [InlineData("UNTOC article 18(13)", "UNTOC art. 18(13)")]
    [InlineData("C1988 art. 7(2)(G)", "1988 art. 7(2)(g)")]
    public void Parse_TolerantForms_NormaliseToCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, ArticleCitation.Parse(text).ToString());

    [Fact]
    public void Parse_ExposesEachPart()
    {
        var citation = ArticleCitation.Parse("UNTOC art. 27(1)(b)(ii)");

        Assert.Same(Instrument.Untoc, citation.Instrument);
        Assert.Equal(27, citation.Article);
        Assert.Equal(1, citation.Paragraph);
        Assert.Equal('b', citation.SubParagraph);
        Assert.Equal(2, citation.Clause);
        Assert.Equal("Law enforcement cooperation", citation.ArticleTitle);
        Assert.Equal("UNTOC art. 27(1)(b)", citation.Parent!.ToString());
    }

    [Theory]
    [InlineData("UNTOC art. 16(18)", "no paragraph 18")]
    [InlineData("UNTOC art. 18(31)", "no paragraph 31")]
    [InlineData("UNTOC art. 18(3)(j)", "no sub-paragraph (j)")]
    [InlineData("UNTOC art. 16(5)(c)", "no sub-paragraph (c)")]
    [InlineData("UNTOC art. 16(4)(a)", "no sub-paragraphs")]
    [InlineData("UNTOC art. 42", "no article 42")]
    [InlineData("UNTOC art. 0", "no article 0")]
    [InlineData("UNTOC art. 2(1)", "no numbered paragraphs")]
    [InlineData("UNTOC art. 2(k)", "no sub-paragraph (k)")]
    [InlineData("UNTOC art. 17(1)", "no numbered paragraphs")]
    [InlineData("UNTOC art. 18(b)", "cite the paragraph")]
    [InlineData("UNTOC art. 7(1)", "only be cited as a whole")]
    [InlineData("UNTOC art. 27(1)(b)(iv)", "no clause 4")]
    [InlineData("UNCAC art. 72", "no article 72")]
    [InlineData("1988 art. 7(21)", "no paragraph 21")]
    [InlineData("ECHR art. 6", "expected the form")]
    [InlineData("UNTOC 16(5)", "expected the form")]
    [InlineData("", "expected the form")]
    public void Parse_ProvisionThatDoesNotExist_ThrowsNamingValueAndReason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ArticleCitation.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ProvisionThatDoesNotExist_Throws() =>
        Assert.Throws<ArgumentException>(() => ArticleCitation.Create(Instrument.Untoc, 16, 18));

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(ArticleCitation.Parse("UNTOC art. 16(5)(a)"), ArticleCitation.Create(Instrument.Untoc, 16, 5, 'A'));
        Assert.NotEqual(ArticleCitation.Parse("UNTOC art. 16(5)"), ArticleCitation.Parse("UNCAC art. 16(2)").Parent);
    }

    [Fact]
    public void CompareTo_OrdersByInstrumentThenArticleThenParagraph()
    {
        var sorted = new[] { "UNCAC art. 44", "UNTOC art. 18(2)", "UNTOC art. 16(5)(a)", "UNTOC art. 16", "UNTOC art. 16(5)", "SOM art. 8" }
            .Select(ArticleCitation.Parse).Order().Select(c => c.ToString());

        Assert.Equal(["UNTOC art. 16", "UNTOC art. 16(5)", "UNTOC art. 16(5)(a)", "UNTOC art. 18(2)", "SOM art. 8", "UNCAC art. 44"], sorted);
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Parse_OfToString_IsTheSameCitation(ArticleCitation citation) =>
        ArticleCitation.Parse(citation.ToString()) == citation;

    [Property]
    public bool TryParse_OfArbitraryText_EitherFailsOrYieldsACanonicalFixedPoint(string? text) =>
        !ArticleCitation.TryParse(text, out var citation)
        || ArticleCitation.Parse(citation.ToString()).ToString() == citation.ToString();

    [Property]
    public bool Create_WithArbitraryNumbers_EitherThrowsOrYieldsACataloguedProvision(byte article, byte? paragraph, char? letter, byte? clause)
    {
        try
        {
            var citation = ArticleCitation.Create(Instrument.Untoc, article, paragraph, letter, clause);
            return Arbitraries.AllCatalogued.Contains(citation);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
