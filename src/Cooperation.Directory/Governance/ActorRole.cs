namespace Cooperation.Directory.Governance;

/// <summary>What someone acting on a governed directory may do, from least to most trusted.</summary>
public enum ActorRole
{
    /// <summary>Reads what is published for anonymous readers; sees no proposal.</summary>
    AnonymousReader,

    /// <summary>Reads what is published for authorised readers (contact persons included); sees no proposal.</summary>
    AuthorisedReader,

    /// <summary>Proposes changes to the records they are bound to (some authorities, or every authority of some States).</summary>
    AuthorityEditor,

    /// <summary>The secretariat: sees every proposal, approves or rejects those of others.</summary>
    Reviewer,
}
