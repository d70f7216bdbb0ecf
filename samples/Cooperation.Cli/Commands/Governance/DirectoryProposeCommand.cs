using System.CommandLine;
using Cooperation.Directory.Serialization;

namespace Cooperation.Cli.Commands.Governance;

/// <summary><c>cooperation directory propose (FILE | --retire ID) --db PATH --as editor:ID@...</c>: proposes a change for review.</summary>
internal static class DirectoryProposeCommand
{
    public static Command Create(CliContext context)
    {
        var options = new GovernanceOptions();
        var file = new Argument<string?>("file") { Description = "One authority record as JSON: the record as it should read (new, or a new version).", Arity = ArgumentArity.ZeroOrOne };
        var retire = new Option<string?>("--retire") { Description = "Propose to retire this record instead." };
        var note = new Option<string>("--note") { Description = "Why: the reviewer reads it.", DefaultValueFactory = _ => string.Empty };
        var command = new Command("propose", "Propose a new record, a new version of one, or its retirement; a reviewer approves it before it is published.") { file, retire, note };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (store, directory, actor) = options.Open(parse, context);
            using (store)
            {
                var path = parse.GetValue(file);
                var retired = parse.GetValue(retire);
                var proposal = (path, retired) switch
                {
                    (null, null) => throw new InvalidInputException("give a record file to propose, or --retire ID."),
                    ({ }, { }) => throw new InvalidInputException("give either a record file or --retire ID, not both."),
                    (null, { } id) => GovernanceErrors.Translate(() => directory.ProposeRetirement(actor, id, parse.GetValue(note)!)),
                    ({ } p, null) => directory.Propose(actor, DirectoryJson.ParseAuthority(Read(p), p), parse.GetValue(note)!),
                };
                context.Output.WriteLine($"proposal {proposal.Id}: {proposal.Kind.ToString().ToLowerInvariant()} '{proposal.AuthorityId}' from version {proposal.BaseVersion}, pending review");
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new InvalidInputException($"'{path}' does not exist.");
}
