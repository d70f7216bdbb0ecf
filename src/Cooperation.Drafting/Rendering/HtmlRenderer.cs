using System.Globalization;
using System.Net;
using System.Text;

namespace Cooperation.Drafting.Rendering;

/// <summary>A standalone HTML page. Every value, fixed or typed, is HTML-encoded: nothing a user types becomes markup.</summary>
internal static class HtmlRenderer
{
    public static string Render(DraftDocument d)
    {
        static string E(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);
        var lang = Templates.TemplateLanguages.Tag(d.Language);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<html lang=\"{lang}\" dir=\"{(d.RightToLeft ? "rtl" : "ltr")}\">");
        html.AppendLine("<head><meta charset=\"utf-8\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{E(d.Title)}</title>");
        html.AppendLine("<style>body{font-family:serif;max-width:48em;margin:2em auto;line-height:1.5}h1{text-align:center}.label{font-weight:bold}.translate{background:#fff3cd;padding:.2em .5em}.signature{margin-top:3em}</style>");
        html.AppendLine("</head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>{E(d.Title)}</h1>");
        html.AppendLine("<dl class=\"header\">");
        foreach (var line in d.Header)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<dt>{E(line.Label!)}</dt><dd>{E(line.Text)}</dd>");
        }

        html.AppendLine("</dl>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{E(d.Introduction)}</p>");
        foreach (var section in d.Sections)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<section><h2>{section.Number}. {E(section.Heading)}</h2>");
            if (section.TranslationNote is { } note)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"translate\">{E(note)}</p>");
            }

            var inList = false;
            foreach (var line in section.Lines)
            {
                var content = line.Label is null ? E(line.Text) : $"<span class=\"label\">{E(line.Label)}:</span> {E(line.Text)}";
                if (line.Level > 0 && !inList)
                {
                    html.AppendLine("<ul>");
                    inList = true;
                }
                else if (line.Level == 0 && inList)
                {
                    html.AppendLine("</ul>");
                    inList = false;
                }

                html.AppendLine(line.Level == 0 ? $"<p>{content}</p>" : line.Level == 1 ? $"<li>{content}</li>" : $"<li style=\"margin-inline-start:1.5em;list-style:circle\">{content}</li>");
            }

            if (inList)
            {
                html.AppendLine("</ul>");
            }

            html.AppendLine("</section>");
        }

        if (d.Annexes.Count > 0)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<section><h2>{E(d.AnnexesHeading)}</h2><ol>");
            foreach (var annex in d.Annexes)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<li>{E(annex)}</li>");
            }

            html.AppendLine("</ol></section>");
        }

        html.AppendLine("<div class=\"signature\">");
        foreach (var line in d.Signature)
        {
            html.AppendLine(line.Label is null ? $"<p>{E(line.Text)}</p>" : $"<p><span class=\"label\">{E(line.Label)}:</span> {E(line.Text)}</p>");
        }

        html.AppendLine("</div></body></html>");
        return html.ToString();
    }
}
