namespace Cooperation.Directory.Governance;

/// <summary>
/// A proposal was written from a version of its record that is no longer the latest: another change was approved in
/// between. The proposal stays pending; its author must propose again from the latest version, or a reviewer
/// rejects it. Nothing is overwritten.
/// </summary>
public sealed class ProposalConflictException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="ProposalConflictException"/> class.</summary>
    /// <param name="proposal">The proposal that cannot be applied.</param>
    /// <param name="currentVersion">The record's latest published version.</param>
    public ProposalConflictException(ChangeProposal proposal, int currentVersion)
        : base($"Proposal {proposal.Id} to '{proposal.AuthorityId}' was written from version {proposal.BaseVersion}, but version {currentVersion} has been published since: propose again from version {currentVersion}, or reject it.")
    {
        Proposal = proposal;
        CurrentVersion = currentVersion;
    }

    /// <summary>Gets the proposal that cannot be applied.</summary>
    public ChangeProposal Proposal { get; }

    /// <summary>Gets the record's latest published version.</summary>
    public int CurrentVersion { get; }
}
