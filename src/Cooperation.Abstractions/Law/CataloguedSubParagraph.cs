namespace Cooperation.Law;

/// <summary>A lettered sub-paragraph of a catalogued article, such as (a) of UNTOC art. 16(5).</summary>
/// <param name="Letter">The letter, lower case.</param>
/// <param name="ClauseCount">The number of roman-numbered clauses it contains, such as (i) and (ii); 0 if none.</param>
public sealed record CataloguedSubParagraph(char Letter, int ClauseCount);
