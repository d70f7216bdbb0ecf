using System.CommandLine;
using Cooperation.Directory.Governance;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory review --db PATH --as ROLE:ID</c>: lists the proposals the actor may see.</summary>
internal static class DirectoryReviewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var all = new Option<bool>("--all") { Description = "Also list approved and rejected proposals." };
        var command = new Command("review", "List proposals: a reviewer sees all, an editor their own; pending ones only unless --all.") { all };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (store, directory, actor) = options.Open(parse, context);
            using (store)
            {
                var proposals = directory.Proposals(actor).Where(p => parse.GetValue(all) || p.Status == ProposalStatus.Pending).ToList();
                foreach (var p in proposals)
                {
                    var review = p.Review is { } r ? $" by {r.Reviewer}{(r.Reason is null ? string.Empty : $": {r.Reason}")}" : string.Empty;
                    context.Output.WriteLine($"{p.Id,4}  {p.Status.ToString().ToLowerInvariant(),-8}{review}  {p.Kind.ToString().ToLowerInvariant()} '{p.AuthorityId}' from version {p.BaseVersion}, by {p.Author} at {InstantPattern.General.Format(p.ProposedAt)}: {p.Note}");
                }

                if (proposals.Count == 0)
                {
                    context.Output.WriteLine("no proposals");
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
