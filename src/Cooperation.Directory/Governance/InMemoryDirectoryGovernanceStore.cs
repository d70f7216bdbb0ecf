namespace Cooperation.Directory.Governance;

/// <summary>A governance store in memory, for tests and short-lived hosts: one lock makes every call atomic.</summary>
/// <threadsafety>Safe to share across threads.</threadsafety>
public sealed class InMemoryDirectoryGovernanceStore : IDirectoryGovernanceStore
{
    private readonly Lock _gate = new();
    private readonly List<ChangeProposal> _proposals = [];
    private readonly List<PublishedVersion> _versions = [];

    /// <inheritdoc/>
    public ChangeProposal Add(Func<long, ChangeProposal> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            var proposal = create(_proposals.Count + 1);
            _proposals.Add(proposal);
            return proposal;
        }
    }

    /// <inheritdoc/>
    public ChangeProposal? Proposal(long id)
    {
        lock (_gate)
        {
            return id >= 1 && id <= _proposals.Count ? _proposals[(int)id - 1] : null;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ChangeProposal> Proposals()
    {
        lock (_gate)
        {
            return [.. _proposals];
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<PublishedVersion> Versions()
    {
        lock (_gate)
        {
            return [.. _versions];
        }
    }

    /// <inheritdoc/>
    public void Publish(ChangeProposal approved, PublishedVersion version)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(version);
        lock (_gate)
        {
            EnsurePending(approved.Id);
            var latest = _versions.Where(v => v.AuthorityId == approved.AuthorityId).Select(v => v.Version).DefaultIfEmpty(0).Max();
            if (latest != approved.BaseVersion || version.Version != latest + 1)
            {
                throw new ProposalConflictException(approved, latest);
            }

            _versions.Add(version);
            _proposals[(int)approved.Id - 1] = approved;
        }
    }

    /// <inheritdoc/>
    public void Reject(ChangeProposal rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        lock (_gate)
        {
            EnsurePending(rejected.Id);
            _proposals[(int)rejected.Id - 1] = rejected;
        }
    }

    private void EnsurePending(long id)
    {
        if (id < 1 || id > _proposals.Count)
        {
            throw new InvalidOperationException($"There is no proposal {id}.");
        }

        if (_proposals[(int)id - 1].Status != ProposalStatus.Pending)
        {
            throw new InvalidOperationException($"Proposal {id} is already {_proposals[(int)id - 1].Status.ToString().ToLowerInvariant()}.");
        }
    }
}
