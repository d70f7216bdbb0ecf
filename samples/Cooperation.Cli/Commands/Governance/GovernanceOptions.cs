using System.CommandLine;
using Cooperation.Directory;
using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.Directory.Sqlite;
using Cooperation.States;

namespace Cooperation.Cli.Commands.Governance;

/// <summary>
/// The options every governance command shares: the SQLite file (<c>--db</c>), who acts (<c>--as</c>; the CLI has no
/// login, the host application owns authentication) and the baseline document the records start from.
/// </summary>
internal sealed class GovernanceOptions
{
    public Option<string> Db { get; } = new("--db") { Description = "The governed directory's SQLite file (created if missing).", Required = true };

    public Option<string> As { get; } = new("--as")
    {
        Description = "Who acts: anonymous, reader:ID, editor:ID@BRA,SAMPLE-NPL-CA (bound States and records), reviewer:ID.",
        DefaultValueFactory = _ => "anonymous",
    };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "The directory file the records start from (default: the embedded directory)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(As);
        command.Options.Add(Baseline);
    }

    public (SqliteDirectoryGovernanceStore Store, GovernedDirectory Directory, Actor Actor) Open(ParseResult parse, CliContext context)
    {
        var actor = ParseActor(parse.GetValue(As)!);
        var baselinePath = parse.GetValue(Baseline);
        if (baselinePath is not null && !File.Exists(baselinePath))
        {
            throw new InvalidInputException($"--baseline: '{baselinePath}' does not exist.");
        }

        var baseline = baselinePath is null ? CooperationDirectory.Embedded.Document : DirectoryJson.Load(baselinePath);
        SqliteDirectoryGovernanceStore store;
        try
        {
            store = SqliteDirectoryGovernanceStore.Open(parse.GetValue(Db)!);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidInputException($"--db: {e.Message}", e);
        }

        return (store, new GovernedDirectory(store, context.Clock, baseline), actor);
    }

    public static Actor ParseActor(string text)
    {
        var (role, rest) = text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? (text[..colon], text[(colon + 1)..]) : (text, string.Empty);
        try
        {
            switch (role)
            {
                case "anonymous" when rest.Length == 0:
                    return Actor.Anonymous;
                case "reader":
                    return Actor.AuthorisedReader(rest);
                case "reviewer":
                    return Actor.Reviewer(rest);
                case "editor":
                    var at = rest.IndexOf('@', StringComparison.Ordinal);
                    var bound = at < 0 ? [] : rest[(at + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var states = bound.Where(b => b.Length == 3 && StateCode.TryParse(b, out _)).ToList();
                    return Actor.Editor(at < 0 ? rest : rest[..at], states.Select(StateCode.Parse), bound.Except(states));
                default:
                    throw new InvalidInputException($"--as: '{text}' is not anonymous, reader:ID, editor:ID@STATES-OR-RECORDS or reviewer:ID.");
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException($"--as: '{text}': {e.Message}", e);
        }
    }
}
