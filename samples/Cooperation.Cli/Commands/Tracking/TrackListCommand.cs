using System.CommandLine;
using Cooperation.Tracking;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Serialization;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track list --db PATH</c>: the requests, one line each.</summary>
internal static class TrackListCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var status = new Option<RequestStatus?>("--status") { Description = "Only requests in this status." };
        var direction = new Option<Direction?>("--direction") { Description = "Only incoming or only outgoing requests." };
        var open = new Option<bool>("--open") { Description = "Only open requests." };
        var format = CommonOptions.Format();
        var command = new Command("list", "List the requests, one line each.") { status, direction, open, format };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = options.OpenStore(parse);
            var files = options.Tracker(store, context).All()
                .Where(f => parse.GetValue(status) is not { } s || f.Status == s)
                .Where(f => parse.GetValue(direction) is not { } d || f.Details.Direction == d)
                .Where(f => !parse.GetValue(open) || f.IsOpen)
                .ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var review = options.Review(parse, context);
                var monitor = options.Monitor(parse);
                var now = context.Clock.GetCurrentInstant();
                context.Output.WriteLine(TrackingJson.Serialize(files.Select(f => RequestReport.Of(f, review.Review(f), monitor.StatusOf(f, now))).ToList()));
                return ExitCodes.Success;
            }

            foreach (var f in files)
            {
                context.Output.WriteLine($"{f.Id,5}  {Arguments.Camel(f.Status),-30} {InstantPattern.General.Format(f.StartedAt ?? f.OpenedAt)}  {RequestText.Describe(f)}");
            }

            context.Output.WriteLine($"{files.Count} request(s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
