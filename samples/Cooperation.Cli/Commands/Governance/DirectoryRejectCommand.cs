using System.CommandLine;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory reject N --reason TEXT --db PATH --as reviewer:ID</c>.</summary>
internal static class DirectoryRejectCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var id = new Argument<long>("proposal") { Description = "The proposal's number." };
        var reason = new Option<string>("--reason") { Description = "Why: the author reads it.", Required = true };
        var command = new Command("reject", "Reject a proposal, with a reason (reviewers only).") { id, reason };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (store, directory, actor) = options.Open(parse, context);
            using (store)
            {
                var rejected = GovernanceErrors.Translate(() => directory.Reject(actor, parse.GetValue(id), parse.GetValue(reason)!));
                context.Output.WriteLine($"proposal {rejected.Id} rejected");
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
