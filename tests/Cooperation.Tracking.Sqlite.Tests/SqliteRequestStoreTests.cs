using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Statistics;
using Cooperation.Testing;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Tracking.Sqlite.Tests;

public sealed class SqliteRequestStoreTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("cooperation-tracking-").FullName;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 27, 9, 0), Duration.FromMinutes(1));

    private static readonly Instant AsOf = Instant.FromUtc(2026, 12, 1, 0, 0);

    private string Db => Path.Combine(_folder, "requests.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RequestsHistoriesAndPersonalData_SurviveClosingAndReopening()
    {
        long id;
        string statistics;
        using (var store = SqliteRequestStore.Open(Db))
        {
            var tracker = new RequestTracker(store, _clock);
            var file = tracker.Open(Program.Details(0) with { References = new Dictionary<string, string> { ["prosecutor"] = "2026/114" } }, "prosecutor", "drafted",
                new PersonalData([new PersonConcerned("A. Person", "suspect", new LocalDate(1980, 2, 3), "BRA")]));
            id = file.Id;
            tracker.Record(id, new EventEntry(RequestEventKind.Sent), "ca");
            tracker.Record(id, new EventEntry(RequestEventKind.Acknowledged), "ca");
            tracker.Record(id, new EventEntry(RequestEventKind.Refused, "Reasons.", [RefusalGround.BankSecrecy]), "ca");
            statistics = Serialization.TrackingJson.Serialize(TrackingStatistics.Compute(tracker.All(), StatisticsQuery.All, AsOf));
        }

        using var reopened = SqliteRequestStore.Open(Db);
        var again = new RequestTracker(reopened, _clock);
        var read = again.Get(id);
        Assert.Equal(RequestStatus.Refused, read.Status);
        Assert.Equal([RefusalGround.BankSecrecy], read.RefusalGrounds);
        Assert.Equal("2026/114", read.Details.References!["prosecutor"]);
        Assert.Equal(new LocalDate(1980, 2, 3), again.PersonalData(id)!.Persons[0].DateOfBirth);
        Assert.Equal(statistics, Serialization.TrackingJson.Serialize(TrackingStatistics.Compute(again.All(), StatisticsQuery.All, AsOf)));
    }

    [Fact]
    public void TwoConnectionsOnOneFile_CannotBothRecordOnTheSameVersion()
    {
        using var first = SqliteRequestStore.Open(Db);
        using var second = SqliteRequestStore.Open(Db);
        var one = new RequestTracker(first, _clock);
        var two = new RequestTracker(second, _clock);
        var file = one.Open(Program.Details(1), "prosecutor");

        one.Record(file.Id, new EventEntry(RequestEventKind.Sent), "ca-1", expectedVersion: 1);
        Assert.Throws<RequestConflictException>(() => two.Record(file.Id, new EventEntry(RequestEventKind.Withdrawn), "ca-2", expectedVersion: 1));

        // Below the tracker, the store itself refuses an event built on the old version.
        Assert.Throws<RequestConflictException>(() => second.Append(file.Id, new RequestEvent(2, RequestEventKind.Withdrawn, _clock.GetCurrentInstant(), "ca-2", "")));
        Assert.Equal([RequestEventKind.Opened, RequestEventKind.Sent], two.Get(file.Id).History.Select(e => e.Kind));
    }

    [Fact]
    public void Erasure_RemovesOnlyThePersonalData()
    {
        using var store = SqliteRequestStore.Open(Db);
        var tracker = new RequestTracker(store, _clock);
        var file = tracker.Open(Program.Details(2), "prosecutor", personalData: new PersonalData([new PersonConcerned("A. Person")]));
        tracker.ErasePersonalData(file.Id, "dpo", "retention");
        Assert.Null(tracker.PersonalData(file.Id));
        Assert.Equal(RequestEventKind.PersonalDataErased, tracker.Get(file.Id).History[^1].Kind);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM personal_data"));
        Assert.All(System.IO.Directory.GetFiles(_folder), path => Assert.DoesNotContain("A. Person", File.ReadAllText(path), StringComparison.Ordinal));
    }

    [Fact]
    public void AFileFromANewerVersion_IsRefusedClearly()
    {
        SqliteRequestStore.Open(Db).Dispose();
        Scalar("PRAGMA user_version = 99");
        var e = Assert.Throws<InvalidOperationException>(() => SqliteRequestStore.Open(Db));
        Assert.Contains("schema version 99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherProgramsDatabase_IsRefusedByName_AndLeftUntouched()
    {
        Scalar("CREATE TABLE proposals (id INTEGER PRIMARY KEY)");
        var e = Assert.Throws<InvalidOperationException>(() => SqliteRequestStore.Open(Db));
        Assert.Contains("not a Cooperation.Tracking.Sqlite database", e.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'requests'"));

        var unreadable = Path.Combine(_folder, "missing", "requests.db");
        Assert.Contains(unreadable, Assert.Throws<InvalidOperationException>(() => SqliteRequestStore.Open(unreadable)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptStoredRecord_IsNamed()
    {
        using (var store = SqliteRequestStore.Open(Db))
        {
            new RequestTracker(store, _clock).Open(Program.Details(3), "prosecutor");
        }

        Scalar("UPDATE requests SET details = '{\"direction\":\"sideways\"}'");
        using var reopened = SqliteRequestStore.Open(Db);
        var e = Assert.Throws<InvalidDataException>(() => reopened.All());
        Assert.Contains("stored request 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("sideways", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(53)]
    public void AProcessKilledMidWrite_LeavesOnlyWholeChanges(int killAfter)
    {
        CrashDriver.RunUntil(typeof(Program).Assembly.Location, Db, $"change {killAfter}");

        using var store = SqliteRequestStore.Open(Db);
        var files = store.All(); // a broken history would not load: sequences 1..n, lifecycle respected
        var changes = files.Sum(f => f.Version);
        Assert.True(changes >= killAfter, $"{changes} changes stored, {killAfter} reported");
        Assert.Equal(Enumerable.Range(1, files.Count).Select(i => (long)i), files.Select(f => f.Id));
        Assert.All(files.SkipLast(1), f => Assert.Equal(Program.Lifecycle.Length + 2, f.Version));
        Assert.All(files, f => Assert.Equal(
            f.History[^1].Kind != RequestEventKind.PersonalDataErased,
            store.PersonalData(f.Id) is not null));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
