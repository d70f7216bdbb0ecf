using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.States;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Directory.Tests.Governance;

public class SnapshotAndDiffTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);
    private static readonly Actor Editor = Actor.Editor("editor-bra", states: [StateCode.Parse("BRA")]);
    private static readonly Actor Reviewer = Actor.Reviewer("secretariat-1");

    private readonly FakeClock _clock = new(Start, Duration.FromMinutes(1));
    private readonly GovernedDirectory _directory;

    public SnapshotAndDiffTests() => _directory = new GovernedDirectory(new InMemoryDirectoryGovernanceStore(), _clock, SampleData.Document);

    [Fact]
    public void ASnapshot_RoundTrips_AndItsHashDependsOnContentOnly()
    {
        var first = _directory.Snapshot(Start);
        var later = _directory.Snapshot(Start + Duration.FromDays(30));
        var read = DirectorySnapshot.Parse(first.ToJson());

        Assert.Matches("^sha256:[0-9a-f]{64}$", first.ContentHash);
        Assert.Equal(first.ContentHash, later.ContentHash);
        Assert.Equal((first.AsOf, first.ContentHash), (read.AsOf, read.ContentHash));

        var proposal = _directory.Propose(Editor, SampleData.Document.Authorities.Single(a => a.Id == "SAMPLE-BRA-CA") with { Email = "new@example.org" }, "mailbox");
        _directory.Approve(Reviewer, proposal.Id);
        Assert.NotEqual(first.ContentHash, _directory.Snapshot(_clock.GetCurrentInstant()).ContentHash);
    }

    [Fact]
    public void AnAlteredSnapshot_IsRefused_WithThePath()
    {
        var json = _directory.Snapshot(Start).ToJson().Replace("SAMPLE-NPL-CA", "SAMPLE-NPL-XX", StringComparison.Ordinal);

        var error = Assert.Throws<DirectoryValidationException>(() => DirectorySnapshot.Parse(json, "edition-2026.json"));

        Assert.Equal("$.contentHash", Assert.Single(error.Problems).Path);
        Assert.Contains("altered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidDirectoryInASnapshot_IsReportedUnderTheDirectoryPath()
    {
        var json = _directory.Snapshot(Start).ToJson();
        var zone = SampleData.Document.Authorities.First(a => a.TimeZone is not null).TimeZone!;

        var error = Assert.Throws<DirectoryValidationException>(() => DirectorySnapshot.Parse(json.Replace($"\"{zone}\"", "\"Nowhere/Special\"", StringComparison.Ordinal)));

        Assert.Contains(error.Problems, p => p.Path.StartsWith("$.directory.authorities[", StringComparison.Ordinal) && p.Path.EndsWith(".timeZone", StringComparison.Ordinal));
    }

    [Fact]
    public void ASnapshotWithFieldsOfTheWrongType_IsRefusedWithTheirPaths()
    {
        var error = Assert.Throws<DirectoryValidationException>(() => DirectorySnapshot.Parse("""{"asOf": 5, "contentHash": false, "directory": {"formatVersion": 1}}"""));

        Assert.Equal(["$.asOf", "$.contentHash"], error.Problems.Select(p => p.Path));
        Assert.Equal("5", error.Problems[0].Value);
    }

    [Fact]
    public void TheDiff_ListsRecordsAddedRemovedAndTheFieldsChanged()
    {
        var before = _directory.Current();
        var bra = before.Authorities.Single(a => a.Id == "SAMPLE-BRA-CA");
        _directory.Approve(Reviewer, _directory.Propose(Editor, bra with { Email = "new@example.org", Name = "Renamed" }, "1").Id);
        _directory.Approve(Reviewer, _directory.Propose(Editor, bra with { Id = "SAMPLE-BRA-PF" }, "2").Id);
        _directory.Approve(Reviewer, _directory.ProposeRetirement(Actor.Editor("editor-npl", authorities: ["SAMPLE-NPL-CA"]), "SAMPLE-NPL-CA", "3").Id);

        var diff = DirectoryDiff.Between(before, _directory.Current());

        Assert.Equal(["SAMPLE-BRA-PF"], diff.Added);
        Assert.Equal(["SAMPLE-NPL-CA"], diff.Removed);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("SAMPLE-BRA-CA", change.AuthorityId);
        Assert.Equal(["email", "name"], change.Fields);
        Assert.True(DirectoryDiff.Between(before, before).IsEmpty);
    }
}
