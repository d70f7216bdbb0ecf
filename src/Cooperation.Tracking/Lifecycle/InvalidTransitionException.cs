namespace Cooperation.Tracking.Lifecycle;

/// <summary>An event that the request's lifecycle does not allow in its current status, or that lacks what the convention requires of it.</summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="status">Its status.</param>
    /// <param name="kind">The event refused.</param>
    /// <param name="message">Why, and what is allowed instead.</param>
    public InvalidTransitionException(long requestId, RequestStatus status, RequestEventKind kind, string message)
        : base(message)
    {
        RequestId = requestId;
        Status = status;
        Kind = kind;
    }

    /// <summary>Gets the request.</summary>
    public long RequestId { get; }

    /// <summary>Gets the request's status when the event was refused.</summary>
    public RequestStatus Status { get; }

    /// <summary>Gets the kind of event refused.</summary>
    public RequestEventKind Kind { get; }
}
