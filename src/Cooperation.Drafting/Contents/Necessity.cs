using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Contents;

/// <summary>How strongly a provision asks for an item of a request.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Necessity>))]
public enum Necessity
{
    /// <summary>The request must contain the item.</summary>
    Required = 1,

    /// <summary>Required, except in a request only for service of judicial documents (UNTOC art. 18(15)(c)).</summary>
    RequiredUnlessOnlyServiceOfDocuments = 2,

    /// <summary>To be given "where possible": its absence is a warning, not a defect.</summary>
    WherePossible = 3,
}
