using System.CommandLine;
using System.Text.Json;
using Cooperation.Directory.Serialization;
using Cooperation.Cli.Commands;
using NodaTime;

namespace Cooperation.Cli;

/// <summary>Builds the command tree and runs it with the exit-code contract of <see cref="ExitCodes"/>.</summary>
internal static class CooperationCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, bool errorIsTerminal = false)
    {
        var context = new CliContext(output, error, clock, errorIsTerminal);
        var root = new RootCommand(
            "Cooperation SDK: international cooperation in criminal matters under UNTOC, its Protocols, UNCAC and the 1988 Convention, with article-level citations.")
        {
            AssessCommand.Create(context),
            CiteCommand.Create(context),
            DirectoryCommand.Create(context),
            DraftCommand.Create(context),
            TrackCommand.Create(context),
        };

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction(output);
        }

        // With no command, show the help rather than an error: it is what a first-time user types.
        root.SetAction(parseResult => new System.CommandLine.Help.HelpAction().Invoke(parseResult));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'cooperation --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (DirectoryValidationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Directory.Governance.DirectoryAccessDeniedException e)
        {
            error.WriteLine($"denied: {e.Message}");
            return ExitCodes.Denied;
        }
        catch (Directory.Governance.ProposalConflictException e)
        {
            error.WriteLine($"conflict: {e.Message}");
            return ExitCodes.Conflict;
        }
        catch (Cooperation.Tracking.Serialization.TrackingValidationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Cooperation.Tracking.Lifecycle.InvalidTransitionException e)
        {
            error.WriteLine($"refused: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Cooperation.Tracking.Lifecycle.RequestConflictException e)
        {
            error.WriteLine($"conflict: {e.Message}");
            return ExitCodes.Conflict;
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: invalid JSON at {e.Path ?? "$"}: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.UnexpectedError;
        }
    }
}
