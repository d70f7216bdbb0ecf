using Cooperation.Directory;
using Cooperation.Directory.Serialization;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.States;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Tracking.Tests.Support;

/// <summary>Requests and trackers for the examples.</summary>
internal static class Sample
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    public static readonly Lazy<CooperationDirectory> Directory = new(() =>
        CooperationDirectory.Embedded.MergeWith(DirectoryJson.Load(Path.Combine(AppContext.BaseDirectory, "sample-directory.json"))));

    public static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => new EligibilityEvaluator(Directory.Value, new FakeClock(Start)));

    public static StateCode State(string code) => StateCode.Parse(code);

    public static InvokedLegalBasis Untoc18 { get; } = InvokedLegalBasis.Convention(ArticleCitation.Parse("UNTOC art. 18"));

    public static RequestDetails Outgoing(RequestKind kind = RequestKind.MutualLegalAssistance, string to = "USA", SuggestedDeadline? deadline = null, string? authority = "SAMPLE-USA-OIA") =>
        new(Direction.Outgoing, kind, State("ESP"), State(to),
            Authorities: new RequestAuthorities(Requesting: null, Requested: authority),
            Offence: OffenceCategory.MoneyLaundering,
            MaximumPenalty: Penalty.DeprivationOfLibertyYears(6),
            Measures: kind == RequestKind.MutualLegalAssistance ? [MlaMeasure.DocumentsAndRecords] : null,
            LegalBasis: [kind == RequestKind.Extradition ? InvokedLegalBasis.Convention(ArticleCitation.Parse("UNTOC art. 16")) : Untoc18],
            Deadline: deadline,
            References: new Dictionary<string, string> { ["prosecutor"] = "2026/114" });

    public static RequestDetails Incoming(RequestKind kind = RequestKind.MutualLegalAssistance, string from = "BRA") =>
        new(Direction.Incoming, kind, State(from), State("ESP"), Offence: OffenceCategory.Corruption, LegalBasis: [Untoc18]);

    public static (RequestTracker Tracker, FakeClock Clock, InMemoryRequestStore Store) Tracker()
    {
        var clock = new FakeClock(Start, Duration.FromMinutes(1));
        var store = new InMemoryRequestStore();
        return (new RequestTracker(store, clock), clock, store);
    }

    /// <summary>An entry of each kind carrying what the convention requires of it.</summary>
    public static EventEntry Complete(RequestEventKind kind) => kind switch
    {
        RequestEventKind.Refused => new EventEntry(kind, "Essential interests would be prejudiced.", [RefusalGround.EssentialInterests]),
        RequestEventKind.Postponed => new EventEntry(kind, "A domestic trial of the same group is under way.", [RefusalGround.OngoingProceedings]),
        RequestEventKind.ConditionsAccepted => new EventEntry(kind, "Evidence to be used only in the proceedings named."),
        RequestEventKind.ConsultationNotAppropriate => new EventEntry(kind, "The requesting State's information is complete; the refusal rests on nationality alone."),
        RequestEventKind.DeadlineSuggested => new EventEntry(kind, Deadline: new SuggestedDeadline(new LocalDate(2026, 6, 1), "Trial opens on 2 June.")),
        _ => new EventEntry(kind),
    };
}
