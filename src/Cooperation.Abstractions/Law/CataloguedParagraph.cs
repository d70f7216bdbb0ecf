namespace Cooperation.Law;

/// <summary>A numbered paragraph of a catalogued article.</summary>
/// <param name="Number">The paragraph number, from 1.</param>
/// <param name="SubParagraphs">Its lettered sub-paragraphs, empty if it has none.</param>
public sealed record CataloguedParagraph(int Number, IReadOnlyList<CataloguedSubParagraph> SubParagraphs);
