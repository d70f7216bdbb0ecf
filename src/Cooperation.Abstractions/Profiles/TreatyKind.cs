using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Profiles;

/// <summary>The kinds of cooperation treaty that change how the conventions apply between two States.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TreatyKind>))]
public enum TreatyKind
{
    /// <summary>An extradition treaty: UNTOC art. 16(3) deems Convention offences included in it.</summary>
    Extradition = 1,

    /// <summary>A mutual legal assistance treaty: where it binds both States, UNTOC art. 18(7) applies its provisions instead of art. 18(9)-(29).</summary>
    MutualLegalAssistance = 2,
}
