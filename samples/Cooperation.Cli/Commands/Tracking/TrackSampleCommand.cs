using System.CommandLine;
using Cooperation.Cli.Tracking;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track sample --db PATH</c>: fills a new database with a seeded, clearly synthetic caseload for demonstrations.</summary>
internal static class TrackSampleCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var count = new Option<int>("--count") { Description = "How many requests.", DefaultValueFactory = _ => 400 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same database.", DefaultValueFactory = _ => 2026 };
        var state = new Option<string>("--state") { Description = "The State keeping the records (ISO 3166 alpha-3).", DefaultValueFactory = _ => "ESP" };
        var command = new Command("sample", "Create a demo database of synthetic requests (2024-01 to 2026-10), every one marked as synthetic.") { count, seed, state };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(count) is < 1 or > 100_000)
            {
                throw new InvalidInputException("--count: between 1 and 100000.");
            }

            var own = StateCode.TryParse(parse.GetValue(state), out var parsed) ? parsed : throw new InvalidInputException($"--state: '{parse.GetValue(state)}' is not an ISO 3166 alpha-3 code of a State.");
            using var store = options.OpenStore(parse);
            if (store.All().Count > 0)
            {
                throw new InvalidInputException($"'{parse.GetValue(options.Db)}' already holds requests; the sample goes into a new database, never mixed with real ones.");
            }

            var clock = new SettableClock(Instant.MinValue);
            var caseload = new SyntheticCaseload(parse.GetValue(seed), own, options.Directory(parse));
            caseload.Generate(new Cooperation.Tracking.RequestTracker(store, clock), clock, parse.GetValue(count));
            context.Output.WriteLine($"wrote {parse.GetValue(count)} synthetic requests (seed {parse.GetValue(seed)}, kept by {own}) to {parse.GetValue(options.Db)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
