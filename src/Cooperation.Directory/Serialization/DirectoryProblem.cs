namespace Cooperation.Directory.Serialization;

/// <summary>One problem found in a directory document.</summary>
/// <param name="Path">Where: a JSON path such as <c>$.authorities[3].timeZone</c>.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="Value">The offending value as it appears in the document, if there is one.</param>
public sealed record DirectoryProblem(string Path, string Message, string? Value = null)
{
    /// <summary>Formats the problem as <c>path: message (value)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is null ? $"{Path}: {Message}" : $"{Path}: {Message} (value: {Value})";
}
