namespace Cooperation.Directory.Governance;

/// <summary>
/// Where a governed directory keeps its proposals and published versions. Implementations make every method atomic:
/// a caller sees either the state before a call or the state after it, never part of one.
/// </summary>
/// <remarks>
/// The store, not the caller, checks a publication against the record's latest version, so that two processes
/// approving two proposals to one record cannot both succeed.
/// </remarks>
public interface IDirectoryGovernanceStore
{
    /// <summary>Stores a new proposal under the next free number.</summary>
    /// <param name="create">Makes the proposal from its number.</param>
    /// <returns>The proposal as stored.</returns>
    ChangeProposal Add(Func<long, ChangeProposal> create);

    /// <summary>Finds a proposal.</summary>
    /// <param name="id">Its number.</param>
    /// <returns>The proposal, or <see langword="null"/> if there is none with that number.</returns>
    ChangeProposal? Proposal(long id);

    /// <summary>Lists every proposal, oldest first.</summary>
    /// <returns>The proposals.</returns>
    IReadOnlyList<ChangeProposal> Proposals();

    /// <summary>Lists every published version of every record, in the order they were published.</summary>
    /// <returns>The versions.</returns>
    IReadOnlyList<PublishedVersion> Versions();

    /// <summary>
    /// Publishes a version and marks its proposal approved, both or neither.
    /// </summary>
    /// <param name="approved">The proposal, with its status and review set.</param>
    /// <param name="version">The version to publish; its number must be one more than the record's latest.</param>
    /// <exception cref="ProposalConflictException">The record's latest version is not <see cref="ChangeProposal.BaseVersion"/>.</exception>
    /// <exception cref="InvalidOperationException">The stored proposal is no longer pending.</exception>
    void Publish(ChangeProposal approved, PublishedVersion version);

    /// <summary>Marks a pending proposal rejected.</summary>
    /// <param name="rejected">The proposal, with its status and review set.</param>
    /// <exception cref="InvalidOperationException">The stored proposal is no longer pending.</exception>
    void Reject(ChangeProposal rejected);
}
