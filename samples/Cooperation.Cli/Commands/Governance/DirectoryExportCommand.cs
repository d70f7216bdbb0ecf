using System.CommandLine;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory export --db PATH [--as-of INSTANT]</c>: writes an edition with its content hash.</summary>
internal static class DirectoryExportCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var asOf = new Option<string?>("--as-of") { Description = "The instant to export the directory at (ISO, e.g. 2026-11-27T00:00:00Z); default now." };
        var command = new Command("export", "Write the published directory as an edition: {asOf, contentHash, directory}.") { asOf };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var at = parse.GetValue(asOf) is { } text
                ? InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new InvalidInputException($"--as-of: '{text}' is not an ISO instant such as 2026-11-27T00:00:00Z.")
                : context.Clock.GetCurrentInstant();
            var (store, directory, _) = options.Open(parse, context);
            using (store)
            {
                context.Output.Write(directory.Snapshot(at).ToJson());
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
