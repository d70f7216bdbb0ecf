namespace Cooperation.Cli;

/// <summary>The exit codes of the cooperation program; scripts and CI pipelines rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed; the message is on standard error.</summary>
    public const int UnexpectedError = 1;

    /// <summary>The input was invalid; standard error names the offending value or JSON path.</summary>
    public const int InvalidInput = 2;

    /// <summary>A draft still has errors on its checklist (<c>draft check</c>, or <c>draft</c> without <c>--force</c>).</summary>
    public const int IssuesRemain = 3;

    /// <summary>The actor may not do this (directory governance).</summary>
    public const int Denied = 4;

    /// <summary>The record changed since the proposal was written (directory governance): propose again.</summary>
    public const int Conflict = 5;
}
