namespace Cooperation.Cli;

/// <summary>Input the user can correct: reported on standard error without a stack trace, exit code 2.</summary>
internal sealed class InvalidInputException(string message, Exception? innerException = null)
    : Exception(message, innerException);
