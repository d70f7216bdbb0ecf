using Cooperation.Rules.Citations;

namespace Cooperation.Rules.Tests.Citations;

public class CitesAttributeTests
{
    [Cites("UNTOC art. 16(5)(a)")]
    [Cites("UNCAC art. 44(6)(a)")]
    private sealed class RuleCitingTwoParagraphs;

    [Cites("UNTOC art. 16(18)")]
    private sealed class RuleCitingAParagraphThatDoesNotExist;

    private sealed class RuleWithoutCitation;

    [Fact]
    public void Of_ReturnsEveryCitationInDeclarationOrder() =>
        Assert.Equal(["UNTOC art. 16(5)(a)", "UNCAC art. 44(6)(a)"], CitesAttribute.Of(typeof(RuleCitingTwoParagraphs)).Select(c => c.ToString()));

    [Fact]
    public void Of_ATypeWithoutCitation_IsEmpty() =>
        Assert.Empty(CitesAttribute.Of(typeof(RuleWithoutCitation)));

    [Fact]
    public void Of_ACitationMissingFromTheCatalogue_ThrowsNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => CitesAttribute.Of(typeof(RuleCitingAParagraphThatDoesNotExist)));
        Assert.Contains("'UNTOC art. 16(18)'", error.Message, StringComparison.Ordinal);
    }
}
