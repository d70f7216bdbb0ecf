using Cooperation.Directory.Authorities;
using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.States;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Directory.Tests.Governance;

public class GovernedDirectoryTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);
    private static readonly Actor Anonymous = Actor.Anonymous;
    private static readonly Actor Reader = Actor.AuthorisedReader("reader-1");
    private static readonly Actor BrazilEditor = Actor.Editor("editor-bra", states: [StateCode.Parse("BRA")]);
    private static readonly Actor NepalRecordEditor = Actor.Editor("editor-npl", authorities: ["SAMPLE-NPL-CA"]);
    private static readonly Actor Reviewer = Actor.Reviewer("secretariat-1");
    private static readonly Actor OtherReviewer = Actor.Reviewer("secretariat-2");

    private readonly FakeClock _clock = new(Start);
    private readonly GovernedDirectory _directory;

    public GovernedDirectoryTests() => _directory = new GovernedDirectory(new InMemoryDirectoryGovernanceStore(), _clock, SampleData.Document);

    private static Authority Record(string id) => SampleData.Document.Authorities.Single(a => a.Id == id);

    private static Authority Renamed(string id, string name) => Record(id) with { Name = name };

    public static TheoryData<string, string, bool> ProposeMatrix => new()
    {
        // actor, record, allowed
        { "anonymous", "SAMPLE-BRA-CA", false },
        { "reader", "SAMPLE-BRA-CA", false },
        { "editor-bra", "SAMPLE-BRA-CA", true },
        { "editor-bra", "SAMPLE-NPL-CA", false },
        { "editor-npl", "SAMPLE-NPL-CA", true },
        { "editor-npl", "SAMPLE-USA-OIA", false },
        { "reviewer", "SAMPLE-USA-OIA", true },
    };

    [Theory]
    [MemberData(nameof(ProposeMatrix))]
    public void Propose_IsAllowedOnlyToEditorsBoundToTheRecord_AndToReviewers(string actor, string record, bool allowed)
    {
        var who = Actors[actor];
        var propose = () => _directory.Propose(who, Renamed(record, "New name"), "rename");
        var retire = () => _directory.ProposeRetirement(who, record, "closed");
        if (allowed)
        {
            Assert.Equal(ProposalStatus.Pending, propose().Status);
            Assert.Equal(ChangeKind.Retire, retire().Kind);
        }
        else
        {
            var denied = Assert.Throws<DirectoryAccessDeniedException>(propose);
            Assert.Contains(record, denied.Message, StringComparison.Ordinal);
            Assert.Throws<DirectoryAccessDeniedException>(retire);
        }
    }

    [Fact]
    public void AnEditor_CannotMoveTheirRecordToAnotherState()
    {
        var moved = Record("SAMPLE-BRA-CA") with { State = StateCode.Parse("NPL") };
        var denied = Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Propose(BrazilEditor, moved, "move"));
        Assert.Contains("NPL", denied.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> NonReviewers => ["anonymous", "reader", "editor-bra", "editor-npl"];

    [Theory]
    [MemberData(nameof(NonReviewers))]
    public void OnlyAReviewer_ApprovesOrRejects(string actor)
    {
        var proposal = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "New name"), "rename");
        Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Approve(Actors[actor], proposal.Id));
        Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Reject(Actors[actor], proposal.Id, "no"));
        Assert.Equal(ProposalStatus.Pending, _directory.Proposals(Reviewer).Single().Status);
    }

    [Fact]
    public void NobodyApprovesTheirOwnProposal()
    {
        var proposal = _directory.Propose(Reviewer, Renamed("SAMPLE-USA-OIA", "New name"), "fix");
        var denied = Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Approve(Reviewer, proposal.Id));
        Assert.Contains("own proposal", denied.Message, StringComparison.Ordinal);
        Assert.Equal(1, _directory.Approve(OtherReviewer, proposal.Id).Version);
    }

    [Fact]
    public void Readers_SeeNoProposals_EditorsTheirOwn_ReviewersAll()
    {
        _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "A"), "a");
        _directory.Propose(NepalRecordEditor, Renamed("SAMPLE-NPL-CA", "B"), "b");

        Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Proposals(Anonymous));
        Assert.Throws<DirectoryAccessDeniedException>(() => _directory.Proposals(Reader));
        Assert.Equal(["SAMPLE-BRA-CA"], _directory.Proposals(BrazilEditor).Select(p => p.AuthorityId));
        Assert.Equal(2, _directory.Proposals(Reviewer).Count);
    }

    [Fact]
    public void Approval_PublishesTheChange_AndKeepsItsTimeline()
    {
        var proposal = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "Renamed authority"), "new name after reorganisation");
        _clock.Advance(Duration.FromHours(2));
        var version = _directory.Approve(Reviewer, proposal.Id);

        Assert.Equal(1, version.Version);
        Assert.Equal("Renamed authority", _directory.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name);
        Assert.Equal(Start + Duration.FromHours(2), _directory.LastUpdated("SAMPLE-BRA-CA"));
        var entry = Assert.Single(_directory.History("SAMPLE-BRA-CA"));
        Assert.Equal(("editor-bra", "secretariat-1", proposal.Id), (entry.ProposedBy, entry.ApprovedBy, entry.ProposalId));
        Assert.Equal(ProposalStatus.Approved, _directory.Proposals(Reviewer).Single().Status);
        Assert.Null(_directory.LastUpdated("SAMPLE-NPL-CA"));
    }

    [Fact]
    public void Rejection_NeedsAReason_AndPublishesNothing()
    {
        var proposal = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "X"), "x");
        Assert.Throws<ArgumentException>(() => _directory.Reject(Reviewer, proposal.Id, " "));

        var rejected = _directory.Reject(Reviewer, proposal.Id, "The name must be the official one.");

        Assert.Equal(ProposalStatus.Rejected, rejected.Status);
        Assert.Equal("The name must be the official one.", rejected.Review!.Reason);
        Assert.Equal(Record("SAMPLE-BRA-CA").Name, _directory.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name);
        Assert.Throws<InvalidOperationException>(() => _directory.Approve(Reviewer, proposal.Id));
    }

    [Fact]
    public void TwoEditorsOnOneRecord_TheSecondApprovalConflicts_AndNothingIsOverwritten()
    {
        var colleague = Actor.Editor("editor-bra-2", states: [StateCode.Parse("BRA")]);
        var first = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "First"), "first");
        var second = _directory.Propose(colleague, Renamed("SAMPLE-BRA-CA", "Second"), "second");
        _directory.Approve(Reviewer, first.Id);

        var conflict = Assert.Throws<ProposalConflictException>(() => _directory.Approve(Reviewer, second.Id));

        Assert.Equal(1, conflict.CurrentVersion);
        Assert.Contains("version 0", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("First", _directory.Current().Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name);
        Assert.Equal(ProposalStatus.Pending, _directory.Proposals(Reviewer).Single(p => p.Id == second.Id).Status);

        var rebased = _directory.Propose(colleague, Renamed("SAMPLE-BRA-CA", "Second"), "second, rebased");
        Assert.Equal(1, rebased.BaseVersion);
        Assert.Equal(2, _directory.Approve(Reviewer, rebased.Id).Version);
    }

    [Fact]
    public void AnInvalidProposal_IsRefusedWithTheImportsPathAndValue_AndNothingIsStored()
    {
        var invalid = Record("SAMPLE-BRA-CA") with { TimeZone = "Mars/Olympus_Mons" };

        var error = Assert.Throws<DirectoryValidationException>(() => _directory.Propose(BrazilEditor, invalid, "bad zone"));

        var problem = Assert.Single(error.Problems);
        Assert.Matches(@"^\$\.authorities\[\d+\]\.timeZone$", problem.Path);
        Assert.Contains("Mars/Olympus_Mons", problem.ToString(), StringComparison.Ordinal);
        Assert.Empty(_directory.Proposals(Reviewer));
    }

    [Fact]
    public void CreateAndRetire_AreProposalsToo()
    {
        var created = Record("SAMPLE-BRA-CA") with { Id = "SAMPLE-BRA-PF", Name = "Polícia Federal (fictional)" };
        var creation = _directory.Propose(BrazilEditor, created, "new authority");
        Assert.Equal(ChangeKind.Create, creation.Kind);
        _directory.Approve(Reviewer, creation.Id);
        Assert.Contains(_directory.Current().Authorities, a => a.Id == "SAMPLE-BRA-PF");

        var retirement = _directory.ProposeRetirement(BrazilEditor, "SAMPLE-BRA-PF", "merged");
        _directory.Approve(Reviewer, retirement.Id);

        Assert.DoesNotContain(_directory.Current().Authorities, a => a.Id == "SAMPLE-BRA-PF");
        Assert.Equal([1, 2], _directory.History("SAMPLE-BRA-PF").Select(v => v.Version));
        Assert.Throws<KeyNotFoundException>(() => _directory.ProposeRetirement(BrazilEditor, "SAMPLE-BRA-PF", "again"));
    }

    [Fact]
    public void AsOf_ReturnsTheDirectoryAsPublishedAtThatInstant()
    {
        var first = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "First"), "1");
        _clock.Advance(Duration.FromDays(1));
        _directory.Approve(Reviewer, first.Id);
        var afterFirst = _clock.GetCurrentInstant();
        var second = _directory.Propose(BrazilEditor, Renamed("SAMPLE-BRA-CA", "Second"), "2");
        _clock.Advance(Duration.FromDays(1));
        _directory.Approve(Reviewer, second.Id);

        string NameAt(Instant at) => _directory.AsOf(at).Authorities.Single(a => a.Id == "SAMPLE-BRA-CA").Name;
        Assert.Equal(Record("SAMPLE-BRA-CA").Name, NameAt(Start));
        Assert.Equal("First", NameAt(afterFirst));
        Assert.Equal("First", NameAt(afterFirst + Duration.FromHours(23)));
        Assert.Equal("Second", NameAt(_clock.GetCurrentInstant()));
    }

    [Fact]
    public void TheTimeline_SaysWhatEachVersionChanged()
    {
        var bra = Record("SAMPLE-BRA-CA");
        _directory.Approve(Reviewer, _directory.Propose(BrazilEditor, bra with { Email = "new@example.org" }, "mailbox").Id);
        _directory.Approve(Reviewer, _directory.Propose(BrazilEditor, bra with { Email = "new@example.org", Name = "Renamed", Fax = "+55 61 0000 0000" }, "rename").Id);
        _directory.Approve(Reviewer, _directory.ProposeRetirement(BrazilEditor, "SAMPLE-BRA-CA", "closed").Id);

        var timeline = _directory.Timeline("SAMPLE-BRA-CA");

        Assert.Equal(["email"], timeline[0].FieldsChanged);
        Assert.Equal(["fax", "name"], timeline[1].FieldsChanged);
        Assert.Null(timeline[2].Version.Record);
        Assert.Contains("id", timeline[2].FieldsChanged);
    }

    [Fact]
    public void AnEditor_MustBeBoundToSomething()
    {
        Assert.Throws<ArgumentException>(() => Actor.Editor("nobody"));
        Assert.Throws<ArgumentException>(() => Actor.Reviewer(" "));
    }

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["anonymous"] = Anonymous,
        ["reader"] = Reader,
        ["editor-bra"] = BrazilEditor,
        ["editor-npl"] = NepalRecordEditor,
        ["reviewer"] = Reviewer,
    };
}
