namespace Cooperation.Drafting.Serialization;

/// <summary>A draft document is not valid JSON for a <see cref="Drafts.RequestDraft"/>; the message names the JSON path and value.</summary>
public sealed class InvalidDraftException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDraftException"/> class.</summary>
    /// <param name="path">The JSON path of the offending field.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidDraftException(string path, string message, Exception? innerException = null)
        : base($"{path}: {message}", innerException) => Path = path;

    /// <summary>Gets the JSON path of the offending field.</summary>
    public string Path { get; }
}
