using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Profiles;

/// <summary>How a State stands toward an instrument according to a source: the act that made it a party, a signature only, or no record.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ParticipationStatus>))]
public enum ParticipationStatus
{
    /// <summary>Party by ratification.</summary>
    Ratification = 1,

    /// <summary>Party by accession.</summary>
    Accession = 2,

    /// <summary>Party by acceptance.</summary>
    Acceptance = 3,

    /// <summary>Party by approval.</summary>
    Approval = 4,

    /// <summary>Party by succession (bound from the date of succession, which the status tables do not give).</summary>
    Succession = 5,

    /// <summary>Party by formal confirmation (international organizations).</summary>
    FormalConfirmation = 6,

    /// <summary>Signed but not a party at the source's as-of date.</summary>
    SignatureOnly = 7,

    /// <summary>The source lists no act of the State: not a party at the source's as-of date; unknown after it.</summary>
    NoRecord = 8,
}
