using Cooperation.Law;
using Cooperation.Requests;

namespace Cooperation.Drafting.Contents;

/// <summary>
/// What a request for mutual legal assistance shall contain: UNTOC art. 18(15)(a)-(f), repeated word for word in
/// UNCAC art. 46(15)(a)-(f) and the 1988 Convention art. 7(10)(a)-(f).
/// </summary>
/// <remarks>
/// These are the treaty minimums that apply where the two States are not bound by an MLA treaty (UNTOC art.
/// 18(7)); a treaty between them, or the requested State's domestic law, may ask for more, which the directory's
/// State data records.
/// </remarks>
public static class MlaRequestContents
{
    /// <summary>Gets the six items of the article that governs mutual legal assistance under an instrument.</summary>
    /// <param name="instrument">The instrument; the Protocols apply UNTOC art. 18 <i>mutatis mutandis</i>, so they yield the UNTOC citations.</param>
    /// <returns>The items (a) to (f), in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public static IReadOnlyList<ContentItem> For(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var (article, paragraph) = instrument == Instrument.Uncac ? (46, 15)
            : instrument == Instrument.DrugConvention1988 ? (7, 10)
            : (18, 15);
        var source = instrument.IsProtocol ? Instrument.Untoc : instrument;
        ArticleCitation Cite(char letter) => ArticleCitation.Create(source, article, paragraph, letter);

        return
        [
            new("requestingAuthority", Cite('a'), Necessity.Required,
                "The identity of the authority making the request."),
            new("subjectMatter", Cite('b'), Necessity.Required,
                "The subject matter and nature of the investigation, prosecution or judicial proceeding to which the request relates and the name and functions of the authority conducting it."),
            new("factsSummary", Cite('c'), Necessity.RequiredUnlessOnlyServiceOfDocuments,
                "A summary of the relevant facts, except in relation to requests for the purpose of service of judicial documents."),
            new("assistanceSought", Cite('d'), Necessity.Required,
                "A description of the assistance sought and details of any particular procedure that the requesting State wishes to be followed."),
            new("personsConcerned", Cite('e'), Necessity.WherePossible,
                "Where possible, the identity, location and nationality of any person concerned."),
            new("purpose", Cite('f'), Necessity.Required,
                "The purpose for which the evidence, information or action is sought."),
        ];
    }

    /// <summary>
    /// Tells whether an item is needed in a request asking for the given measures: the facts summary of
    /// art. 18(15)(c) is not needed when the only measure is service of judicial documents.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="measures">The measures the request asks for.</param>
    /// <returns><see langword="true"/> if a request without the item would not conform to the article.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsRequired(ContentItem item, IReadOnlyCollection<MlaMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(measures);
        return item.Necessity switch
        {
            Necessity.Required => true,
            Necessity.RequiredUnlessOnlyServiceOfDocuments =>
                !(measures.Count > 0 && measures.All(m => m == MlaMeasure.ServiceOfJudicialDocuments)),
            _ => false,
        };
    }
}
