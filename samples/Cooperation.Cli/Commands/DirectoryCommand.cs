using System.CommandLine;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation directory</c>: the directory of competent national authorities.</summary>
internal static class DirectoryCommand
{
    public static Command Create(CliContext context) =>
        new("directory", "Query the directory of competent national authorities: who to send a request to, through which channel, in which language, and whether they are open now.")
        {
            DirectoryFindCommand.Create(context),
            DirectoryProfileCommand.Create(context),
            DirectoryValidateCommand.Create(context),
            Governance.DirectoryProposeCommand.Create(context),
            Governance.DirectoryReviewCommand.Create(context),
            Governance.DirectoryApproveCommand.Create(context),
            Governance.DirectoryRejectCommand.Create(context),
            Governance.DirectoryHistoryCommand.Create(context),
            Governance.DirectoryExportCommand.Create(context),
            Governance.DirectoryDiffCommand.Create(context),
        };
}
