// Quick start: case tracking as a case-management system embeds it. Run with
//   dotnet run --project samples/QuickStart.Tracking [-- requests.db]
// It records two requests in a SQLite file, shows what the convention has to say about them, and prints the figures
// for publication. The data is example data, not a real case.
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking;
using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.DependencyInjection;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Sqlite;
using Cooperation.Tracking.Statistics;
using Cooperation.Tracking.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"quickstart-{Guid.NewGuid():N}.db");

// The composition root: the host owns the clock and chooses the store.
#pragma warning disable RS0030 // SystemClock.Instance is for composition roots only.
using var services = new ServiceCollection()
    .AddSingleton<IClock>(SystemClock.Instance)
#pragma warning restore RS0030
    .AddSingleton<IRequestStore>(_ => SqliteRequestStore.Open(path))
    .AddCooperationTracking()
    .BuildServiceProvider();

var tracker = services.GetRequiredService<RequestTracker>();
var review = services.GetRequiredService<ComplianceReview>();
var deadlines = services.GetRequiredService<DeadlineMonitor>();
var clock = services.GetRequiredService<IClock>();
var spain = StateCode.Parse("ESP");
var untoc18 = InvokedLegalBasis.Convention(ArticleCitation.Parse("UNTOC art. 18"));

// 1. An outgoing request for bank records, with a deadline whose reasons are given (UNTOC art. 18(24)).
var outgoing = tracker.Open(
    new RequestDetails(Direction.Outgoing, RequestKind.MutualLegalAssistance, spain, StateCode.Parse("MEX"),
        Offence: OffenceCategory.MoneyLaundering,
        MaximumPenalty: Penalty.DeprivationOfLibertyYears(6),
        Measures: [MlaMeasure.DocumentsAndRecords],
        LegalBasis: [untoc18],
        Deadline: new SuggestedDeadline(clock.GetCurrentInstant().InUtc().Date.PlusDays(3), "The trial opens next week."),
        References: new Dictionary<string, string> { ["prosecutor"] = "EXAMPLE-2026/1" }),
    actor: "prosecutor-1",
    personalData: new PersonalData([new PersonConcerned("Example Person", "suspect")]));
tracker.Record(outgoing.Id, new EventEntry(RequestEventKind.Sent, "By e-mail to the central authority."), "central-authority");

// 2. An incoming request, refused on bank secrecy without consultation: the review flags both.
var incoming = tracker.Open(
    new RequestDetails(Direction.Incoming, RequestKind.MutualLegalAssistance, StateCode.Parse("BRA"), spain,
        Offence: OffenceCategory.Corruption, LegalBasis: [untoc18]),
    actor: "registry");
var refused = tracker.Record(incoming.Id, new EventEntry(RequestEventKind.Refused, "The accounts are covered by bank secrecy.", [RefusalGround.BankSecrecy]), "central-authority");
foreach (var flag in review.Review(refused))
{
    Console.WriteLine($"request {refused.Id}, event {flag.EventSequence}: {flag.Citation}: {flag.Explanation}");
}

// 3. An invalid event is refused with the reason; nothing is written.
try
{
    tracker.Record(outgoing.Id, new EventEntry(RequestEventKind.Executed), "central-authority");
}
catch (InvalidTransitionException e)
{
    Console.WriteLine($"refused: {e.Message}");
}

// 4. Deadlines and reminders, then the figures for publication (counts below 5 suppressed).
foreach (var reminder in deadlines.Reminders(tracker.All(), clock.GetCurrentInstant()))
{
    Console.WriteLine($"reminder for request {reminder.RequestId} ({reminder.Kind}): {reminder.Message}");
}

var figures = TrackingStatistics.Compute(tracker.All(), StatisticsQuery.All, clock.GetCurrentInstant());
var published = figures.ForPublication(5);
Console.WriteLine($"requests sent: {figures.Table(StatisticsTables.Total)["outgoing"]} (published as {published.Table(StatisticsTables.Total)["outgoing"]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "suppressed"})");

// 5. Personal data is erased apart; the statistics do not change.
tracker.ErasePersonalData(outgoing.Id, "data-protection-officer", "Retention period ended.");
Console.WriteLine($"personal data after erasure: {(tracker.PersonalData(outgoing.Id) is null ? "none" : "still there")}; database: {path}");
