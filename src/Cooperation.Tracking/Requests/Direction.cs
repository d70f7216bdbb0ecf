using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Tracking.Requests;

/// <summary>Whether a request was sent by the State keeping the record or received by it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Direction>))]
public enum Direction
{
    /// <summary>Received from another State: the keeping State is the requested State.</summary>
    Incoming = 1,

    /// <summary>Sent to another State: the keeping State is the requesting State.</summary>
    Outgoing = 2,
}
