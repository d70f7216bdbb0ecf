using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Evaluation;

/// <summary>What a provision does to the requested (or requesting) State in the case at hand.</summary>
/// <remarks>In JSON each value is written in camelCase, for example <c>mustNot</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<Effect>))]
public enum Effect
{
    /// <summary>An obligation ("shall").</summary>
    Must = 1,

    /// <summary>A prohibition ("shall not"); a refusal on such a ground is invalid.</summary>
    MustNot = 2,

    /// <summary>A discretion ("may").</summary>
    May = 3,

    /// <summary>A duty to consider or endeavour, with no enforceable result ("shall consider", "shall endeavour").</summary>
    Consider = 4,

    /// <summary>The answer depends on the requested State's domestic law or treaties, which the State profile records.</summary>
    DependsOnDomesticLaw = 5,

    /// <summary>The provision does not apply to the case.</summary>
    NotApplicable = 6,
}
