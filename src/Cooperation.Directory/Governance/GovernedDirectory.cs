using Cooperation.Directory.Authorities;
using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;
using NodaTime;

namespace Cooperation.Directory.Governance;

/// <summary>
/// A directory whose authority records are edited through reviewed proposals: editors propose changes to their own
/// records, a reviewer (the secretariat) approves or rejects them, and every approved version is kept, so the
/// directory can be read as it was on any date.
/// </summary>
/// <remarks>
/// <para>
/// Authorisation lives here, not in the host: an editor cannot propose a change to a record they are not bound to,
/// readers cannot see proposals, only a reviewer approves, and nobody approves their own proposal.
/// </para>
/// <para>
/// A proposal is validated like an import (the same checks, the same JSON paths) before it is stored, and again
/// implicitly at approval, which applies it atomically and only if its record has not changed since it was written.
/// </para>
/// </remarks>
/// <threadsafety>Safe to share across threads if the store is.</threadsafety>
public sealed class GovernedDirectory
{
    private readonly IDirectoryGovernanceStore _store;
    private readonly IClock _clock;
    private readonly DirectoryDocument _baseline;

    /// <summary>Initializes a new instance of the <see cref="GovernedDirectory"/> class.</summary>
    /// <param name="store">Where proposals and versions are kept.</param>
    /// <param name="clock">The clock that dates proposals, reviews and publications.</param>
    /// <param name="baseline">The document the governed records start from (its records are version 0), with the State profiles.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GovernedDirectory(IDirectoryGovernanceStore store, IClock clock, DirectoryDocument baseline)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(baseline);
        _store = store;
        _clock = clock;
        _baseline = baseline;
    }

    /// <summary>Proposes a new record or a new version of an existing one.</summary>
    /// <param name="actor">Who proposes: an editor bound to the record (before and after the change) or a reviewer.</param>
    /// <param name="record">The record as it should read.</param>
    /// <param name="note">Why.</param>
    /// <returns>The pending proposal.</returns>
    /// <exception cref="DirectoryAccessDeniedException">The actor may not change this record.</exception>
    /// <exception cref="DirectoryValidationException">The directory with the change would not pass an import; every problem is listed with its JSON path.</exception>
    public ChangeProposal Propose(Actor actor, Authority record, string note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        var versions = _store.Versions();
        var (version, current) = Latest(versions, record.Id);
        var action = current is null ? $"create '{record.Id}'" : $"change '{record.Id}'";
        RequireEditorOf(actor, action, current is null ? [record] : [current, record]);
        Validate(Apply(Replay(versions, Instant.MaxValue), record.Id, record), $"proposal to {action}");
        return Store(actor, current is null ? ChangeKind.Create : ChangeKind.Update, record.Id, record, version, note);
    }

    /// <summary>Proposes to retire a record: it stops being published, its history stays.</summary>
    /// <param name="actor">Who proposes: an editor bound to the record, or a reviewer.</param>
    /// <param name="authorityId">The record.</param>
    /// <param name="note">Why.</param>
    /// <returns>The pending proposal.</returns>
    /// <exception cref="KeyNotFoundException">No published record has this identifier.</exception>
    /// <exception cref="DirectoryAccessDeniedException">The actor may not change this record.</exception>
    public ChangeProposal ProposeRetirement(Actor actor, string authorityId, string note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(authorityId);
        var (version, current) = Latest(_store.Versions(), authorityId);
        if (current is null)
        {
            throw new KeyNotFoundException($"There is no published authority record '{authorityId}' to retire.");
        }

        RequireEditorOf(actor, $"retire '{authorityId}'", [current]);
        return Store(actor, ChangeKind.Retire, authorityId, null, version, note);
    }

    /// <summary>Approves a pending proposal and publishes it, atomically.</summary>
    /// <param name="reviewer">A reviewer other than the proposal's author.</param>
    /// <param name="proposalId">The proposal.</param>
    /// <returns>The published version.</returns>
    /// <exception cref="DirectoryAccessDeniedException">The actor is not a reviewer, or is the author.</exception>
    /// <exception cref="KeyNotFoundException">There is no such proposal.</exception>
    /// <exception cref="ProposalConflictException">The record changed since the proposal was written; it stays pending.</exception>
    /// <exception cref="InvalidOperationException">The proposal is no longer pending.</exception>
    public PublishedVersion Approve(Actor reviewer, long proposalId)
    {
        var proposal = Reviewable(reviewer, proposalId, "approve");
        if (proposal.Author == reviewer.Id)
        {
            throw new DirectoryAccessDeniedException(reviewer, $"approve proposal {proposalId}", "nobody approves their own proposal.");
        }

        var now = _clock.GetCurrentInstant();
        var approved = proposal with { Status = ProposalStatus.Approved, Review = new ProposalReview(reviewer.Id!, now, null) };
        var version = new PublishedVersion(proposal.AuthorityId, proposal.BaseVersion + 1, proposal.Record, now, proposal.Id, proposal.Author, reviewer.Id!);
        _store.Publish(approved, version);
        return version;
    }

    /// <summary>Rejects a pending proposal.</summary>
    /// <param name="reviewer">A reviewer.</param>
    /// <param name="proposalId">The proposal.</param>
    /// <param name="reason">Why: required, the author reads it.</param>
    /// <returns>The rejected proposal.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="DirectoryAccessDeniedException">The actor is not a reviewer.</exception>
    /// <exception cref="KeyNotFoundException">There is no such proposal.</exception>
    /// <exception cref="InvalidOperationException">The proposal is no longer pending.</exception>
    public ChangeProposal Reject(Actor reviewer, long proposalId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rejection needs a reason for the author.", nameof(reason));
        }

        var proposal = Reviewable(reviewer, proposalId, "reject");
        var rejected = proposal with { Status = ProposalStatus.Rejected, Review = new ProposalReview(reviewer.Id!, _clock.GetCurrentInstant(), reason) };
        _store.Reject(rejected);
        return rejected;
    }

    /// <summary>Lists the proposals an actor may see: a reviewer sees all, an editor their own, a reader none.</summary>
    /// <param name="actor">Who asks.</param>
    /// <returns>The proposals, oldest first.</returns>
    /// <exception cref="DirectoryAccessDeniedException">The actor is a reader.</exception>
    public IReadOnlyList<ChangeProposal> Proposals(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            ActorRole.Reviewer => _store.Proposals(),
            ActorRole.AuthorityEditor => [.. _store.Proposals().Where(p => p.Author == actor.Id)],
            _ => throw new DirectoryAccessDeniedException(actor, "see proposals", "only editors (their own) and reviewers see proposals."),
        };
    }

    /// <summary>Lists every published version of a record, oldest first: its timeline of who proposed, who approved and when.</summary>
    /// <param name="authorityId">The record.</param>
    /// <returns>The versions; empty for a record never changed since the baseline.</returns>
    public IReadOnlyList<PublishedVersion> History(string authorityId)
    {
        ArgumentNullException.ThrowIfNull(authorityId);
        return [.. _store.Versions().Where(v => v.AuthorityId == authorityId)];
    }

    /// <summary>A record's timeline: each published version with the fields (JSON names) it changed from the one before.</summary>
    /// <param name="authorityId">The record.</param>
    /// <returns>The versions, oldest first; a creation or a retirement lists every field the record has.</returns>
    public IReadOnlyList<RecordRevision> Timeline(string authorityId)
    {
        var previous = _baseline.Authorities.FirstOrDefault(a => a.Id == authorityId);
        var timeline = new List<RecordRevision>();
        foreach (var version in History(authorityId))
        {
            timeline.Add(new RecordRevision(version, DirectoryDiff.ChangedFields(previous, version.Record)));
            previous = version.Record;
        }

        return timeline;
    }

    /// <summary>Tells when a record was last updated.</summary>
    /// <param name="authorityId">The record.</param>
    /// <returns>When its latest version was published; <see langword="null"/> if it has not changed since the baseline.</returns>
    public Instant? LastUpdated(string authorityId) => History(authorityId).LastOrDefault()?.PublishedAt;

    /// <summary>The directory as published now.</summary>
    /// <returns>The baseline with every approved change applied.</returns>
    public DirectoryDocument Current() => AsOf(Instant.MaxValue);

    /// <summary>The directory as it was published at an instant, so a decision can be replayed against the directory it was made with.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The baseline with the changes approved up to and including <paramref name="instant"/>.</returns>
    public DirectoryDocument AsOf(Instant instant) => Replay(_store.Versions(), instant);

    /// <summary>Publishes an edition: the directory as it was at an instant, with its content hash.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The snapshot.</returns>
    public DirectorySnapshot Snapshot(Instant instant) => DirectorySnapshot.Of(AsOf(instant), instant);

    private DirectoryDocument Replay(IReadOnlyList<PublishedVersion> versions, Instant instant)
    {
        var document = _baseline;
        foreach (var version in versions.Where(v => v.PublishedAt <= instant))
        {
            document = Apply(document, version.AuthorityId, version.Record);
        }

        return document;
    }

    private (int Version, Authority? Record) Latest(IReadOnlyList<PublishedVersion> versions, string authorityId)
    {
        var latest = versions.LastOrDefault(v => v.AuthorityId == authorityId);
        return latest is null
            ? (0, _baseline.Authorities.FirstOrDefault(a => a.Id == authorityId))
            : (latest.Version, latest.Record);
    }

    private ChangeProposal Store(Actor actor, ChangeKind kind, string authorityId, Authority? record, int baseVersion, string note)
    {
        var at = _clock.GetCurrentInstant();
        return _store.Add(id => new ChangeProposal(id, kind, authorityId, record, baseVersion, actor.Id!, at, note ?? string.Empty, ProposalStatus.Pending));
    }

    private ChangeProposal Reviewable(Actor reviewer, long proposalId, string action)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (reviewer.Role != ActorRole.Reviewer)
        {
            throw new DirectoryAccessDeniedException(reviewer, $"{action} proposal {proposalId}", "only a reviewer does.");
        }

        return _store.Proposal(proposalId) ?? throw new KeyNotFoundException($"There is no proposal {proposalId}.");
    }

    private static void RequireEditorOf(Actor actor, string action, IEnumerable<Authority> records)
    {
        switch (actor.Role)
        {
            case ActorRole.Reviewer:
                return;
            case ActorRole.AuthorityEditor:
                foreach (var record in records)
                {
                    if (!actor.IsBoundTo(record))
                    {
                        throw new DirectoryAccessDeniedException(actor, action, $"the editor is not bound to '{record.Id}' or to {record.State.Alpha3}.");
                    }
                }

                return;
            default:
                throw new DirectoryAccessDeniedException(actor, action, "readers do not propose changes.");
        }
    }

    private static DirectoryDocument Apply(DirectoryDocument document, string authorityId, Authority? record)
    {
        // A changed record keeps its place; a new one goes last; a retired one goes.
        var authorities = document.Authorities.ToList();
        var at = authorities.FindIndex(a => a.Id == authorityId);
        if (at >= 0)
        {
            authorities.RemoveAt(at);
        }

        if (record is not null)
        {
            authorities.Insert(at < 0 ? authorities.Count : at, record);
        }

        return document with { Authorities = authorities };
    }

    private static void Validate(DirectoryDocument document, string source)
    {
        var problems = DirectoryJson.Validate(DirectoryJson.Serialize(document));
        if (problems.Count > 0)
        {
            throw new DirectoryValidationException(source, problems);
        }
    }
}
