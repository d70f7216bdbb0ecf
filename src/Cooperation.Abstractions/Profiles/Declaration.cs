using Cooperation.Law;

namespace Cooperation.Profiles;

/// <summary>Another declaration, reservation or notification a State made that bears on cooperation.</summary>
/// <param name="Citation">The provision it concerns, if it concerns one.</param>
/// <param name="Summary">A short English paraphrase (not the declaration's text).</param>
/// <param name="Provenance">The source and the date it reflects.</param>
public sealed record Declaration(ArticleCitation? Citation, string Summary, Provenance Provenance);
