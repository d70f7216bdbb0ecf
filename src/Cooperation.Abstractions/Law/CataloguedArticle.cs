namespace Cooperation.Law;

/// <summary>An article of an instrument as the <see cref="ArticleCatalogue"/> knows it.</summary>
/// <remarks>
/// Articles whose <see cref="IsStructureCatalogued"/> is <see langword="false"/> can only be cited as a whole:
/// the SDK does not cite inside them and will not accept a paragraph it cannot check.
/// </remarks>
public sealed record CataloguedArticle
{
    internal CataloguedArticle(Instrument instrument, int number, string title, string? structure)
    {
        Instrument = instrument;
        Number = number;
        Title = title;
        IsStructureCatalogued = structure is not null;
        (Paragraphs, SubParagraphs) = structure is null ? ([], []) : ArticleStructure.Parse(structure);
    }

    /// <summary>Gets the instrument the article belongs to.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the article number.</summary>
    public int Number { get; }

    /// <summary>Gets the English title of the article.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether the paragraph structure of the article is catalogued.</summary>
    public bool IsStructureCatalogued { get; }

    /// <summary>Gets the numbered paragraphs; empty for an article of one unnumbered paragraph or of lettered sub-paragraphs only.</summary>
    public IReadOnlyList<CataloguedParagraph> Paragraphs { get; }

    /// <summary>Gets the lettered sub-paragraphs of an article that has no numbered paragraphs, such as UNTOC art. 2(a)-(j).</summary>
    public IReadOnlyList<CataloguedSubParagraph> SubParagraphs { get; }

    /// <summary>Gets the citation of the whole article.</summary>
    public ArticleCitation Citation => ArticleCitation.Create(Instrument, Number);
}
