namespace Cooperation.Directory.Governance;

/// <summary>Where a change proposal stands.</summary>
public enum ProposalStatus
{
    /// <summary>Submitted and waiting for a reviewer.</summary>
    Pending,

    /// <summary>Approved and published.</summary>
    Approved,

    /// <summary>Rejected by a reviewer, with a reason.</summary>
    Rejected,
}
