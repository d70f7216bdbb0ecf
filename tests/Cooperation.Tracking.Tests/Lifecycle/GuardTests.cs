using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Tests.Support;
using NodaTime;

namespace Cooperation.Tracking.Tests.Lifecycle;

/// <summary>What the convention requires an event to carry, and the tracker's own guarantees (clock, actor, versions, append-only).</summary>
public class GuardTests
{
    [Fact]
    public void ARefusal_WithoutReasons_IsRejected_Citing18_23()
    {
        var (tracker, file) = Received();
        var e = Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "  ", [RefusalGround.EssentialInterests]), "officer"));
        Assert.Contains("18(23)", e.Message, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Received, tracker.Get(file.Id).Status);
    }

    [Fact]
    public void ARefusal_WithoutGrounds_IsRejected()
    {
        var (tracker, file) = Received();
        var e = Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.Refused, "Reasons."), "officer"));
        Assert.Contains("grounds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APostponement_WithoutItsReason_IsRejected_Citing18_25()
    {
        var (tracker, file) = Received();
        var e = Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.Postponed), "officer"));
        Assert.Contains("18(25)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptedConditions_MustBeStated()
    {
        var (tracker, file) = Received();
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.ConditionsAccepted), "officer"));
    }

    [Fact]
    public void ASuggestedDeadline_NeedsItsReasons_Citing18_24()
    {
        var (tracker, file) = Received();
        var e = Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.DeadlineSuggested, Deadline: new SuggestedDeadline(new LocalDate(2026, 5, 1), "")), "officer"));
        Assert.Contains("18(24)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grounds_BelongOnlyToRefusalsAndPostponements()
    {
        var (tracker, file) = Received();
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.ExecutionStarted, Grounds: [RefusalGround.Fiscal]), "officer"));
    }

    [Fact]
    public void TheCatalogueMark_NeedsTheConventionAsBasis_AndIsGivenOnce()
    {
        var (tracker, _, _) = Sample.Tracker();
        var treatyOnly = tracker.Open(Sample.Incoming() with { LegalBasis = [InvokedLegalBasis.Treaty("Bilateral treaty")] }, "registry");
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(treatyOnly.Id, new EventEntry(RequestEventKind.MarkedForCatalogue), "registry"));

        var untoc = tracker.Open(Sample.Incoming(), "registry");
        var marked = tracker.Record(untoc.Id, new EventEntry(RequestEventKind.MarkedForCatalogue), "registry");
        Assert.True(marked.IsMarkedForCatalogue);
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(untoc.Id, new EventEntry(RequestEventKind.MarkedForCatalogue), "registry"));
    }

    [Fact]
    public void Events_AreStampedWithTheInjectedClock_AndTheActor()
    {
        var (tracker, clock, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Outgoing(), "prosecutor-7", "drafted from case 2026/114");
        clock.Reset(Instant.FromUtc(2026, 2, 1, 10, 0));
        var sent = tracker.Record(file.Id, new EventEntry(RequestEventKind.Sent, "by e-mail"), "central-authority-2");
        Assert.Equal(Sample.Start, file.OpenedAt);
        Assert.Equal(Instant.FromUtc(2026, 2, 1, 10, 0), sent.History[1].At);
        Assert.Equal(("prosecutor-7", "drafted from case 2026/114"), (sent.History[0].Actor, sent.History[0].Note));
        Assert.Equal("central-authority-2", sent.History[1].Actor);
        Assert.Equal(sent.History[1].At, sent.StartedAt);
    }

    [Fact]
    public void AnEventOnAStaleVersion_IsAConflict_AndWritesNothing()
    {
        var (tracker, file) = Received();
        tracker.Record(file.Id, new EventEntry(RequestEventKind.ExecutionStarted), "officer-1", expectedVersion: file.Version);
        var e = Assert.Throws<RequestConflictException>(() => tracker.Record(file.Id, Sample.Complete(RequestEventKind.Refused), "officer-2", expectedVersion: file.Version));
        Assert.Equal((file.Version, file.Version + 1), (e.ExpectedVersion, e.ActualVersion));
        Assert.Equal(RequestStatus.InExecution, tracker.Get(file.Id).Status);
    }

    [Fact]
    public void TheStore_RefusesAnEventOutOfSequence()
    {
        var (tracker, clock, store) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(), "registry");
        Assert.Throws<RequestConflictException>(() => store.Append(file.Id, new RequestEvent(3, RequestEventKind.NoteAdded, clock.GetCurrentInstant(), "x", "")));
        Assert.Throws<KeyNotFoundException>(() => store.Append(99, new RequestEvent(2, RequestEventKind.NoteAdded, clock.GetCurrentInstant(), "x", "")));
    }

    [Fact]
    public void UnknownRequests_AndTheErasureEvent_AreRefusedClearly()
    {
        var (tracker, file) = Received();
        Assert.Contains("No request 42", Assert.Throws<KeyNotFoundException>(() => tracker.Get(42)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.PersonalDataErased), "officer"));
        Assert.Throws<ArgumentException>(() => tracker.Open(Sample.Incoming(from: "ESP"), "registry"));
        Assert.Throws<ArgumentException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.NoteAdded), " "));
    }

    [Fact]
    public void ErasingPersonalData_KeepsTheHistory_AndRecordsTheErasure()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(), "registry", personalData: new PersonalData([new PersonConcerned("A. Person", "witness")]));
        Assert.Equal("A. Person", tracker.PersonalData(file.Id)!.Persons[0].Name);
        var after = tracker.ErasePersonalData(file.Id, "dpo", "retention period ended");
        Assert.Null(tracker.PersonalData(file.Id));
        Assert.Equal([RequestEventKind.Opened, RequestEventKind.PersonalDataErased], after.History.Select(e => e.Kind));
        Assert.Equal(file.Details, tracker.Get(file.Id).Details);
    }

    [Fact]
    public void AHistory_ThatBreaksTheLifecycle_CannotBecomeAFile()
    {
        var at = Sample.Start;
        Assert.Throws<ArgumentException>(() => new CaseFile(1, Sample.Outgoing(), [new RequestEvent(1, RequestEventKind.Opened, at, "x", ""), new RequestEvent(2, RequestEventKind.Executed, at, "x", "")]));
        Assert.Throws<ArgumentException>(() => new CaseFile(1, Sample.Outgoing(), [new RequestEvent(1, RequestEventKind.Opened, at, "x", ""), new RequestEvent(3, RequestEventKind.Sent, at, "x", "")]));
        Assert.Throws<ArgumentException>(() => new CaseFile(1, Sample.Outgoing(), []));
    }

    private static (RequestTracker Tracker, CaseFile File) Received()
    {
        var (tracker, _, _) = Sample.Tracker();
        return (tracker, tracker.Open(Sample.Incoming(), "registry"));
    }
}
