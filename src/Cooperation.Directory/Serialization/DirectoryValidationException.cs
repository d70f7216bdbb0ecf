namespace Cooperation.Directory.Serialization;

/// <summary>A directory document was rejected; <see cref="Problems"/> lists every problem found, each with its JSON path.</summary>
/// <remarks>Nothing of a rejected document is loaded.</remarks>
public sealed class DirectoryValidationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DirectoryValidationException"/> class.</summary>
    /// <param name="source">The file or other source of the document, for the message.</param>
    /// <param name="problems">The problems, at least one.</param>
    public DirectoryValidationException(string source, IReadOnlyList<DirectoryProblem> problems)
        : base(FormatMessage(source, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Gets the problems, ordered by JSON path.</summary>
    public IReadOnlyList<DirectoryProblem> Problems { get; }

    private static string FormatMessage(string source, IReadOnlyList<DirectoryProblem> problems) =>
        $"{source}: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} in the directory document:"
        + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
