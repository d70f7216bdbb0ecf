using Cooperation.Directory.Access;
using Cooperation.Directory.Authorities;
using Cooperation.Profiles;

namespace Cooperation.Directory.Data;

/// <summary>
/// The whole directory as one JSON document: State profiles, authority records and each State's visibility choice.
/// Its JSON Schema is <c>docs/directory.schema.json</c>.
/// </summary>
public sealed record DirectoryDocument
{
    /// <summary>The format version this release reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets the format version of the document; must be <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets a value indicating whether the document holds sample (fictional) data, for demonstrations and tests only.</summary>
    public bool Sample { get; init; }

    /// <summary>Gets a description of the document: what it holds and where it comes from.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the State profiles, at most one per State.</summary>
    public IReadOnlyList<StateProfile> Profiles { get; init; } = [];

    /// <summary>Gets the authority records, with unique identifiers.</summary>
    public IReadOnlyList<Authority> Authorities { get; init; } = [];

    /// <summary>Gets the States' visibility choices; a State not listed is <see cref="Visibility.Public"/>.</summary>
    public IReadOnlyList<StateVisibility> Visibility { get; init; } = [];
}
