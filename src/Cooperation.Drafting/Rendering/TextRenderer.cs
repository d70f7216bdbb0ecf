using System.Globalization;
using System.Text;

namespace Cooperation.Drafting.Rendering;

/// <summary>Plain text, for e-mail bodies and terminals.</summary>
internal static class TextRenderer
{
    public static string Render(DraftDocument d)
    {
        var text = new StringBuilder();
        text.AppendLine(d.Title.ToUpperInvariant()).AppendLine();
        foreach (var line in d.Header)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.Label}: {line.Text}");
        }

        text.AppendLine().AppendLine(d.Introduction);
        foreach (var section in d.Sections)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{section.Number}. {section.Heading}");
            if (section.TranslationNote is { } note)
            {
                text.AppendLine(note);
            }

            foreach (var line in section.Lines)
            {
                var indent = new string(' ', line.Level * 3);
                var bullet = line.Level == 1 ? "- " : string.Empty;
                text.AppendLine(line.Label is null ? $"{indent}{bullet}{line.Text}" : $"{indent}{bullet}{line.Label}: {line.Text}");
            }
        }

        if (d.Annexes.Count > 0)
        {
            text.AppendLine().AppendLine(d.AnnexesHeading);
            for (var i = 0; i < d.Annexes.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {d.Annexes[i]}");
            }
        }

        text.AppendLine();
        foreach (var line in d.Signature)
        {
            text.AppendLine(line.Label is null ? line.Text : $"{line.Label}: {line.Text}");
        }

        return text.ToString();
    }
}
