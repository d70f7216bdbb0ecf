using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Cooperation.Serialization.Converters;

namespace Cooperation.Law;

/// <summary>
/// A citation of a provision of one of the six instruments: instrument, article, and optionally paragraph,
/// sub-paragraph and clause, as in <c>UNTOC art. 16(5)(a)</c>.
/// </summary>
/// <remarks>
/// <para>
/// A citation can only be created for a provision that exists in the <see cref="ArticleCatalogue"/>, so every
/// citation the SDK emits points at real treaty text. The canonical text form is
/// <c>{abbreviation} art. {article}({paragraph})({sub-paragraph})({clause})</c>, with the parts that are absent
/// left out: <c>UNTOC art. 16(5)(a)</c>, <c>SOM art. 8(2)</c>, <c>FP art. 13(2)</c>, <c>TIP art. 5</c>,
/// <c>UNCAC art. 44(2)</c>, <c>1988 art. 6(9)(a)</c>, <c>UNTOC art. 2(b)</c> (an article of lettered
/// sub-paragraphs only) and <c>UNTOC art. 27(1)(b)(i)</c>. <see cref="Parse(string)"/> reads exactly what
/// <see cref="ToString"/> writes, and also tolerates extra spaces, <c>article</c> or <c>art</c> for
/// <c>art.</c>, and any letter case in the abbreviation.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share.</threadsafety>
[JsonConverter(typeof(ArticleCitationJsonConverter))]
public sealed partial record ArticleCitation : IComparable<ArticleCitation>
{
    private ArticleCitation(Instrument instrument, int article, int? paragraph, char? subParagraph, int? clause)
    {
        Instrument = instrument;
        Article = article;
        Paragraph = paragraph;
        SubParagraph = subParagraph;
        Clause = clause;
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the article number.</summary>
    public int Article { get; }

    /// <summary>Gets the paragraph number, or <see langword="null"/> when the whole article (or a lettered sub-paragraph of an article without numbered paragraphs) is cited.</summary>
    public int? Paragraph { get; }

    /// <summary>Gets the sub-paragraph letter, lower case, or <see langword="null"/>.</summary>
    public char? SubParagraph { get; }

    /// <summary>Gets the clause number (1 for (i), 2 for (ii), ...), or <see langword="null"/>.</summary>
    public int? Clause { get; }

    /// <summary>Gets the English title of the cited article.</summary>
    public string ArticleTitle => ArticleCatalogue.ArticleOf(this).Title;

    /// <summary>Creates a citation of a provision listed in the <see cref="ArticleCatalogue"/>.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="article">The article number.</param>
    /// <param name="paragraph">The paragraph number, if any.</param>
    /// <param name="subParagraph">The sub-paragraph letter, if any (any case; stored lower case).</param>
    /// <param name="clause">The clause number, if any: 1 for (i), 2 for (ii).</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentException">The provision does not exist; the message says why.</exception>
    public static ArticleCitation Create(Instrument instrument, int article, int? paragraph = null, char? subParagraph = null, int? clause = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var letter = subParagraph is char c ? char.ToLowerInvariant(c) : (char?)null;
        var problem = ArticleCatalogue.Check(instrument, article, paragraph, letter, clause);
        return problem is null
            ? new ArticleCitation(instrument, article, paragraph, letter, clause)
            : throw new ArgumentException(problem);
    }

    /// <summary>Parses a citation in the canonical form, for example <c>UNTOC art. 16(5)(a)</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a citation, or cites a provision that does not exist; the message names the value and says why.</exception>
    public static ArticleCitation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var citation, out var problem)
            ? citation
            : throw new FormatException($"'{value}' is not a valid citation: {problem}");
    }


    /// <summary>Tries to parse a citation in the canonical form.</summary>
    /// <param name="value">The text.</param>
    /// <param name="result">The citation, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the text cites a provision in the catalogue.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [MaybeNullWhen(false)] out ArticleCitation result) =>
        TryParse(value, out result, out _);


    /// <summary>Gets the citation of the enclosing provision (art. 16(5)(a) → art. 16(5) → art. 16), or <see langword="null"/> for a whole article.</summary>
    public ArticleCitation? Parent => (Paragraph, SubParagraph, Clause) switch
    {
        (_, _, not null) => new ArticleCitation(Instrument, Article, Paragraph, SubParagraph, null),
        (_, not null, null) => new ArticleCitation(Instrument, Article, Paragraph, null, null),
        (not null, null, null) => new ArticleCitation(Instrument, Article, null, null, null),
        _ => null,
    };

    /// <summary>Returns the canonical text form, for example <c>UNTOC art. 16(5)(a)</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Instrument.Abbreviation).Append(" art. ").Append(Article.ToString(CultureInfo.InvariantCulture));
        if (Paragraph is int p)
        {
            text.Append('(').Append(p.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (SubParagraph is char s)
        {
            text.Append('(').Append(s).Append(')');
        }

        if (Clause is int c)
        {
            text.Append('(').Append(RomanNumeral.Format(c)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Orders citations by instrument (in <see cref="Instrument.All"/> order), then article, paragraph, sub-paragraph and clause.</summary>
    /// <param name="other">The citation to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ArticleCitation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byInstrument = Instrument.Order.CompareTo(other.Instrument.Order);
        return byInstrument != 0 ? byInstrument
            : Article != other.Article ? Article.CompareTo(other.Article)
            : Nullable.Compare(Paragraph, other.Paragraph) is var p and not 0 ? p
            : Nullable.Compare(SubParagraph, other.SubParagraph) is var s and not 0 ? s
            : Nullable.Compare(Clause, other.Clause);
    }

    private static bool TryParse(string? value, [MaybeNullWhen(false)] out ArticleCitation result, out string problem)
    {
        result = null;
        if (value is null)
        {
            problem = "no text.";
            return false;
        }

        var match = CitationPattern().Match(value);
        if (!match.Success)
        {
            problem = "expected the form 'UNTOC art. 16(5)(a)' (instrument UNTOC, TIP, SOM, FP, UNCAC or 1988; article; optional (paragraph)(sub-paragraph)(clause)).";
            return false;
        }

        var instrument = Instrument.Parse(match.Groups["instrument"].Value);
        if (!int.TryParse(match.Groups["article"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var article))
        {
            problem = "the article number is too large.";
            return false;
        }

        int? paragraph = null;
        if (match.Groups["paragraph"].Success)
        {
            if (!int.TryParse(match.Groups["paragraph"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                problem = "the paragraph number is too large.";
                return false;
            }

            paragraph = p;
        }

        char? letter = match.Groups["sub"].Success ? char.ToLowerInvariant(match.Groups["sub"].Value[0]) : null;
        int? clause = null;
        if (match.Groups["clause"].Success)
        {
            var c = RomanNumeral.Parse(match.Groups["clause"].Value.ToLowerInvariant());
            if (c == 0)
            {
                problem = $"'({match.Groups["clause"].Value})' is not a clause numeral.";
                return false;
            }

            clause = c;
        }

        var check = ArticleCatalogue.Check(instrument, article, paragraph, letter, clause);
        if (check is not null)
        {
            problem = check;
            return false;
        }

        problem = string.Empty;
        result = new ArticleCitation(instrument, article, paragraph, letter, clause);
        return true;
    }

    [GeneratedRegex(
        @"^\s*(?<instrument>UNTOC|TIP|SOM|FP|UNCAC|C?1988)\s+art(?:icle|\.)?\s*(?<article>[0-9]{1,4})(?:\s*\(\s*(?<paragraph>[0-9]{1,4})\s*\))?(?:\s*\(\s*(?<sub>[a-z])\s*\))?(?:\s*\(\s*(?<clause>[ivx]{1,6})\s*\))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CitationPattern();
}
