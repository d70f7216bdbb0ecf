namespace Cooperation.Tracking.Lifecycle;

/// <summary>
/// An event recorded against a version of the request that is no longer the latest: someone else recorded an event
/// in between. Nothing was written; read the request again and decide whether the event still applies.
/// </summary>
public sealed class RequestConflictException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="expectedVersion">The version the caller based the event on.</param>
    /// <param name="actualVersion">The request's version now.</param>
    public RequestConflictException(long requestId, int expectedVersion, int actualVersion)
        : base($"Request {requestId} is at version {actualVersion}, not {expectedVersion}: another event was recorded in the meantime. Read it again before recording.")
    {
        RequestId = requestId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the request.</summary>
    public long RequestId { get; }

    /// <summary>Gets the version the caller expected.</summary>
    public int ExpectedVersion { get; }

    /// <summary>Gets the version found.</summary>
    public int ActualVersion { get; }
}
