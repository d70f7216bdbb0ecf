using System.CommandLine;
using Cooperation.Tracking.Deadlines;
using NodaTime.Text;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track overdue --db PATH</c>: overdue and due-soon requests, and progress queries to send.</summary>
internal static class TrackOverdueCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var days = new Option<int>("--due-soon-days") { Description = "Warn of deadlines within this many working days of the executing authority.", DefaultValueFactory = _ => 5 };
        var command = new Command("overdue", "List overdue and due-soon requests (in the executing authority's working time where known) and outgoing requests due a progress query (UNTOC art. 18(24)).") { days };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(days) < 1)
            {
                throw new InvalidInputException("--due-soon-days: must be at least 1.");
            }

            using var store = options.OpenStore(parse);
            var reminders = options.Monitor(parse, parse.GetValue(days)).Reminders(options.Tracker(store, context).All(), context.Clock.GetCurrentInstant());
            foreach (var group in reminders.GroupBy(r => r.Kind))
            {
                context.Output.WriteLine(group.Key switch
                {
                    ReminderKind.Overdue => "Overdue:",
                    ReminderKind.DueSoon => "Due soon:",
                    _ => "Progress query due (UNTOC art. 18(24)):",
                });
                foreach (var r in group)
                {
                    var due = r.Deadline is { } d ? $" due {InstantPattern.General.Format(d.Due)} ({d.TimeZone})" : string.Empty;
                    context.Output.WriteLine($"  request {r.RequestId}{due}: {r.Message}");
                }
            }

            if (reminders.Count == 0)
            {
                context.Output.WriteLine("Nothing overdue, due soon or awaiting a progress query.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
