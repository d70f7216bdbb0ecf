using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Evaluation;

/// <summary>The overall answer for one case and one requested State.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Outcome>))]
public enum Outcome
{
    /// <summary>An instrument applies and a legal basis is available.</summary>
    Eligible = 1,

    /// <summary>No instrument applies, or no legal basis is available, on the facts stated.</summary>
    NotEligible = 2,

    /// <summary>The answer depends on facts the case does not state; <see cref="Determination.InformationNeeded"/> lists them.</summary>
    InformationNeeded = 3,
}
