using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Tracking.Deadlines;

/// <summary>Why a request needs attention.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>Its deadline has passed.</summary>
    Overdue = 1,

    /// <summary>Its deadline falls within the policy's working days.</summary>
    DueSoon = 2,

    /// <summary>An outgoing request has had no news for a while: ask how execution is progressing (UNTOC art. 18(24)).</summary>
    ProgressQuery = 3,
}
