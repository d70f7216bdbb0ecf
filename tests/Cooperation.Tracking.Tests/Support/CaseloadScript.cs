using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Tracking.Tests.Support;

/// <summary>
/// Turns a list of numbers (from FsCheck) into a caseload: each number opens a request, records an event on one (valid
/// or not), or lets time pass. Every accepted change is reported, in order, for incremental consumers.
/// </summary>
internal static class CaseloadScript
{
    private static readonly string[] Counterparts = ["BRA", "USA", "NPL", "FRA", "NGA", "MEX", "ITA"];
    private static readonly RequestEventKind[] Kinds = Enum.GetValues<RequestEventKind>().Where(k => k is not (RequestEventKind.Opened or RequestEventKind.PersonalDataErased)).ToArray();
    private static readonly OffenceCategory?[] Offences = [null, .. Enum.GetValues<OffenceCategory>().Cast<OffenceCategory?>()];
    private static readonly RefusalGround[] Grounds = Enum.GetValues<RefusalGround>();

    /// <summary>
    /// Steps drawn from a seed: FsCheck's own integers stay small (bounded by its size), which would exercise only the
    /// first few event kinds; a seeded generator reaches all of them while the seed keeps a failure reproducible.
    /// </summary>
    public static IEnumerable<int> Steps(int seed, int length)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 20 + (Math.Abs(length) % 400)).Select(_ => random.Next(1, 5000)).ToList();
    }

    public static void Run(RequestTracker tracker, FakeClock clock, IEnumerable<int> steps, Action<CaseFile, RequestEvent>? changed = null, Action<InvalidTransitionException>? refused = null)
    {
        var ids = new List<long>();
        foreach (var step in steps)
        {
            switch (step % 5)
            {
                case 0 when ids.Count < 40 || step % 7 == 0:
                    var file = tracker.Open(Details(step), $"clerk-{step % 3}", personalData: new PersonalData([new PersonConcerned($"Person {step}", "suspect", new LocalDate(1980, 1, 1).PlusDays(step % 9000), "BRA")]));
                    ids.Add(file.Id);
                    changed?.Invoke(file, file.History[0]);
                    break;
                case 4:
                    clock.Advance(Duration.FromHours(1 + (step % 400)));
                    break;
                default:
                    if (ids.Count == 0)
                    {
                        break;
                    }

                    var id = ids[step / 5 % ids.Count];
                    var entry = Entry(step);
                    try
                    {
                        var after = tracker.Record(id, entry, $"officer-{step % 4}");
                        changed?.Invoke(after, after.History[^1]);
                    }
                    catch (InvalidTransitionException e)
                    {
                        refused?.Invoke(e);
                    }

                    break;
            }
        }
    }

    public static RequestDetails Details(int step)
    {
        var direction = step / 5 % 2 == 0 ? Direction.Outgoing : Direction.Incoming;
        var counterpart = StateCode.Parse(Counterparts[step / 10 % Counterparts.Length]);
        var own = StateCode.Parse("ESP");
        var kind = step / 70 % 3 == 0 ? RequestKind.Extradition : RequestKind.MutualLegalAssistance;
        IReadOnlyList<InvokedLegalBasis> bases = (step / 210 % 4) switch
        {
            0 => [InvokedLegalBasis.Convention(ArticleCitation.Parse(kind == RequestKind.Extradition ? "UNTOC art. 16" : "UNTOC art. 18"))],
            1 => [InvokedLegalBasis.Treaty("Bilateral MLA treaty"), InvokedLegalBasis.Convention(ArticleCitation.Parse("UNCAC art. 46"))],
            2 => [InvokedLegalBasis.DomesticLaw("Reciprocity")],
            _ => [],
        };
        return new RequestDetails(
            direction, kind,
            direction == Direction.Outgoing ? own : counterpart,
            direction == Direction.Outgoing ? counterpart : own,
            Offence: Offences[step / 3 % Offences.Length],
            LegalBasis: bases,
            Urgent: step % 11 == 0,
            Deadline: step % 3 == 0 ? new SuggestedDeadline(new LocalDate(2026, 3, 1).PlusDays(step % 200), "trial date") : null);
    }

    /// <summary>An event of a kind chosen by the number, sometimes lacking what it requires.</summary>
    public static EventEntry Entry(int step)
    {
        var kind = Kinds[step / 7 % Kinds.Length];
        var complete = step % 13 != 0;
        return kind switch
        {
            RequestEventKind.Refused => new EventEntry(kind, complete ? "reasons given" : "", step % 17 == 0 ? [] : [Grounds[step % Grounds.Length], Grounds[step / 3 % Grounds.Length]]),
            RequestEventKind.Postponed => new EventEntry(kind, complete ? "ongoing trial" : "", [RefusalGround.OngoingProceedings]),
            RequestEventKind.ConditionsAccepted => new EventEntry(kind, complete ? "use limited to the named proceedings" : ""),
            RequestEventKind.ConsultationNotAppropriate => new EventEntry(kind, complete ? "not appropriate: nationality" : ""),
            RequestEventKind.DeadlineSuggested => new EventEntry(kind, Deadline: complete ? new SuggestedDeadline(new LocalDate(2026, 6, 1).PlusDays(step % 90), "custody time limit") : null),
            _ when step % 19 == 0 => new EventEntry(kind, Grounds: [RefusalGround.Fiscal]),
            _ => new EventEntry(kind, $"note {step}"),
        };
    }
}
