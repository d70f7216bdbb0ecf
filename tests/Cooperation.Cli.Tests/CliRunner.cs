using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Cli.Tests;

/// <summary>Runs the program in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 29, 1, 30);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CooperationCli.Run(args, output, error, new FakeClock(Now));
        return (exitCode, output.ToString(), error.ToString());
    }
}
