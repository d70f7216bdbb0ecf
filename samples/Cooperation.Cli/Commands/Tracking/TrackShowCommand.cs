using System.CommandLine;
using Cooperation.Tracking;
using Cooperation.Tracking.Serialization;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track show ID --db PATH</c>: a request with its history, flags, deadline and what may happen next.</summary>
internal static class TrackShowCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var id = new Argument<long>("id") { Description = "The request." };
        var format = CommonOptions.Format();
        var personal = new Option<bool>("--personal-data") { Description = "Also show the names of the persons concerned (text only; JSON never carries them)." };
        var command = new Command("show", "Show a request: details, history, compliance flags, deadline, allowed next events.") { id, format, personal };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = options.OpenStore(parse);
            var tracker = options.Tracker(store, context);
            var file = TrackOptions.Find(() => tracker.Get(parse.GetValue(id)));
            var report = RequestReport.Of(file, options.Review(parse, context).Review(file), options.Monitor(parse).StatusOf(file, context.Clock.GetCurrentInstant()));
            context.Output.Write(parse.GetValue(format) == OutputFormat.Json
                ? TrackingJson.Serialize(report) + "\n"
                : RequestText.Show(report, tracker.PersonalData(file.Id), parse.GetValue(personal)));
            return ExitCodes.Success;
        });
        return command;
    }
}
