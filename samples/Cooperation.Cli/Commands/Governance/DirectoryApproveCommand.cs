using System.CommandLine;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory approve N --db PATH --as reviewer:ID</c>: publishes a proposal.</summary>
internal static class DirectoryApproveCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var id = new Argument<long>("proposal") { Description = "The proposal's number." };
        var command = new Command("approve", "Approve a proposal and publish it (reviewers only, never their own proposals).") { id };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (store, directory, actor) = options.Open(parse, context);
            using (store)
            {
                var version = GovernanceErrors.Translate(() => directory.Approve(actor, parse.GetValue(id)));
                context.Output.WriteLine($"published '{version.AuthorityId}' version {version.Version}{(version.Record is null ? " (retired)" : string.Empty)}");
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
