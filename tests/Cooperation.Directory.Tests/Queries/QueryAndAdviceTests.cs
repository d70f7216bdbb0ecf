using Cooperation.Directory.Access;
using Cooperation.Directory.Data;
using Cooperation.Directory.Queries;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Directory.Tests.Queries;

public class QueryAndAdviceTests
{
    private static readonly CooperationDirectory Sample = SampleData.Directory;
    private static readonly Reader Authorised = Reader.Authorised("tester");
    private static readonly StateCode Brazil = StateCode.Parse("BRA");
    private static readonly StateCode Mexico = StateCode.Parse("MEX");

    [Theory]
    [InlineData(RequestKind.Extradition, new[] { "SAMPLE-BRA-CA", "SAMPLE-NPL-CA", "SAMPLE-USA-OIA" })]
    [InlineData(RequestKind.TransferOfSentencedPersons, new string[0])]
    public void Find_ByKind_UsesTheDesignations(RequestKind kind, string[] ids) =>
        Assert.Equal(ids, Sample.Find(new AuthorityQuery(Kind: kind), Authorised).Select(a => a.Id).Where(id => id.StartsWith("SAMPLE", StringComparison.Ordinal)));

    [Fact]
    public void Find_ByInstrumentAndDesignation()
    {
        Assert.Equal(["SAMPLE-BRA-CA"], Sample.Find(new AuthorityQuery(Instrument: Instrument.DrugConvention1988), Authorised).Select(a => a.Id));
        Assert.Contains("SAMPLE-GBR-UKCA", Sample.Find(new AuthorityQuery(Designation: ArticleCitation.Parse("UNTOC art. 18")), Authorised).Select(a => a.Id));
        Assert.Contains("MEX-FGR", Sample.Find(new AuthorityQuery(Mexico, Designation: ArticleCitation.Parse("UNTOC art. 18(13)")), Reader.Anonymous).Select(a => a.Id));
    }

    [Fact]
    public void Reachability_GivesLocalTimeOpenAndNextOpening()
    {
        var brazil = Sample.Find("SAMPLE-BRA-CA", Reader.Anonymous)!;
        // Sunday 29 March 2026, 01:30 UTC: 22:30 on Saturday in Brasília.
        var report = CooperationDirectory.ReachabilityOf(brazil, Instant.FromUtc(2026, 3, 29, 1, 30));

        Assert.Equal(new LocalDateTime(2026, 3, 28, 22, 30), report.LocalTime);
        Assert.False(report.Open);
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 12, 0), report.NextOpening);
        Assert.NotNull(report.UrgentProcedure);
    }

    [Fact]
    public void Reachability_WithUnknownHours_IsUnknown_NotClosed()
    {
        var mexico = CooperationDirectory.Embedded.Find("MEX-FGR", Reader.Anonymous)!;
        var report = CooperationDirectory.ReachabilityOf(mexico, Instant.FromUtc(2026, 3, 29, 1, 30));

        Assert.NotNull(report.LocalTime);
        Assert.Null(report.Open);
        Assert.Null(report.NextOpening);
    }

    [Fact]
    public void Advice_ForMla_IsTheCentralAuthority_InAnAcceptedLanguage_CitingArticle18()
    {
        var advice = CooperationDirectory.Embedded.Advise(Brazil, Mexico, RequestKind.MutualLegalAssistance, urgent: false, Reader.Anonymous);

        Assert.Equal(Channel.CentralAuthority, advice.Channel);
        Assert.Equal(["MEX-FGR"], advice.Recipients);
        Assert.Equal("Spanish", advice.Languages[0].ToString());
        Assert.Equal(["UNTOC art. 18(13)", "UNTOC art. 18(14)"], advice.Citations.Select(c => c.ToString()));
        Assert.Empty(advice.AlternativeChannels);
    }

    [Fact]
    public void Advice_WhenTheRequestedStateRequiresIt_IsTheDiplomaticChannel()
    {
        var profile = CooperationDirectory.Embedded.Get(Mexico) with
        {
            RequiresDiplomaticChannel = new Sourced<bool>(true, "test", new LocalDate(2026, 1, 1)),
        };
        var directory = CooperationDirectory.Embedded.MergeWith(new DirectoryDocument(profiles: [profile]));

        Assert.Equal(Channel.Diplomatic, directory.Advise(Brazil, Mexico, RequestKind.MutualLegalAssistance, false, Reader.Anonymous).Channel);
    }

    [Fact]
    public void Advice_OffersInterpol_OnlyWhenUrgentAndAccepted()
    {
        var usa = StateCode.Parse("USA");

        Assert.DoesNotContain(Channel.Interpol, Sample.Advise(Brazil, usa, RequestKind.MutualLegalAssistance, false, Reader.Anonymous).AlternativeChannels);
        Assert.Contains(Channel.Interpol, Sample.Advise(Brazil, usa, RequestKind.MutualLegalAssistance, true, Reader.Anonymous).AlternativeChannels);
        Assert.DoesNotContain(Channel.Interpol, Sample.Advise(usa, StateCode.Parse("NPL"), RequestKind.MutualLegalAssistance, true, Authorised).AlternativeChannels);
    }

    [Fact]
    public void Advice_WithNoKnownCentralAuthority_IsInformationNeeded()
    {
        var advice = CooperationDirectory.Embedded.Advise(Mexico, StateCode.Parse("TUV"), RequestKind.MutualLegalAssistance, false, Reader.Anonymous);

        Assert.Null(advice.Channel);
        Assert.Contains(Channel.Diplomatic, advice.AlternativeChannels);
        Assert.Contains(advice.Notes, n => n.Contains("information needed", StringComparison.Ordinal));
    }

    [Fact]
    public void Advice_ForExtradition_CitesArticle16Paragraph7_AndTheRecordedChannels()
    {
        var advice = Sample.Advise(Mexico, Brazil, RequestKind.Extradition, true, Reader.Anonymous);

        Assert.Equal(Channel.CentralAuthority, advice.Channel);
        Assert.Contains(advice.Citations, c => c.ToString() == "UNTOC art. 16(7)");
        Assert.Contains(advice.Citations, c => c.ToString() == "UNTOC art. 16(9)");
    }

    [Fact]
    public void MergeWith_ReplacesAProfileAsAWhole_AndKeepsTheOthers()
    {
        var replacement = StateProfile.Unknown(Mexico);
        var merged = CooperationDirectory.Embedded.MergeWith(new DirectoryDocument(profiles: [replacement]));

        Assert.Same(replacement, merged.Get(Mexico));
        Assert.Same(CooperationDirectory.Embedded.Get(Brazil), merged.Get(Brazil));
    }
}
