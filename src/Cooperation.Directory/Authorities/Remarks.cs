using System.Text.Json.Serialization;
namespace Cooperation.Directory.Authorities;

/// <summary>The free "remarks" of a directory record: legal requirements, national laws and treaties.</summary>
public sealed record Remarks
{
    /// <summary>Initializes a new instance of the <see cref="Remarks"/> record.</summary>
    /// <param name="legalRequirements">The value of <see cref="LegalRequirements"/>; null if not given.</param>
    /// <param name="nationalLaws">The value of <see cref="NationalLaws"/>; empty if not given.</param>
    /// <param name="treaties">The value of <see cref="Treaties"/>; empty if not given.</param>
    /// <param name="other">The value of <see cref="Other"/>; null if not given.</param>
    [JsonConstructor]
    public Remarks(
        string? legalRequirements = null,
        IReadOnlyList<Uri>? nationalLaws = null,
        IReadOnlyList<string>? treaties = null,
        string? other = null)
    {
        LegalRequirements = legalRequirements;
        NationalLaws = nationalLaws ?? [];
        Treaties = treaties ?? [];
        Other = other;
    }

    /// <summary>Gets a summary of the legal and procedural requirements for executing a request.</summary>
    public string? LegalRequirements { get; init; }

    /// <summary>Gets links to the national laws that govern cooperation.</summary>
    public IReadOnlyList<Uri> NationalLaws { get; init; }

    /// <summary>Gets the bilateral and regional treaties and arrangements the authority applies, by name.</summary>
    public IReadOnlyList<string> Treaties { get; init; }

    /// <summary>Gets anything else worth knowing.</summary>
    public string? Other { get; init; }
}
