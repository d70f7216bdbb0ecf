namespace Cooperation.Tracking.Serialization;

/// <summary>A tracking document is invalid; the message names the JSON path and the offending value.</summary>
public sealed class TrackingValidationException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="path">The JSON path of the offending field, for example <c>$.request.requestedState</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TrackingValidationException(string path, string message, Exception? innerException = null)
        : base($"{path}: {message}", innerException)
    {
        Path = path;
    }

    /// <summary>Gets the JSON path of the offending field.</summary>
    public string Path { get; }
}
