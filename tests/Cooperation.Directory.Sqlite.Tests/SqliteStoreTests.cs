using Cooperation.Directory.Data;
using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.States;
using Cooperation.Testing;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Directory.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private static readonly DirectoryDocument Baseline = DirectoryJson.Load(Path.Combine(AppContext.BaseDirectory, "sample-directory.json"));
    private static readonly Actor Editor = Actor.Editor("editor-bra", states: [StateCode.Parse("BRA")]);
    private static readonly Actor Colleague = Actor.Editor("editor-bra-2", states: [StateCode.Parse("BRA")]);
    private static readonly Actor Reviewer = Actor.Reviewer("secretariat-1");

    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("cooperation-sqlite-").FullName;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 27, 9, 0), Duration.FromMinutes(1));

    private string Db => Path.Combine(_folder, "directory.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void EverythingSurvivesClosingAndReopening()
    {
        string expectedName;
        Instant approvedAt;
        using (var store = SqliteDirectoryGovernanceStore.Open(Db))
        {
            var directory = new GovernedDirectory(store, _clock, Baseline);
            var approved = directory.Propose(Editor, Renamed("Kept"), "rename");
            approvedAt = directory.Approve(Reviewer, approved.Id).PublishedAt;
            directory.Reject(Reviewer, directory.Propose(Editor, Renamed("Refused"), "again").Id, "no");
            directory.Propose(Colleague, Renamed("Pending"), "later");
            expectedName = directory.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name;
        }

        using var reopened = SqliteDirectoryGovernanceStore.Open(Db);
        var again = new GovernedDirectory(reopened, _clock, Baseline);
        Assert.Equal("Kept", expectedName);
        Assert.Equal("Kept", again.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name);
        Assert.Equal(approvedAt, again.LastUpdated("SAMPLE-BRA-CA"));
        Assert.Equal(
            [(ProposalStatus.Approved, (string?)null), (ProposalStatus.Rejected, "no"), (ProposalStatus.Pending, null)],
            again.Proposals(Reviewer).Select(p => (p.Status, p.Review?.Reason)));
        Assert.Equal(Renamed("Kept").Email, again.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Email);
    }

    [Fact]
    public void TwoProcessesOnOneFile_CannotBothPublishFromTheSameVersion()
    {
        using var first = SqliteDirectoryGovernanceStore.Open(Db);
        using var second = SqliteDirectoryGovernanceStore.Open(Db);
        var one = new GovernedDirectory(first, _clock, Baseline);
        var two = new GovernedDirectory(second, _clock, Baseline);
        var a = one.Propose(Editor, Renamed("A"), "a");
        var b = two.Propose(Colleague, Renamed("B"), "b");

        one.Approve(Reviewer, a.Id);
        var conflict = Assert.Throws<ProposalConflictException>(() => two.Approve(Actor.Reviewer("secretariat-2"), b.Id));

        Assert.Equal(1, conflict.CurrentVersion);
        Assert.Equal("A", two.Current().Authorities.Single(x => x.Id == "SAMPLE-BRA-CA").Name);
    }

    [Fact]
    public void AFileFromANewerVersion_IsRefusedWithAClearError()
    {
        // A file this store wrote (it carries the store's application id), then migrated by a newer version.
        SqliteDirectoryGovernanceStore.Open(Db).Dispose();
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteDirectoryGovernanceStore.Open(Db));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFileIsInWalModeAtTheCurrentSchemaVersion()
    {
        SqliteDirectoryGovernanceStore.Open(Db).Dispose();
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(23)]
    [InlineData(61)]
    public void AProcessKilledDuringApprovals_LeavesOnlyWholeApprovals(int killAfter)
    {
        CrashDriver.RunUntil(typeof(Program).Assembly.Location, Db, $"approved {killAfter}");

        using var store = SqliteDirectoryGovernanceStore.Open(Db);
        var proposals = store.Proposals();
        var versions = store.Versions();
        var approved = proposals.Where(p => p.Status == ProposalStatus.Approved).Select(p => p.Id).ToHashSet();

        Assert.True(approved.Count > killAfter);
        Assert.Equal(approved.Order(), versions.Select(v => v.ProposalId).Order());
        Assert.All(versions.GroupBy(v => v.AuthorityId), g => Assert.Equal(Enumerable.Range(1, g.Count()), g.Select(v => v.Version)));
        Assert.All(proposals.Where(p => p.Status == ProposalStatus.Pending), p => Assert.True(p.Id == proposals.Max(x => x.Id), $"only the last proposal can be left pending, not {p.Id}"));
        var directory = new GovernedDirectory(store, _clock, Baseline);
        Assert.All(versions.GroupBy(v => v.AuthorityId), g => Assert.Equal(g.Last().Record!.Name, directory.Current().Authorities.Single(a => a.Id == g.Key).Name));
    }

    private static Authorities.Authority Renamed(string name) => Baseline.Authorities.Single(a => a.Id == "SAMPLE-BRA-CA") with { Name = name };
}
