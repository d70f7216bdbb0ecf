using Cooperation.Drafting.Contents;
using Cooperation.Law;
using Cooperation.Requests;

namespace Cooperation.Drafting.Tests.Contents;

public class MlaRequestContentsTests
{
    [Theory]
    [InlineData("UNTOC", "UNTOC art. 18(15)")]
    [InlineData("SOM", "UNTOC art. 18(15)")]
    [InlineData("UNCAC", "UNCAC art. 46(15)")]
    [InlineData("1988", "1988 art. 7(10)")]
    public void For_CitesTheSixSubParagraphsOfTheInstrumentsArticle(string instrument, string paragraph)
    {
        var items = MlaRequestContents.For(Instrument.Parse(instrument));

        Assert.Equal(["a", "b", "c", "d", "e", "f"], items.Select(i => i.Citation.SubParagraph.ToString()));
        Assert.All(items, i => Assert.Equal(paragraph, i.Citation.Parent!.ToString()));
    }

    [Fact]
    public void FactsSummary_IsNotNeeded_WhenTheOnlyMeasureIsServiceOfDocuments()
    {
        var facts = MlaRequestContents.For(Instrument.Untoc).Single(i => i.Key == "factsSummary");

        Assert.False(MlaRequestContents.IsRequired(facts, [MlaMeasure.ServiceOfJudicialDocuments]));
        Assert.True(MlaRequestContents.IsRequired(facts, [MlaMeasure.ServiceOfJudicialDocuments, MlaMeasure.TakingEvidence]));
        Assert.True(MlaRequestContents.IsRequired(facts, [MlaMeasure.TakingEvidence]));
    }

    [Fact]
    public void PersonsConcerned_IsOnlyWherePossible()
    {
        var persons = MlaRequestContents.For(Instrument.Untoc).Single(i => i.Key == "personsConcerned");

        Assert.Equal(Necessity.WherePossible, persons.Necessity);
        Assert.False(MlaRequestContents.IsRequired(persons, [MlaMeasure.TakingEvidence]));
    }
}
