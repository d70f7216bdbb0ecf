using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cooperation.Drafting.Rendering;

/// <summary>Markdown (CommonMark). User values are escaped so that they show as typed and cannot inject markup.</summary>
internal static partial class MarkdownRenderer
{
    public static string Render(DraftDocument d)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(d.Title)}").AppendLine();
        foreach (var line in d.Header)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{Escape(line.Label!)}:** {Escape(line.Text)}  ");
        }

        md.AppendLine().AppendLine(Escape(d.Introduction));
        foreach (var section in d.Sections)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {section.Number}. {Escape(section.Heading)}").AppendLine();
            if (section.TranslationNote is { } note)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"> {Escape(note)}").AppendLine();
            }

            foreach (var line in section.Lines)
            {
                var prefix = line.Level switch { 1 => "- ", 2 => "  - ", _ => string.Empty };
                var text = Escape(line.Text).Replace("\n", "<br>", StringComparison.Ordinal);
                md.AppendLine(line.Label is null ? $"{prefix}{text}" : $"{prefix}**{Escape(line.Label)}:** {text}");
                if (line.Level == 0)
                {
                    md.AppendLine();
                }
            }
        }

        if (d.Annexes.Count > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Escape(d.AnnexesHeading)}").AppendLine();
            for (var i = 0; i < d.Annexes.Count; i++)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {Escape(d.Annexes[i])}");
            }
        }

        md.AppendLine();
        foreach (var line in d.Signature)
        {
            md.AppendLine(line.Label is null ? $"{Escape(line.Text)}  " : $"**{Escape(line.Label)}:** {Escape(line.Text)}  ");
        }

        return md.ToString();
    }

    // Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is the safe choice.
    private static string Escape(string text) => MarkdownPunctuation().Replace(text, @"\$0");

    [GeneratedRegex(@"[\\`*_{}\[\]()#+\-.!|<>&~]")]
    private static partial Regex MarkdownPunctuation();
}
