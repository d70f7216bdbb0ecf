namespace Cooperation.Law;

/// <summary>Lower-case roman numerals for clauses such as (i), (iv), (ix): the only ones treaty texts use.</summary>
internal static class RomanNumeral
{
    private static readonly string[] Numerals =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

    internal static string Format(int value) => Numerals[value - 1];

    internal static int Parse(string text)
    {
        var index = Array.IndexOf(Numerals, text);
        return index < 0 ? 0 : index + 1;
    }
}
