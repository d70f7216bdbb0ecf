using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Profiles;

/// <summary>
/// What a State told the Secretary-General under UNTOC art. 16(5)(a) (or UNCAC art. 44(6)(a)): whether it takes the
/// Convention as the legal basis for extradition with States with which it has no extradition treaty.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConventionAsExtraditionBasis>))]
public enum ConventionAsExtraditionBasis
{
    /// <summary>The State takes the Convention as the legal basis for extradition.</summary>
    Accepts = 1,

    /// <summary>The State does not take the Convention as the legal basis for extradition.</summary>
    DoesNotAccept = 2,

    /// <summary>The State does not make extradition conditional on a treaty, so art. 16(6) applies instead.</summary>
    NotTreatyConditional = 3,

    /// <summary>No notification was made.</summary>
    NotNotified = 4,

    /// <summary>A notification exists but its content is not known (for example, the available copy is cut off).</summary>
    Unknown = 5,
}
