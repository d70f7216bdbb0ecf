using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Cooperation.Tracking.Tests.Lifecycle;

/// <summary>Random event sequences, valid and not, never bring a request into a state the lifecycle does not allow.</summary>
public class LifecycleProperties
{
    [Property(MaxTest = 150)]
    public bool RandomEventSequences_NeverReachAnInvalidState(int seed, PositiveInt length)
    {
        var (tracker, clock, _) = Sample.Tracker();
        var refused = 0;
        CaseloadScript.Run(tracker, clock, CaseloadScript.Steps(seed, length.Get), refused: _ => refused++);
        return tracker.All().All(Consistent);
    }

    [Property(MaxTest = 100)]
    public bool ARefusedEvent_ChangesNothing(int seed, PositiveInt length)
    {
        var (tracker, clock, _) = Sample.Tracker();
        var unchanged = true;
        var versions = new Dictionary<long, int>();
        CaseloadScript.Run(tracker, clock, CaseloadScript.Steps(seed, length.Get),
            changed: (file, _) => versions[file.Id] = file.Version,
            refused: e => unchanged &= tracker.Get(e.RequestId).Version == versions[e.RequestId] && tracker.Get(e.RequestId).Status == e.Status);
        return unchanged;
    }

    private static bool Consistent(CaseFile file)
    {
        // Replayed from scratch, the history gives the same status, and it is one the direction can reach.
        if (RequestLifecycle.Replay(file.Details.Direction, file.History) != file.Status)
        {
            return false;
        }

        var statusEvents = file.History.Where(e => RequestLifecycle.Transitions.ContainsKey(e.Kind)).ToList();
        var finals = statusEvents.Count(e => RequestLifecycle.IsFinal(RequestLifecycle.Transitions[e.Kind].To));
        return file.History.Select((e, i) => e.Sequence == i + 1).All(x => x)
            && file.History[0].Kind == RequestEventKind.Opened
            && file.History.Skip(1).All(e => e.Kind != RequestEventKind.Opened)
            && finals <= 1
            && (finals == 0 || RequestLifecycle.IsFinal(RequestLifecycle.Transitions[statusEvents[^1].Kind].To))
            && file.History.Where(e => e.Kind == RequestEventKind.Refused).All(e => e.Note.Trim().Length > 0 && e.Grounds is { Count: > 0 })
            && file.History.Where(e => e.Kind == RequestEventKind.Postponed).All(e => e.Note.Trim().Length > 0)
            && file.History.Where(e => e.Kind is not (RequestEventKind.Refused or RequestEventKind.Postponed)).All(e => e.Grounds is null or { Count: 0 })
            && file.History.Zip(file.History.Skip(1)).All(p => p.First.At <= p.Second.At)
            && (file.Details.Direction == Tracking.Requests.Direction.Outgoing || file.History.All(e => e.Kind != RequestEventKind.Sent));
    }
}
