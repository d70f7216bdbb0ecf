using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Validation;

/// <summary>How serious a checklist issue is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    /// <summary>The request is not ready to send until it is fixed.</summary>
    Error = 1,

    /// <summary>Worth fixing; the request can be sent without it.</summary>
    Warning = 2,
}
