using Cooperation.Drafting.Templates;

namespace Cooperation.Drafting.Rendering;

/// <summary>
/// A request composed for rendering: the fixed text in the template language, the user's values as typed, sections
/// numbered. Every format (text, Markdown, HTML, Word) renders this same document.
/// </summary>
/// <param name="Language">The template language.</param>
/// <param name="Title">The title.</param>
/// <param name="Header">Reference, from, to: label and value.</param>
/// <param name="Introduction">The opening sentence.</param>
/// <param name="Sections">The numbered sections.</param>
/// <param name="AnnexesHeading">The heading of the annex list.</param>
/// <param name="Annexes">The annexes, in order.</param>
/// <param name="Signature">The signature block: label and value lines.</param>
public sealed record DraftDocument(
    TemplateLanguage Language,
    string Title,
    IReadOnlyList<DocumentLine> Header,
    string Introduction,
    IReadOnlyList<DocumentSection> Sections,
    string AnnexesHeading,
    IReadOnlyList<string> Annexes,
    IReadOnlyList<DocumentLine> Signature)
{
    /// <summary>Gets a value indicating whether the template language is written right to left.</summary>
    public bool RightToLeft => TemplateLanguages.IsRightToLeft(Language);
}

/// <summary>A numbered section.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Heading">Its heading in the template language.</param>
/// <param name="Lines">Its content.</param>
/// <param name="TranslationNote">A marker that the user's text in it must be translated, or <see langword="null"/>.</param>
public sealed record DocumentSection(int Number, string Heading, IReadOnlyList<DocumentLine> Lines, string? TranslationNote);

/// <summary>A line of content: an optional label in the template language and a value as the user typed it.</summary>
/// <param name="Label">The label, or <see langword="null"/> for a paragraph of text.</param>
/// <param name="Text">The value.</param>
/// <param name="Level">0 for a paragraph; 1 for an item of a list; 2 for a detail of an item.</param>
public sealed record DocumentLine(string? Label, string Text, int Level = 0);
