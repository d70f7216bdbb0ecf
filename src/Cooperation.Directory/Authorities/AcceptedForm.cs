using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Directory.Authorities;

/// <summary>Forms in which an authority accepts a request.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AcceptedForm>))]
public enum AcceptedForm
{
    /// <summary>The signed original.</summary>
    Original = 1,

    /// <summary>A certified copy.</summary>
    CertifiedCopy = 2,

    /// <summary>By fax (usually to be followed by the original).</summary>
    Fax = 3,

    /// <summary>By e-mail (usually to be followed by the original).</summary>
    Email = 4,

    /// <summary>Through an electronic transmission system that establishes authenticity.</summary>
    Electronic = 5,
}
