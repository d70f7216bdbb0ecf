using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>The kinds of maximum penalty an offence can carry, as far as the cooperation rules need to tell them apart.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PenaltyKind>))]
public enum PenaltyKind
{
    /// <summary>No deprivation of liberty (for example a fine only). Never serious crime under UNTOC art. 2(b).</summary>
    NonCustodial = 1,

    /// <summary>Deprivation of liberty for a maximum number of months.</summary>
    DeprivationOfLiberty = 2,

    /// <summary>Life imprisonment: "a more serious penalty" than any term (UNTOC art. 2(b)).</summary>
    LifeImprisonment = 3,

    /// <summary>A penalty more serious than deprivation of liberty, such as the death penalty (UNTOC art. 2(b)).</summary>
    MoreSerious = 4,
}
