using System.CommandLine;
using Cooperation.Evaluation;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track event ID KIND --db PATH --as USER</c>: records what happened to a request.</summary>
internal static class TrackEventCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var id = new Argument<long>("id") { Description = "The request." };
        var kind = new Argument<RequestEventKind>("kind") { Description = "What happened: sent, acknowledged, additionalInformationRequested, additionalInformationProvided, executionStarted, conditionsAccepted, postponed, executed, partiallyExecuted, refused, withdrawn, consultationHeld, consultationNotAppropriate (extradition, with the reason), progressQueried, deadlineSuggested, markedForCatalogue, noteAdded." };
        var note = new Option<string>("--note") { Description = "The note: required for a refusal (its reasons), a postponement (its reason) and accepted conditions.", DefaultValueFactory = _ => string.Empty };
        var grounds = new Option<string?>("--grounds") { Description = "For a refusal or postponement: the grounds, comma-separated (bankSecrecy, fiscal, essentialInterests, ...)." };
        var deadline = new Option<string?>("--deadline") { Description = "For deadlineSuggested: the date (2027-02-01)." };
        var reason = new Option<string?>("--deadline-reason") { Description = "For deadlineSuggested: why that date." };
        var expect = new Option<int?>("--expect-version") { Description = "The version you read (track show); the event is refused (exit 5) if the request has changed since." };
        var command = new Command("event", "Record an event; the lifecycle and the convention's requirements are enforced.") { id, kind, note, grounds, deadline, reason, expect };
        options.AddTo(command, writes: true);
        command.SetAction(parse =>
        {
            var entry = new EventEntry(parse.GetValue(kind), parse.GetValue(note)!, Grounds(parse.GetValue(grounds)), Deadline(parse.GetValue(deadline), parse.GetValue(reason), context));
            var actor = options.Actor(parse);
            using var store = options.OpenStore(parse);
            var after = TrackOptions.Find(() => options.Tracker(store, context).Record(parse.GetValue(id), entry, actor, parse.GetValue(expect)));
            context.Output.WriteLine($"request {after.Id}: {Arguments.Camel(entry.Kind)} recorded; status {Arguments.Camel(after.Status)}, version {after.Version}");
            foreach (var flag in options.Review(parse, context).Review(after).Where(f => f.EventSequence == after.Version))
            {
                context.Output.WriteLine($"  flag: {flag.Citation}: {flag.Explanation}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<RefusalGround>? Grounds(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => Enum.TryParse<RefusalGround>(g, ignoreCase: true, out var ground) && !int.TryParse(g, out _)
                ? ground
                : throw new InvalidInputException($"--grounds: '{g}' is not a refusal ground ({string.Join(", ", Enum.GetValues<RefusalGround>().Select(Arguments.Camel))})."))
            .ToList();

    private static SuggestedDeadline? Deadline(string? date, string? reason, CliContext context) => date is null
        ? reason is null ? null : throw new InvalidInputException("--deadline-reason needs --deadline.")
        : new SuggestedDeadline(Arguments.Date(date, context.Clock, "--deadline"), reason ?? string.Empty);
}
