using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Templates;

/// <summary>The languages the fixed text of the request templates exists in.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TemplateLanguage>))]
public enum TemplateLanguage
{
    /// <summary>English.</summary>
    English = 1,

    /// <summary>French.</summary>
    French = 2,

    /// <summary>Spanish.</summary>
    Spanish = 3,

    /// <summary>Russian.</summary>
    Russian = 4,

    /// <summary>Arabic, written right to left.</summary>
    Arabic = 5,

    /// <summary>Chinese (simplified).</summary>
    Chinese = 6,

    /// <summary>Portuguese.</summary>
    Portuguese = 7,
}
