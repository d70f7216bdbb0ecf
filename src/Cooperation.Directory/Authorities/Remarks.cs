namespace Cooperation.Directory.Authorities;

/// <summary>The free "remarks" of a directory record: legal requirements, national laws and treaties.</summary>
public sealed record Remarks
{
    /// <summary>Gets a summary of the legal and procedural requirements for executing a request.</summary>
    public string? LegalRequirements { get; init; }

    /// <summary>Gets links to the national laws that govern cooperation.</summary>
    public IReadOnlyList<Uri> NationalLaws { get; init; } = [];

    /// <summary>Gets the bilateral and regional treaties and arrangements the authority applies, by name.</summary>
    public IReadOnlyList<string> Treaties { get; init; } = [];

    /// <summary>Gets anything else worth knowing.</summary>
    public string? Other { get; init; }
}
