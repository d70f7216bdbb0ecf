using System.CommandLine;
using Cooperation.Directory;
using Cooperation.Directory.Access;
using Cooperation.Rules;
using Cooperation.Tracking;
using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.Sqlite;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary>
/// The options the tracking commands share: the SQLite file (<c>--db</c>), who records (<c>--as</c>; the CLI has no
/// login, the host application owns authentication) and a directory file laid over the embedded one, for the
/// authorities' identifiers, office hours and time zones.
/// </summary>
internal sealed class TrackOptions
{
    private CooperationDirectory? _directory;

    public Option<string> Db { get; } = new("--db") { Description = "The tracking database (SQLite; created if missing).", Required = true };

    public Option<string?> As { get; } = new("--as") { Description = "Who records the change (a user identifier from the host's authentication)." };

    public Option<string?> DirectoryFile { get; } = new("--directory") { Description = "A directory file laid over the embedded directory (authorities, office hours, time zones)." };

    public void AddTo(Command command, bool writes = false)
    {
        command.Options.Add(Db);
        command.Options.Add(DirectoryFile);
        if (writes)
        {
            As.Required = true;
            command.Options.Add(As);
        }
    }

    public SqliteRequestStore OpenStore(ParseResult parse)
    {
        try
        {
            return SqliteRequestStore.Open(parse.GetValue(Db)!);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidInputException($"--db: {e.Message}", e);
        }
    }

    public RequestTracker Tracker(SqliteRequestStore store, CliContext context) => new(store, context.Clock);

    public string Actor(ParseResult parse) => parse.GetValue(As) is { Length: > 0 } actor ? actor : throw new InvalidInputException("--as: who records the change is required.");

    // Read once per invocation: show and list need it for both the compliance review and the deadlines.
    public CooperationDirectory Directory(ParseResult parse) => _directory ??= Arguments.Directory(parse.GetValue(DirectoryFile), "--directory");

    public DeadlineMonitor Monitor(ParseResult parse, int dueSoonWorkingDays = 5) =>
        new(Directory(parse), Reader.Authorised("cooperation-cli"), ReminderPolicy.Default with { DueSoonWorkingDays = dueSoonWorkingDays });

    public ComplianceReview Review(ParseResult parse, CliContext context) => new(new EligibilityEvaluator(Directory(parse), context.Clock));

    /// <summary>Turns "no such request" into an input error (exit 2).</summary>
    public static T Find<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidInputException(e.Message, e);
        }
    }
}
