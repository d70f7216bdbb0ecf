using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Rendering;

/// <summary>The formats a request renders to.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DraftFormat>))]
public enum DraftFormat
{
    /// <summary>Plain text.</summary>
    Text = 1,

    /// <summary>Markdown (CommonMark); user values are escaped.</summary>
    Markdown = 2,

    /// <summary>A standalone HTML page for portals; every user value is HTML-encoded.</summary>
    Html = 3,

    /// <summary>A Word document (Office Open XML, .docx) that Word and LibreOffice open and the user can edit and sign.</summary>
    Docx = 4,
}
