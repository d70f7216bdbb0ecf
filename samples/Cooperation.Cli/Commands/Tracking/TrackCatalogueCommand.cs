using System.CommandLine;
using Cooperation.Cli.Output;
using Cooperation.Tracking.Catalogue;
using Cooperation.Tracking.Serialization;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track catalogue --db PATH [--out FILE]</c>: the anonymised catalogue of cases.</summary>
internal static class TrackCatalogueCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("catalogue", "Export, anonymised, the requests marked for the catalogue of cases in which the convention was the legal basis (JSON).") { output };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = options.OpenStore(parse);
            var entries = CaseCatalogue.Export(options.Tracker(store, context).All());
            var json = TrackingJson.Serialize(entries) + "\n";
            FileOrStandardOutput.Write(context, parse.GetValue(output), json, $"wrote {entries.Count} case(s) to {parse.GetValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
