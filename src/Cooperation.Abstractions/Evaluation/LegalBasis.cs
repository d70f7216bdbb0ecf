using Cooperation.Law;

namespace Cooperation.Evaluation;

/// <summary>A legal basis available for a request, with the provision that makes it available.</summary>
/// <param name="Basis">The kind of basis.</param>
/// <param name="Citation">The provision that makes it available.</param>
/// <param name="Description">What the basis is, in English (for example the treaty's name).</param>
public sealed record LegalBasis(LegalBasisKind Basis, ArticleCitation Citation, string Description);
