using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Requirements;

/// <summary>How strongly a section or field of a request is asked for in this case.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RequirementLevel>))]
public enum RequirementLevel
{
    /// <summary>Without it the request does not conform: an error.</summary>
    Required = 1,

    /// <summary>Asked for "where possible", by practice, or by the requested State without being checkable: a warning.</summary>
    Recommended = 2,
}
