using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>The kinds of international cooperation request the SDK knows.</summary>
/// <remarks>In JSON each value is written in camelCase, for example <c>mutualLegalAssistance</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<RequestKind>))]
public enum RequestKind
{
    /// <summary>Extradition of a person sought (UNTOC art. 16; UNCAC art. 44; 1988 art. 6).</summary>
    Extradition = 1,

    /// <summary>Mutual legal assistance (UNTOC art. 18; UNCAC art. 46; 1988 art. 7).</summary>
    MutualLegalAssistance = 2,

    /// <summary>Transfer of sentenced persons (UNTOC art. 17; UNCAC art. 45), which needs a separate agreement or arrangement.</summary>
    TransferOfSentencedPersons = 3,

    /// <summary>International cooperation for purposes of confiscation (UNTOC art. 13; UNCAC art. 55).</summary>
    ConfiscationCooperation = 4,

    /// <summary>Transfer of criminal proceedings (UNTOC art. 21; UNCAC art. 47; 1988 art. 8).</summary>
    TransferOfProceedings = 5,
}
