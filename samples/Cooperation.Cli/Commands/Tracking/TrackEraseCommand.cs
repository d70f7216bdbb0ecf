using System.CommandLine;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track erase ID --db PATH --as USER</c>: erases a request's personal data.</summary>
internal static class TrackEraseCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var id = new Argument<long>("id") { Description = "The request." };
        var note = new Option<string>("--note") { Description = "Why (retention period ended, data-subject request).", DefaultValueFactory = _ => string.Empty };
        var command = new Command("erase", "Erase the personal data of the persons concerned; the statistical fields and the history stay.") { id, note };
        options.AddTo(command, writes: true);
        command.SetAction(parse =>
        {
            var actor = options.Actor(parse);
            using var store = options.OpenStore(parse);
            var after = TrackOptions.Find(() => options.Tracker(store, context).ErasePersonalData(parse.GetValue(id), actor, parse.GetValue(note)!));
            context.Output.WriteLine($"request {after.Id}: personal data erased (version {after.Version})");
            return ExitCodes.Success;
        });
        return command;
    }
}
