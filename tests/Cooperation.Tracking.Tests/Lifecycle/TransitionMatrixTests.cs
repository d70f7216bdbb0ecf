using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Tests.Support;
using static Cooperation.Tracking.Lifecycle.RequestEventKind;
using static Cooperation.Tracking.Lifecycle.RequestStatus;

namespace Cooperation.Tracking.Tests.Lifecycle;

/// <summary>
/// Every event kind tried in every status, against a table written out here from the issue and the convention
/// (not derived from the implementation's table): what is allowed, and where it leads.
/// </summary>
public class TransitionMatrixTests
{
    // Events that record without moving the status: consultations, progress queries and deadlines while the request
    // is open and past drafting (deadlines from drafting on), the catalogue mark once sent, notes always.
    private static readonly RequestEventKind[] Recorders = [ConsultationHeld, ConsultationNotAppropriate, ProgressQueried, DeadlineSuggested, MarkedForCatalogue, NoteAdded];

    private static readonly Dictionary<RequestStatus, Dictionary<RequestEventKind, RequestStatus>> Expected = new()
    {
        [Drafted] = new() { [RequestEventKind.Sent] = RequestStatus.Sent, [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn, [DeadlineSuggested] = Drafted, [NoteAdded] = Drafted },
        [RequestStatus.Sent] = Open(RequestStatus.Sent, new() { [Acknowledged] = Received, [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn }),
        [Received] = Open(Received, new()
        {
            [RequestEventKind.AdditionalInformationRequested] = RequestStatus.AdditionalInformationRequested, [ExecutionStarted] = InExecution,
            [ConditionsAccepted] = ConditionallyGranted, [RequestEventKind.Postponed] = RequestStatus.Postponed,
            [RequestEventKind.Refused] = RequestStatus.Refused, [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn,
        }),
        [RequestStatus.AdditionalInformationRequested] = Open(RequestStatus.AdditionalInformationRequested, new()
        {
            [AdditionalInformationProvided] = Received, [ConditionsAccepted] = ConditionallyGranted,
            [RequestEventKind.Refused] = RequestStatus.Refused, [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn,
        }),
        [InExecution] = Open(InExecution, new()
        {
            [RequestEventKind.AdditionalInformationRequested] = RequestStatus.AdditionalInformationRequested, [ConditionsAccepted] = ConditionallyGranted,
            [RequestEventKind.Postponed] = RequestStatus.Postponed, [RequestEventKind.Executed] = RequestStatus.Executed,
            [RequestEventKind.PartiallyExecuted] = RequestStatus.PartiallyExecuted, [RequestEventKind.Refused] = RequestStatus.Refused,
            [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn,
        }),
        [ConditionallyGranted] = Open(ConditionallyGranted, new()
        {
            [RequestEventKind.AdditionalInformationRequested] = RequestStatus.AdditionalInformationRequested, [ExecutionStarted] = InExecution,
            [RequestEventKind.Postponed] = RequestStatus.Postponed, [RequestEventKind.Executed] = RequestStatus.Executed,
            [RequestEventKind.PartiallyExecuted] = RequestStatus.PartiallyExecuted, [RequestEventKind.Refused] = RequestStatus.Refused,
            [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn,
        }),
        [RequestStatus.Postponed] = Open(RequestStatus.Postponed, new()
        {
            [RequestEventKind.AdditionalInformationRequested] = RequestStatus.AdditionalInformationRequested, [ExecutionStarted] = InExecution,
            [ConditionsAccepted] = ConditionallyGranted, [RequestEventKind.Refused] = RequestStatus.Refused,
            [RequestEventKind.Withdrawn] = RequestStatus.Withdrawn,
        }),
        [RequestStatus.Executed] = Final(RequestStatus.Executed),
        [RequestStatus.PartiallyExecuted] = Final(RequestStatus.PartiallyExecuted),
        [RequestStatus.Refused] = Final(RequestStatus.Refused),
        [RequestStatus.Withdrawn] = Final(RequestStatus.Withdrawn),
    };

    // How to reach each status from a new outgoing request.
    private static readonly Dictionary<RequestStatus, RequestEventKind[]> Paths = new()
    {
        [Drafted] = [],
        [RequestStatus.Sent] = [RequestEventKind.Sent],
        [Received] = [RequestEventKind.Sent, Acknowledged],
        [RequestStatus.AdditionalInformationRequested] = [RequestEventKind.Sent, Acknowledged, RequestEventKind.AdditionalInformationRequested],
        [InExecution] = [RequestEventKind.Sent, Acknowledged, ExecutionStarted],
        [ConditionallyGranted] = [RequestEventKind.Sent, Acknowledged, ConditionsAccepted],
        [RequestStatus.Postponed] = [RequestEventKind.Sent, Acknowledged, ExecutionStarted, RequestEventKind.Postponed],
        [RequestStatus.Executed] = [RequestEventKind.Sent, Acknowledged, ExecutionStarted, RequestEventKind.Executed],
        [RequestStatus.PartiallyExecuted] = [RequestEventKind.Sent, Acknowledged, ExecutionStarted, RequestEventKind.PartiallyExecuted],
        [RequestStatus.Refused] = [RequestEventKind.Sent, Acknowledged, RequestEventKind.Refused],
        [RequestStatus.Withdrawn] = [RequestEventKind.Sent, RequestEventKind.Withdrawn],
    };

    public static TheoryData<RequestStatus, RequestEventKind> Pairs()
    {
        var data = new TheoryData<RequestStatus, RequestEventKind>();
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var kind in Enum.GetValues<RequestEventKind>().Where(k => k is not (Opened or PersonalDataErased)))
            {
                data.Add(status, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void EveryEventInEveryStatus_IsAllowedOrRefusedAsTheTableSays(RequestStatus status, RequestEventKind kind)
    {
        var (tracker, _, _) = Sample.Tracker();
        // An extradition request, the kind for which every event is open (consultation "where appropriate" is its alone).
        var file = tracker.Open(Sample.Outgoing(Cooperation.Requests.RequestKind.Extradition), "clerk");
        foreach (var step in Paths[status])
        {
            file = tracker.Record(file.Id, Sample.Complete(step), "clerk");
        }

        Assert.Equal(status, file.Status);
        if (Expected[status].TryGetValue(kind, out var next))
        {
            var after = tracker.Record(file.Id, Sample.Complete(kind), "officer");
            Assert.Equal(next, after.Status);
            Assert.Equal(file.Version + 1, after.Version);
            Assert.Equal(kind, after.History[^1].Kind);
            Assert.Equal("officer", after.History[^1].Actor);
        }
        else
        {
            var e = Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, Sample.Complete(kind), "officer"));
            Assert.Equal(status, e.Status);
            Assert.Contains("Allowed now:", e.Message, StringComparison.Ordinal);
            Assert.Equal(file.Version, tracker.Get(file.Id).Version);
        }
    }

    [Fact]
    public void AllowedNext_MatchesTheTable()
    {
        foreach (var (status, allowed) in Expected)
        {
            Assert.Equal(allowed.Keys.Order(), RequestLifecycle.Allowed(status).Order());
        }
    }

    [Fact]
    public void ConsultationNotAppropriate_IsForExtraditionOnly_AndNeedsItsReason()
    {
        var (tracker, _, _) = Sample.Tracker();
        var mla = tracker.Open(Sample.Incoming(), "registry");
        Assert.Contains("18(26)", Assert.Throws<InvalidTransitionException>(() => tracker.Record(mla.Id, Sample.Complete(ConsultationNotAppropriate), "officer")).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsultationNotAppropriate, RequestLifecycle.Allowed(mla));

        var extradition = tracker.Open(Sample.Incoming(Cooperation.Requests.RequestKind.Extradition), "registry");
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(extradition.Id, new EventEntry(ConsultationNotAppropriate), "officer"));
        Assert.Equal(Received, tracker.Record(extradition.Id, Sample.Complete(ConsultationNotAppropriate), "officer").Status);
    }

    [Fact]
    public void AnIncomingRequest_StartsReceived_AndCannotBeSent()
    {
        var (tracker, _, _) = Sample.Tracker();
        var file = tracker.Open(Sample.Incoming(), "registry");
        Assert.Equal(Received, file.Status);
        Assert.Throws<InvalidTransitionException>(() => tracker.Record(file.Id, new EventEntry(RequestEventKind.Sent), "registry"));
    }

    private static Dictionary<RequestEventKind, RequestStatus> Open(RequestStatus status, Dictionary<RequestEventKind, RequestStatus> moves)
    {
        foreach (var kind in Recorders)
        {
            moves[kind] = status;
        }

        return moves;
    }

    private static Dictionary<RequestEventKind, RequestStatus> Final(RequestStatus status) =>
        new() { [MarkedForCatalogue] = status, [NoteAdded] = status };
}
