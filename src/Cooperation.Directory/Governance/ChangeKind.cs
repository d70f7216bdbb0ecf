namespace Cooperation.Directory.Governance;

/// <summary>What a change proposal does to its record.</summary>
public enum ChangeKind
{
    /// <summary>Adds a record that does not exist yet.</summary>
    Create,

    /// <summary>Replaces the fields of an existing record.</summary>
    Update,

    /// <summary>Withdraws a record from publication; its history stays.</summary>
    Retire,
}
