using System.Collections.Immutable;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>Where an event that changes a request's status may be recorded, and the status it leads to.</summary>
/// <param name="From">The statuses the event may follow.</param>
/// <param name="To">The status it leads to.</param>
public sealed record LifecycleTransition(ImmutableArray<RequestStatus> From, RequestStatus To);
