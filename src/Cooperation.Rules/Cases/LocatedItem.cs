using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Rules.Cases;

/// <summary>What of a case may be located in the requested State: the links UNTOC arts. 16(1) and 18(1) accept in place of transnationality.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<LocatedItem>))]
public enum LocatedItem
{
    /// <summary>The person sought (UNTOC art. 16(1)).</summary>
    PersonSought = 1,

    /// <summary>Victims (UNTOC art. 18(1)).</summary>
    Victims = 2,

    /// <summary>Witnesses (UNTOC art. 18(1)).</summary>
    Witnesses = 3,

    /// <summary>Proceeds of the offence (UNTOC art. 18(1)).</summary>
    Proceeds = 4,

    /// <summary>Instrumentalities of the offence (UNTOC art. 18(1)).</summary>
    Instrumentalities = 5,

    /// <summary>Evidence of the offence (UNTOC art. 18(1)).</summary>
    Evidence = 6,
}
