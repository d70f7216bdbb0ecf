using System.Globalization;

namespace Cooperation.Law;

/// <summary>Parses the compact structure notation of <see cref="ArticleCatalogue"/> into paragraphs.</summary>
internal static class ArticleStructure
{
    internal static (IReadOnlyList<CataloguedParagraph> Paragraphs, IReadOnlyList<CataloguedSubParagraph> SubParagraphs) Parse(string structure)
    {
        var parts = structure.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var paragraphCount = parts.Length > 0 && !parts[0].Contains(':', StringComparison.Ordinal)
            ? int.Parse(parts[0], CultureInfo.InvariantCulture)
            : 0;

        // Keyed by paragraph number (0 for an article of lettered sub-paragraphs only).
        var letters = new Dictionary<int, List<char>>();
        var clauses = new Dictionary<(int Paragraph, char Letter), int>();
        foreach (var part in parts.Where(p => p.Contains(':', StringComparison.Ordinal)))
        {
            var (target, range) = (part[..part.IndexOf(':', StringComparison.Ordinal)], part[(part.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            var digits = new string(target.TakeWhile(char.IsAsciiDigit).ToArray());
            var paragraph = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
            var letter = target[digits.Length..];
            if (letter.Length == 0)
            {
                letters[paragraph] = [.. LetterRange(range)];
            }
            else
            {
                clauses[(paragraph, letter[0])] = RomanNumeral.Parse(range[(range.IndexOf('-', StringComparison.Ordinal) + 1)..]);
            }
        }

        CataloguedSubParagraph[] SubParagraphsOf(int paragraph) =>
            letters.TryGetValue(paragraph, out var list)
                ? [.. list.Select(l => new CataloguedSubParagraph(l, clauses.GetValueOrDefault((paragraph, l))))]
                : [];

        var paragraphs = Enumerable.Range(1, paragraphCount)
            .Select(n => new CataloguedParagraph(n, SubParagraphsOf(n)))
            .ToArray();
        return (paragraphs, SubParagraphsOf(0));
    }

    private static IEnumerable<char> LetterRange(string range)
    {
        var from = range[0];
        var to = range[^1];
        for (var c = from; c <= to; c++)
        {
            yield return c;
        }
    }
}
