using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Cooperation.Cli;

/// <summary>
/// Prints the version of the cooperation program itself, whatever process hosts it (System.CommandLine's default
/// reads the entry assembly, which is the test host when the program runs in-process).
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
