using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Tracking.Sqlite.Tests;

/// <summary>
/// The crash driver: <c>dotnet Cooperation.Tracking.Sqlite.Tests.dll crash-driver DB</c> opens requests and takes each
/// through its lifecycle to the erasure of its personal data, printing a line after each change, until the test kills it.
/// </summary>
public static class Program
{
    public static readonly EventEntry[] Lifecycle =
    [
        new(RequestEventKind.Sent),
        new(RequestEventKind.Acknowledged),
        new(RequestEventKind.ExecutionStarted),
        new(RequestEventKind.Executed),
    ];

    public static int Main(string[] args)
    {
        if (args is not ["crash-driver", var path])
        {
            Console.Error.WriteLine("usage: crash-driver DB");
            return 2;
        }

        using var store = SqliteRequestStore.Open(path);
        var tracker = new RequestTracker(store, new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0), Duration.FromSeconds(1)));
        var changes = 0;
        for (var i = 0; ; i++)
        {
            var file = tracker.Open(Details(i), "driver", personalData: new PersonalData([new PersonConcerned($"Person {i}", "suspect")]));
            Console.Out.WriteLine($"change {++changes}");
            foreach (var entry in Lifecycle)
            {
                tracker.Record(file.Id, entry, "driver");
                Console.Out.WriteLine($"change {++changes}");
            }

            tracker.ErasePersonalData(file.Id, "driver");
            Console.Out.WriteLine($"change {++changes}");
            Console.Out.Flush();
        }
    }

    public static RequestDetails Details(int i) => new(
        Direction.Outgoing, RequestKind.MutualLegalAssistance, StateCode.Parse("ESP"), StateCode.Parse(i % 2 == 0 ? "BRA" : "USA"),
        Offence: OffenceCategory.MoneyLaundering,
        LegalBasis: [InvokedLegalBasis.Convention(ArticleCitation.Parse("UNTOC art. 18"))]);
}
