using System.CommandLine;
using Cooperation.Directory.Governance;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory diff OLD NEW</c>: what changed between two editions.</summary>
internal static class DirectoryDiffCommand
{
    public static Command Create(CliContext context)
    {
        var older = new Argument<string>("older") { Description = "The older edition (written by 'directory export')." };
        var newer = new Argument<string>("newer") { Description = "The newer edition." };
        var command = new Command("diff", "Compare two editions: records added, removed, and the fields changed. Exit 0 if equal, 3 if they differ.") { older, newer };
        command.SetAction(parse =>
        {
            var (a, b) = (Load(parse.GetValue(older)!), Load(parse.GetValue(newer)!));
            var diff = DirectoryDiff.Between(a.Document, b.Document);
            context.Output.WriteLine($"{a.ContentHash} -> {b.ContentHash}");
            diff.Added.ToList().ForEach(id => context.Output.WriteLine($"+ {id}"));
            diff.Removed.ToList().ForEach(id => context.Output.WriteLine($"- {id}"));
            diff.Changed.ToList().ForEach(c => context.Output.WriteLine($"~ {c.AuthorityId}: {string.Join(", ", c.Fields)}"));
            return diff.IsEmpty ? ExitCodes.Success : ExitCodes.IssuesRemain;
        });
        return command;
    }

    private static DirectorySnapshot Load(string path) =>
        File.Exists(path) ? DirectorySnapshot.Parse(File.ReadAllText(path), path) : throw new InvalidInputException($"'{path}' does not exist.");
}
