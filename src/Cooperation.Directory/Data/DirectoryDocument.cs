using System.Text.Json.Serialization;
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
    /// <summary>Initializes a new instance of the <see cref="DirectoryDocument"/> record.</summary>
    /// <param name="schema">The value of <see cref="Schema"/>; null if not given.</param>
    /// <param name="formatVersion">The value of <see cref="FormatVersion"/>; CurrentFormatVersion if not given.</param>
    /// <param name="sample">The value of <see cref="Sample"/>; false if not given.</param>
    /// <param name="description">The value of <see cref="Description"/>; null if not given.</param>
    /// <param name="profiles">The value of <see cref="Profiles"/>; empty if not given.</param>
    /// <param name="authorities">The value of <see cref="Authorities"/>; empty if not given.</param>
    /// <param name="visibility">The value of <see cref="Visibility"/>; empty if not given.</param>
    [JsonConstructor]
    public DirectoryDocument(
        string? schema = null,
        int formatVersion = CurrentFormatVersion,
        bool sample = false,
        string? description = null,
        IReadOnlyList<StateProfile>? profiles = null,
        IReadOnlyList<Authority>? authorities = null,
        IReadOnlyList<StateVisibility>? visibility = null)
    {
        Schema = schema;
        FormatVersion = formatVersion;
        Sample = sample;
        Description = description;
        Profiles = profiles ?? [];
        Authorities = authorities ?? [];
        Visibility = visibility ?? [];
    }

    /// <summary>The format version this release reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets the location of the JSON Schema the document declares (<c>"$schema"</c>), for editors; not used by the loader.</summary>
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    /// <summary>Gets the format version of the document; must be <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; }

    /// <summary>Gets a value indicating whether the document holds sample (fictional) data, for demonstrations and tests only.</summary>
    public bool Sample { get; init; }

    /// <summary>Gets a description of the document: what it holds and where it comes from.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the State profiles, at most one per State.</summary>
    public IReadOnlyList<StateProfile> Profiles { get; init; }

    /// <summary>Gets the authority records, with unique identifiers.</summary>
    public IReadOnlyList<Authority> Authorities { get; init; }

    /// <summary>Gets the States' visibility choices; a State not listed is <see cref="Visibility.Public"/>.</summary>
    public IReadOnlyList<StateVisibility> Visibility { get; init; }
}
