using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>Channels through which a request or communication is transmitted.</summary>
/// <remarks>In JSON each value is written in camelCase, for example <c>centralAuthority</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<Channel>))]
public enum Channel
{
    /// <summary>Directly between the designated central authorities: the default route (UNTOC art. 18(13); UNCAC art. 46(13); 1988 art. 7(8)).</summary>
    CentralAuthority = 1,

    /// <summary>Through diplomatic channels, where the requested State requires it (UNTOC art. 18(13)).</summary>
    Diplomatic = 2,

    /// <summary>Through the International Criminal Police Organization, in urgent circumstances where the States agree, if possible (UNTOC art. 18(13)).</summary>
    Interpol = 3,

    /// <summary>To the distinct central authority of a special region or territory with a separate system of mutual legal assistance (UNTOC art. 18(13)).</summary>
    RegionalCentralAuthority = 4,

    /// <summary>Direct law-enforcement cooperation between police and other competent authorities; not mutual legal assistance (UNTOC art. 27).</summary>
    LawEnforcement = 5,
}
