namespace Cooperation.Rules.Serialization;

/// <summary>A case document is invalid; the message names the JSON path and the offending value.</summary>
public sealed class CaseValidationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CaseValidationException"/> class.</summary>
    /// <param name="path">The JSON path of the offending field, for example <c>$.cases[2].requestedStates[0]</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CaseValidationException(string path, string message, Exception? innerException = null)
        : base($"{path}: {message}", innerException)
    {
        Path = path;
    }

    /// <summary>Gets the JSON path of the offending field.</summary>
    public string Path { get; }
}
