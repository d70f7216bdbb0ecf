using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Drafts;

/// <summary>Whether the person sought is wanted for prosecution or for the enforcement of a sentence.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ExtraditionStatus>))]
public enum ExtraditionStatus
{
    /// <summary>Accused: extradition for prosecution, on a warrant.</summary>
    Accused = 1,

    /// <summary>Convicted: extradition to enforce a sentence, on a judgment.</summary>
    Convicted = 2,
}
