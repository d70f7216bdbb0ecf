using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Cooperation.Law;

/// <summary>
/// Every article of the six instruments, with its English title, and the paragraph structure of the articles
/// the SDK cites inside: UNTOC arts. 2, 3, 13, 16, 17, 18, 21 and 27, UNCAC arts. 44 and 46, the 1988 Convention
/// arts. 6, 7 and 17, SOM art. 8 and FP art. 13 among them.
/// </summary>
/// <remarks>
/// The catalogue is what makes an <see cref="ArticleCitation"/> trustworthy: a citation can only be created for a
/// provision listed here, so a rule cannot cite UNTOC art. 16(18) or art. 18(3)(j).
/// </remarks>
/// <threadsafety>Immutable; all members are safe to call concurrently.</threadsafety>
public static class ArticleCatalogue
{
    private static readonly FrozenDictionary<Instrument, CataloguedArticle[]> ArticlesByInstrument = new Dictionary<Instrument, CataloguedArticle[]>
    {
        [Instrument.Untoc] = Build(Instrument.Untoc, ArticleCatalogueData.UntocArticles),
        [Instrument.TraffickingInPersonsProtocol] = Build(Instrument.TraffickingInPersonsProtocol, ArticleCatalogueData.TipArticles),
        [Instrument.SmugglingOfMigrantsProtocol] = Build(Instrument.SmugglingOfMigrantsProtocol, ArticleCatalogueData.SomArticles),
        [Instrument.FirearmsProtocol] = Build(Instrument.FirearmsProtocol, ArticleCatalogueData.FirearmsArticles),
        [Instrument.Uncac] = Build(Instrument.Uncac, ArticleCatalogueData.UncacArticles),
        [Instrument.DrugConvention1988] = Build(Instrument.DrugConvention1988, ArticleCatalogueData.DrugConventionArticles),
    }.ToFrozenDictionary();

    /// <summary>Gets the articles of an instrument, in order.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>Its articles, from article 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public static IReadOnlyList<CataloguedArticle> Articles(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return ArticlesByInstrument[instrument];
    }

    /// <summary>Finds an article.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="number">The article number.</param>
    /// <param name="article">The article, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the instrument has an article with that number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public static bool TryFind(Instrument instrument, int number, [MaybeNullWhen(false)] out CataloguedArticle article)
    {
        var articles = Articles(instrument);
        article = number >= 1 && number <= articles.Count ? articles[number - 1] : null;
        return article is not null;
    }

    /// <summary>Gets the article a citation points into.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The cited article; it always exists, because citations are checked when they are created.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public static CataloguedArticle ArticleOf(ArticleCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return Articles(citation.Instrument)[citation.Article - 1];
    }

    /// <summary>
    /// Explains why a provision does not exist, or returns <see langword="null"/> when it does.
    /// </summary>
    internal static string? Check(Instrument instrument, int article, int? paragraph, char? subParagraph, int? clause)
    {
        if (!TryFind(instrument, article, out var entry))
        {
            return $"{instrument.Abbreviation} has no article {article} (it has articles 1 to {Articles(instrument).Count}).";
        }

        var where = $"{instrument.Abbreviation} art. {article}";
        if (paragraph is null && subParagraph is null && clause is null)
        {
            return null;
        }

        if (!entry.IsStructureCatalogued)
        {
            return $"{where} ({entry.Title}) can only be cited as a whole: its paragraphs are not in the catalogue.";
        }

        IReadOnlyList<CataloguedSubParagraph> letters;
        if (paragraph is int p)
        {
            if (p < 1 || p > entry.Paragraphs.Count)
            {
                return entry.Paragraphs.Count == 0
                    ? $"{where} has no numbered paragraphs."
                    : $"{where} has no paragraph {p} (it has paragraphs 1 to {entry.Paragraphs.Count}).";
            }

            letters = entry.Paragraphs[p - 1].SubParagraphs;
            where += $"({p})";
        }
        else
        {
            if (entry.Paragraphs.Count > 0)
            {
                return $"{where} has numbered paragraphs: cite the paragraph before the sub-paragraph.";
            }

            letters = entry.SubParagraphs;
        }

        if (subParagraph is not char letter)
        {
            return clause is null ? null : $"{where}: a clause needs a sub-paragraph.";
        }

        var sub = letters.FirstOrDefault(s => s.Letter == letter);
        if (sub is null)
        {
            return letters.Count == 0
                ? $"{where} has no sub-paragraphs."
                : $"{where} has no sub-paragraph ({letter}) (it has ({letters[0].Letter}) to ({letters[^1].Letter})).";
        }

        if (clause is int c && (c < 1 || c > sub.ClauseCount))
        {
            return sub.ClauseCount == 0
                ? $"{where}({letter}) has no clauses."
                : $"{where}({letter}) has no clause {c} (it has (i) to ({RomanNumeral.Format(sub.ClauseCount)})).";
        }

        return null;
    }

    private static CataloguedArticle[] Build(Instrument instrument, (int Number, string Title, string? Structure)[] rows) =>
        [.. rows.Select(r => new CataloguedArticle(instrument, r.Number, r.Title, r.Structure))];
}
