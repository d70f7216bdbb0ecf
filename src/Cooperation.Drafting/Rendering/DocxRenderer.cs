using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cooperation.Drafting.Rendering;

/// <summary>
/// A Word document (Office Open XML) built with the Open XML SDK: a title, numbered headings, labelled paragraphs and
/// lists, an annex list and a signature block, right to left for Arabic. Word and LibreOffice open it; the user edits
/// and signs it.
/// </summary>
internal static class DocxRenderer
{
    public static byte[] Render(DraftDocument d)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main, d);
            var body = new W.Body();

            body.Append(Paragraph(d, "Title", Run(d, d.Title)));
            foreach (var line in d.Header)
            {
                body.Append(Paragraph(d, null, Run(d, line.Label + ": ", bold: true), Run(d, line.Text)));
            }

            body.Append(Paragraph(d, null, Run(d, d.Introduction)));
            foreach (var section in d.Sections)
            {
                body.Append(Paragraph(d, "Heading1", Run(d, $"{section.Number}. {section.Heading}")));
                if (section.TranslationNote is { } note)
                {
                    body.Append(Paragraph(d, null, Run(d, note, italic: true)));
                }

                foreach (var line in section.Lines)
                {
                    var prefix = line.Level switch { 1 => "• ", 2 => "– ", _ => string.Empty };
                    var runs = new List<W.Run>();
                    if (line.Label is not null)
                    {
                        runs.Add(Run(d, prefix + line.Label + ": ", bold: true));
                        runs.AddRange(TextRuns(d, line.Text));
                    }
                    else
                    {
                        runs.AddRange(TextRuns(d, prefix + line.Text));
                    }

                    body.Append(Paragraph(d, null, [.. runs], indentTwips: line.Level * 360));
                }
            }

            if (d.Annexes.Count > 0)
            {
                body.Append(Paragraph(d, "Heading1", Run(d, d.AnnexesHeading)));
                for (var i = 0; i < d.Annexes.Count; i++)
                {
                    body.Append(Paragraph(d, null, [Run(d, $"{i + 1}. "), .. TextRuns(d, d.Annexes[i])], indentTwips: 360));
                }
            }

            body.Append(Paragraph(d, null, Run(d, string.Empty)));
            foreach (var line in d.Signature)
            {
                body.Append(line.Label is null
                    ? Paragraph(d, null, Run(d, line.Text))
                    : Paragraph(d, null, Run(d, line.Label + ": ", bold: true), Run(d, line.Text)));
            }

            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906U, Height = 16838U },
                new W.PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(DraftDocument d, string? style, params W.Run[] runs) => Paragraph(d, style, runs, 0);

    private static W.Paragraph Paragraph(DraftDocument d, string? style, W.Run[] runs, int indentTwips)
    {
        var properties = new W.ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new W.ParagraphStyleId { Val = style });
        }

        if (d.RightToLeft)
        {
            properties.Append(new W.BiDi());
        }

        if (indentTwips > 0)
        {
            properties.Append(new W.Indentation { Left = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private static IEnumerable<W.Run> TextRuns(DraftDocument d, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(d, lines[i]);
            if (i < lines.Length - 1)
            {
                run.Append(new W.Break());
            }

            yield return run;
        }
    }

    private static W.Run Run(DraftDocument d, string text, bool bold = false, bool italic = false)
    {
        var properties = new W.RunProperties();
        if (bold)
        {
            properties.Append(new W.Bold());
        }

        if (italic)
        {
            properties.Append(new W.Italic());
        }

        if (d.RightToLeft)
        {
            properties.Append(new W.RightToLeftText());
        }

        return new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void AddStyles(MainDocumentPart main, DraftDocument d)
    {
        var language = Templates.TemplateLanguages.Tag(d.Language).ToString();
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "SimSun" },
                    new W.FontSize { Val = "24" },
                    new W.Languages { Val = language, Bidi = d.RightToLeft ? language : null, EastAsia = language })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120" }))),
            new W.Style(
                new W.StyleName { Val = "Normal" },
                new W.PrimaryStyle())
            { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(
                new W.StyleName { Val = "Title" },
                new W.BasedOn { Val = "Normal" },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "240" }, new W.Justification { Val = W.JustificationValues.Center }),
                new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = "32" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Title" },
            new W.Style(
                new W.StyleName { Val = "heading 1" },
                new W.BasedOn { Val = "Normal" },
                new W.NextParagraphStyle { Val = "Normal" },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { Before = "240", After = "120" }, new W.OutlineLevel { Val = 0 }),
                new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = "26" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });
        stylesPart.Styles.Save();
    }
}
