using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Tests.Support;

namespace Cooperation.Tracking.Tests.Compliance;

/// <summary>Refusals and postponements judged against UNTOC arts. 16(15)-(16) and 18(8), 18(22), 18(26), with the rules engine.</summary>
public class ComplianceReviewTests
{
    private readonly ComplianceReview _review = new(Sample.Evaluator.Value);

    [Fact]
    public void ARefusalOfAssistance_OnBankSecrecy_IsFlaggedWith18_8()
    {
        var file = Refuse(RequestKind.MutualLegalAssistance, consult: true, RefusalGround.BankSecrecy);
        var flag = Assert.Single(_review.Review(file));
        Assert.Equal(("excludedRefusalGround", "UNTOC art. 18(8)", RefusalGround.BankSecrecy), (flag.Code, flag.Citation.ToString(), flag.Ground));
        Assert.Equal(file.History[^1].Sequence, flag.EventSequence);
    }

    [Fact]
    public void ARefusalOfAssistance_OnFiscalMattersAlone_IsFlaggedWith18_22()
    {
        var flag = Assert.Single(_review.Review(Refuse(RequestKind.MutualLegalAssistance, consult: true, RefusalGround.Fiscal)));
        Assert.Equal(("excludedRefusalGround", "UNTOC art. 18(22)"), (flag.Code, flag.Citation.ToString()));
    }

    [Fact]
    public void ARefusalOfExtradition_OnFiscalMattersAlone_IsFlaggedWith16_15()
    {
        var flag = Assert.Single(_review.Review(Refuse(RequestKind.Extradition, consult: true, RefusalGround.Fiscal)));
        Assert.Equal(("excludedRefusalGround", "UNTOC art. 16(15)"), (flag.Code, flag.Citation.ToString()));
    }

    [Fact]
    public void ARefusalOnOngoingProceedings_IsFlagged_TheyAllowPostponingOnly()
    {
        var flag = Assert.Single(_review.Review(Refuse(RequestKind.MutualLegalAssistance, consult: true, RefusalGround.OngoingProceedings)));
        Assert.Equal(("refusalOnPostponementGround", "UNTOC art. 18(25)"), (flag.Code, flag.Citation.ToString()));
    }

    [Fact]
    public void UnderUncac_ARefusalOnOngoingProceedings_Cites46_25()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming() with { LegalBasis = [InvokedLegalBasis.Convention(Law.ArticleCitation.Parse("UNCAC art. 46"))] }, "registry");
        tracker.Record(file.Id, new EventEntry(RequestEventKind.ConsultationHeld, "Call."), "officer");
        var refused = tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "Reasons.", [RefusalGround.OngoingProceedings]), "officer");
        Assert.Equal("UNCAC art. 46(25)", _review.Review(refused).Single(f => f.Code == "refusalOnPostponementGround").Citation.ToString());
    }

    [Fact]
    public void ARefusalOnAGroundTheConventionLeavesOpen_IsNotFlagged()
    {
        Assert.Empty(_review.Review(Refuse(RequestKind.MutualLegalAssistance, consult: true, RefusalGround.EssentialInterests)));
    }

    [Fact]
    public void ARefusalWithoutConsultation_IsFlaggedWith18_26_ForAssistance_And16_16_ForExtradition()
    {
        var mla = Assert.Single(_review.Review(Refuse(RequestKind.MutualLegalAssistance, consult: false, RefusalGround.EssentialInterests)));
        Assert.Equal(("refusalWithoutConsultation", "UNTOC art. 18(26)"), (mla.Code, mla.Citation.ToString()));
        var extradition = Assert.Single(_review.Review(Refuse(RequestKind.Extradition, consult: false, RefusalGround.Nationality)), f => f.Code == "refusalWithoutConsultation");
        Assert.Equal("UNTOC art. 16(16)", extradition.Citation.ToString());
    }

    [Fact]
    public void APostponementWithoutConsultation_IsFlagged_AndWithOneIsNot()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(), "registry");
        file = tracker.Record(file.Id, Sample.Complete(RequestEventKind.Postponed), "officer");
        var flag = Assert.Single(_review.Review(file));
        Assert.Equal(("postponementWithoutConsultation", "UNTOC art. 18(26)"), (flag.Code, flag.Citation.ToString()));

        var consulted = tracker.Open(Sample.Incoming(), "registry");
        tracker.Record(consulted.Id, new EventEntry(RequestEventKind.ConsultationHeld, "Call with the requesting authority."), "officer");
        Assert.Empty(_review.Review(tracker.Record(consulted.Id, Sample.Complete(RequestEventKind.Postponed), "officer")));
    }

    [Fact]
    public void ARefusalOfExtradition_WhereConsultationWasNotAppropriate_IsNotFlaggedForIt()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(RequestKind.Extradition), "registry");
        tracker.Record(file.Id, Sample.Complete(RequestEventKind.ConsultationNotAppropriate), "officer");
        var refused = tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "Reasons.", [RefusalGround.EssentialInterests]), "officer");
        Assert.DoesNotContain(_review.Review(refused), f => f.Code == "refusalWithoutConsultation");
    }

    [Theory]
    [InlineData("UNCAC art. 46", "refused", "UNCAC art. 46(26)")]
    [InlineData("UNCAC art. 46", "postponed", "UNCAC art. 46(26)")]
    [InlineData("1988 art. 7", "refused", null)]
    [InlineData("1988 art. 7", "postponed", "1988 art. 7(17)")]
    public void TheConsultationDuty_IsTheInvokedConventions(string basis, string what, string? citation)
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming() with { LegalBasis = [InvokedLegalBasis.Convention(Law.ArticleCitation.Parse(basis))] }, "registry");
        var kind = what == "refused" ? RequestEventKind.Refused : RequestEventKind.Postponed;
        var flags = _review.Review(tracker.Record(file.Id, Sample.Complete(kind), "officer"));
        Assert.Equal(citation, flags.SingleOrDefault(f => f.Code.EndsWith("WithoutConsultation", StringComparison.Ordinal))?.Citation.ToString());
    }

    [Fact]
    public void UnderUncac_ARefusalOfExtraditionWithoutConsultation_Cites44_17()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(RequestKind.Extradition) with { LegalBasis = [InvokedLegalBasis.Convention(Law.ArticleCitation.Parse("UNCAC art. 44"))] }, "registry");
        var refused = tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "Reasons.", [RefusalGround.EssentialInterests]), "officer");
        Assert.Equal("UNCAC art. 44(17)", _review.Review(refused).Single(f => f.Code == "refusalWithoutConsultation").Citation.ToString());
    }

    [Fact]
    public void ARequestUnderATreatyAlone_GetsNoConsultationFlag_TheTreatyGovernsIt()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming() with { LegalBasis = [InvokedLegalBasis.Treaty("Bilateral MLA treaty")] }, "registry");
        Assert.DoesNotContain(_review.Review(tracker.Record(file.Id, Sample.Complete(RequestEventKind.Refused), "officer")), f => f.Code == "refusalWithoutConsultation");
    }

    private static CaseFile Refuse(RequestKind kind, bool consult, params RefusalGround[] grounds)
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Outgoing(kind), "prosecutor");
        tracker.Record(file.Id, new EventEntry(RequestEventKind.Sent), "central-authority");
        tracker.Record(file.Id, new EventEntry(RequestEventKind.Acknowledged), "central-authority");
        if (consult)
        {
            tracker.Record(file.Id, new EventEntry(RequestEventKind.ConsultationHeld, "Video call."), "central-authority");
        }

        return tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "Reasons as stated in the reply.", grounds), "central-authority");
    }
}
