using Cooperation.Law;
using Cooperation.Requests;

namespace Cooperation.Abstractions.Tests.Requests;

public class MlaMeasuresTests
{
    [Theory]
    [InlineData(MlaMeasure.TakingEvidence, "UNTOC art. 18(3)(a)")]
    [InlineData(MlaMeasure.ServiceOfJudicialDocuments, "UNTOC art. 18(3)(b)")]
    [InlineData(MlaMeasure.VoluntaryAppearance, "UNTOC art. 18(3)(h)")]
    [InlineData(MlaMeasure.OtherAssistance, "UNTOC art. 18(3)(i)")]
    public void Citation_UnderUntoc_IsTheLetterOfArticle18Paragraph3(MlaMeasure measure, string expected) =>
        Assert.Equal(expected, MlaMeasures.Citation(measure, Instrument.Untoc)!.ToString());

    [Fact]
    public void Citation_UncacOnlyMeasures_ExistOnlyUnderUncac()
    {
        Assert.Equal("UNCAC art. 46(3)(k)", MlaMeasures.Citation(MlaMeasure.AssetRecovery, Instrument.Uncac)!.ToString());
        Assert.Null(MlaMeasures.Citation(MlaMeasure.AssetRecovery, Instrument.Untoc));
        Assert.Null(MlaMeasures.Citation(MlaMeasure.FreezingAndTracingUnderUncacChapterV, Instrument.DrugConvention1988));
    }

    [Fact]
    public void Citation_Under1988Convention_UsesArticle7()
    {
        Assert.Equal("1988 art. 7(2)(g)", MlaMeasures.Citation(MlaMeasure.IdentifyingOrTracingProceeds, Instrument.DrugConvention1988)!.ToString());
        Assert.Equal("1988 art. 7(3)", MlaMeasures.Citation(MlaMeasure.OtherAssistance, Instrument.DrugConvention1988)!.ToString());
        Assert.Null(MlaMeasures.Citation(MlaMeasure.VoluntaryAppearance, Instrument.DrugConvention1988));
    }

    [Fact]
    public void Citation_UnderAProtocol_IsUntocArticle18() =>
        Assert.Equal("UNTOC art. 18(3)(c)", MlaMeasures.Citation(MlaMeasure.SearchSeizureAndFreezing, Instrument.SmugglingOfMigrantsProtocol)!.ToString());

    [Fact]
    public void Citation_UndefinedMeasure_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MlaMeasures.Citation((MlaMeasure)99, Instrument.Untoc));
}
