using System.Text.Json.Serialization;
using Cooperation.Evaluation;
using Cooperation.Law;

namespace Cooperation.Tracking.Requests;

/// <summary>
/// A legal basis the request invokes: a provision of one of the conventions (cited to the paragraph), a bilateral or
/// regional treaty, or domestic law and reciprocity.
/// </summary>
/// <remarks>
/// The Conference of the Parties asks States to report how often the convention was the basis; a convention basis is
/// therefore a citation the SDK can check, while a treaty or domestic law is named by its title.
/// </remarks>
public sealed record InvokedLegalBasis
{
    /// <summary>Initializes a basis; use <see cref="Convention"/>, <see cref="Treaty"/> or <see cref="DomesticLaw"/>.</summary>
    /// <param name="kind">Which kind of basis.</param>
    /// <param name="citation">For a convention: the provision invoked.</param>
    /// <param name="title">For a treaty or domestic law: its title.</param>
    /// <exception cref="ArgumentException">A convention basis without a citation, or another basis without a title or with a citation.</exception>
    [JsonConstructor]
    public InvokedLegalBasis(LegalBasisKind kind, ArticleCitation? citation = null, string? title = null)
    {
        if (kind == LegalBasisKind.Convention && citation is null)
        {
            throw new ArgumentException("A convention basis needs the provision invoked (citation), for example \"UNTOC art. 18\".", nameof(citation));
        }

        if (kind != LegalBasisKind.Convention && (string.IsNullOrWhiteSpace(title) || citation is not null))
        {
            throw new ArgumentException($"A {kind} basis is named by its title, without a citation.", nameof(title));
        }

        Kind = kind;
        Citation = citation;
        Title = title;
    }

    /// <summary>Gets the kind of basis.</summary>
    public LegalBasisKind Kind { get; }

    /// <summary>Gets the provision invoked, for a convention basis.</summary>
    public ArticleCitation? Citation { get; }

    /// <summary>Gets the title of the treaty or law, for other bases.</summary>
    public string? Title { get; }

    /// <summary>Gets the label statistics group by: the instrument's abbreviation (<c>UNTOC</c>, <c>UNCAC</c>, ...), <c>treaty</c> or <c>domesticLaw</c>.</summary>
    [JsonIgnore]
    public string StatisticsLabel => Kind switch
    {
        LegalBasisKind.Convention => Citation!.Instrument.Abbreviation,
        LegalBasisKind.Treaty => "treaty",
        _ => "domesticLaw",
    };

    /// <summary>Creates a convention basis.</summary>
    /// <param name="citation">The provision invoked.</param>
    /// <returns>The basis.</returns>
    public static InvokedLegalBasis Convention(ArticleCitation citation) => new(LegalBasisKind.Convention, citation ?? throw new ArgumentNullException(nameof(citation)), null);

    /// <summary>Creates a treaty basis.</summary>
    /// <param name="title">The treaty's title.</param>
    /// <returns>The basis.</returns>
    public static InvokedLegalBasis Treaty(string title) => new(LegalBasisKind.Treaty, null, title);

    /// <summary>Creates a domestic-law (or reciprocity) basis.</summary>
    /// <param name="title">The law, or "reciprocity".</param>
    /// <returns>The basis.</returns>
    public static InvokedLegalBasis DomesticLaw(string title) => new(LegalBasisKind.DomesticLaw, null, title);

    /// <inheritdoc/>
    public override string ToString() => Citation?.ToString() ?? Title!;
}
