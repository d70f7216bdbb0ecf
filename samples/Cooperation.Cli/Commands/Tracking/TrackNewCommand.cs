using System.CommandLine;
using Cooperation.Directory.Access;
using Cooperation.Tracking.Serialization;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track new FILE --db PATH --as USER</c>: opens a request from a JSON document.</summary>
internal static class TrackNewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var file = new Argument<string>("file") { Description = "The request: {\"request\": {...}, \"personalData\": {...}, \"note\": \"...\"} (see docs/tracking.md)." };
        var command = new Command("new", "Open a request: an outgoing one starts drafted, an incoming one received.") { file };
        options.AddTo(command, writes: true);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new InvalidInputException($"'{path}' does not exist.");
            }

            var opening = TrackingJson.ParseOpening(File.ReadAllText(path));
            var directory = options.Directory(parse);
            var authorities = opening.Request.Authorities;
            foreach (var (field, id) in new[] { ("requesting", authorities?.Requesting), ("requested", authorities?.Requested), ("executing", authorities?.Executing) })
            {
                if (id is not null && directory.Find(id, Reader.Authorised("cooperation-cli")) is null)
                {
                    throw new InvalidInputException($"{path}: $.request.authorities.{field}: no authority '{id}' in the directory (add it with --directory FILE, or leave the field out).");
                }
            }

            var actor = options.Actor(parse);
            using var store = options.OpenStore(parse);
            var opened = options.Tracker(store, context).Open(opening.Request, actor, opening.Note, opening.PersonalData);
            context.Output.WriteLine($"opened request {opened.Id}: {RequestText.Describe(opened)}; status {RequestText.Name(opened.Status)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
