using System.CommandLine;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory history ID --db PATH</c>: a record's timeline.</summary>
internal static class DirectoryHistoryCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var id = new Argument<string>("authority") { Description = "The authority record's identifier." };
        var command = new Command("history", "Show a record's published versions: when, who proposed, who approved.") { id };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (store, directory, _) = options.Open(parse, context);
            using (store)
            {
                var history = directory.Timeline(parse.GetValue(id)!);
                foreach (var (v, fields) in history)
                {
                    var what = v.Record is null ? "retired" : $"changed: {string.Join(", ", fields)}";
                    context.Output.WriteLine($"version {v.Version}  {InstantPattern.General.Format(v.PublishedAt)}  proposal {v.ProposalId} by {v.ProposedBy}, approved by {v.ApprovedBy}; {what}");
                }

                if (history.Count == 0)
                {
                    context.Output.WriteLine($"'{parse.GetValue(id)}': no change since the baseline");
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
