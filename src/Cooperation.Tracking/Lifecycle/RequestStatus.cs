using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>Where a request stands. The last five are final: no event changes them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RequestStatus>))]
public enum RequestStatus
{
    /// <summary>An outgoing request being prepared; not yet sent.</summary>
    Drafted = 1,

    /// <summary>Sent; its receipt not yet acknowledged.</summary>
    Sent = 2,

    /// <summary>Received (an incoming request) or acknowledged by the requested State (an outgoing one), and under consideration.</summary>
    Received = 3,

    /// <summary>The requested State asked for additional information it needs to execute the request (UNTOC art. 18(16)).</summary>
    AdditionalInformationRequested = 4,

    /// <summary>Being executed.</summary>
    InExecution = 5,

    /// <summary>The requesting State accepted assistance subject to conditions (UNTOC art. 18(26)); to be executed on those terms.</summary>
    ConditionallyGranted = 6,

    /// <summary>Execution postponed because it would interfere with an ongoing investigation, prosecution or proceeding (UNTOC art. 18(25)).</summary>
    Postponed = 7,

    /// <summary>Executed in full. Final.</summary>
    Executed = 8,

    /// <summary>Executed in part. Final.</summary>
    PartiallyExecuted = 9,

    /// <summary>Refused, with reasons (UNTOC art. 18(23)). Final.</summary>
    Refused = 10,

    /// <summary>Withdrawn by the requesting State, for example because assistance is no longer required (UNTOC art. 18(24)). Final.</summary>
    Withdrawn = 11,
}
