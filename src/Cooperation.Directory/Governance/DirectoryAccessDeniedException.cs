namespace Cooperation.Directory.Governance;

/// <summary>An actor tried something their role does not allow; the message says who, what and why not.</summary>
public sealed class DirectoryAccessDeniedException : UnauthorizedAccessException
{
    /// <summary>Initializes a new instance of the <see cref="DirectoryAccessDeniedException"/> class.</summary>
    /// <param name="actor">Who tried.</param>
    /// <param name="action">What they tried.</param>
    /// <param name="reason">Why it is refused.</param>
    public DirectoryAccessDeniedException(Actor actor, string action, string reason)
        : base($"{actor} may not {action}: {reason}")
    {
        Actor = actor;
    }

    /// <summary>Gets who tried.</summary>
    public Actor Actor { get; }
}
