using System.Text;

namespace Cooperation.Drafting.Rendering;

/// <summary>Renders a <see cref="DraftDocument"/> to any <see cref="DraftFormat"/>.</summary>
public static class DocumentRenderer
{
    /// <summary>Renders a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="format">The format.</param>
    /// <returns>The bytes: UTF-8 text for text, Markdown and HTML; a .docx package for Word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static byte[] Render(DraftDocument document, DraftFormat format)
    {
        ArgumentNullException.ThrowIfNull(document);
        return format switch
        {
            DraftFormat.Text => Encoding.UTF8.GetBytes(TextRenderer.Render(document)),
            DraftFormat.Markdown => Encoding.UTF8.GetBytes(MarkdownRenderer.Render(document)),
            DraftFormat.Html => Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)),
            DraftFormat.Docx => DocxRenderer.Render(document),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a document format."),
        };
    }
}
