using Cooperation.Law;
using Cooperation.States;
using FsCheck;
using FsCheck.Fluent;

namespace Cooperation.Abstractions.Tests;

/// <summary>Generators shared by the property tests of this project.</summary>
public static class Arbitraries
{
    /// <summary>Every provision the catalogue knows, as a citation: whole articles, paragraphs, sub-paragraphs and clauses.</summary>
    public static readonly ArticleCitation[] AllCatalogued = [.. EnumerateCatalogue()];

    public static Arbitrary<StateCode> StateCodes() => Gen.Elements(StateCode.All.ToArray()).ToArbitrary();

    public static Arbitrary<ArticleCitation> Citations() => Gen.Elements(AllCatalogued).ToArbitrary();

    private static IEnumerable<ArticleCitation> EnumerateCatalogue()
    {
        foreach (var instrument in Instrument.All)
        {
            foreach (var article in ArticleCatalogue.Articles(instrument))
            {
                yield return article.Citation;
                foreach (var letter in article.SubParagraphs)
                {
                    yield return ArticleCitation.Create(instrument, article.Number, null, letter.Letter);
                }

                foreach (var paragraph in article.Paragraphs)
                {
                    yield return ArticleCitation.Create(instrument, article.Number, paragraph.Number);
                    foreach (var sub in paragraph.SubParagraphs)
                    {
                        yield return ArticleCitation.Create(instrument, article.Number, paragraph.Number, sub.Letter);
                        for (var clause = 1; clause <= sub.ClauseCount; clause++)
                        {
                            yield return ArticleCitation.Create(instrument, article.Number, paragraph.Number, sub.Letter, clause);
                        }
                    }
                }
            }
        }
    }
}
