using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Benchmarks.Tracking;

/// <summary>
/// A seeded caseload of tracked requests built directly as case files (no store): two thirds incoming, most executed,
/// some refused, withdrawn or still open, spread over three years.
/// </summary>
public static class TrackedCaseload
{
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 1, 0, 0);
    private static readonly Instant First = Instant.FromUtc(2024, 1, 1, 0, 0);
    private static readonly StateCode Own = StateCode.Parse("ESP");
    private static readonly StateCode[] Counterparts = [.. new[] { "BRA", "MEX", "USA", "FRA", "ITA", "DEU", "COL", "ARG", "MAR", "NGA", "CAN", "ZAF" }.Select(StateCode.Parse)];
    private static readonly InvokedLegalBasis[] Bases =
    [
        InvokedLegalBasis.Convention(ArticleCitation.Parse("UNTOC art. 18")), InvokedLegalBasis.Treaty("Bilateral treaty"),
        InvokedLegalBasis.Convention(ArticleCitation.Parse("UNCAC art. 46")), InvokedLegalBasis.DomesticLaw("Reciprocity"),
    ];

    public static List<CaseFile> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var files = new List<CaseFile>(count);
        for (var id = 1; id <= count; id++)
        {
            var incoming = random.NextDouble() < 0.65;
            var counterpart = Counterparts[random.Next(Counterparts.Length)];
            var details = new RequestDetails(
                incoming ? Direction.Incoming : Direction.Outgoing,
                random.NextDouble() < 0.8 ? RequestKind.MutualLegalAssistance : RequestKind.Extradition,
                incoming ? counterpart : Own, incoming ? Own : counterpart,
                Offence: (OffenceCategory)random.Next(1, 9),
                LegalBasis: [Bases[random.Next(Bases.Length)]]);
            var at = First + Duration.FromHours(random.Next(0, 24 * 1000));
            var history = new List<RequestEvent> { new(1, RequestEventKind.Opened, at, "clerk", string.Empty) };
            void Add(RequestEventKind kind, int days, IReadOnlyList<RefusalGround>? grounds = null)
            {
                at += Duration.FromDays(days);
                history.Add(new RequestEvent(history.Count + 1, kind, at, "officer", kind is RequestEventKind.Refused ? "reasons" : string.Empty, grounds));
            }

            if (!incoming)
            {
                Add(RequestEventKind.Sent, 2);
                Add(RequestEventKind.Acknowledged, 10);
            }

            var roll = random.NextDouble();
            if (roll < 0.1)
            {
                Add(RequestEventKind.Refused, random.Next(10, 200), [(RefusalGround)random.Next(1, 10)]);
            }
            else if (roll < 0.15)
            {
                Add(RequestEventKind.Withdrawn, random.Next(10, 100));
            }
            else
            {
                Add(RequestEventKind.ExecutionStarted, random.Next(1, 20));
                if (roll < 0.85)
                {
                    Add(roll < 0.78 ? RequestEventKind.Executed : RequestEventKind.PartiallyExecuted, random.Next(5, 300));
                }
            }

            files.Add(new CaseFile(id, details, history));
        }

        return files;
    }
}
