using System.CommandLine;
using Cooperation.Cli.Commands.Tracking;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation track ...</c>: case tracking and statistics.</summary>
internal static class TrackCommand
{
    public static Command Create(CliContext context) =>
        new("track", "Track incoming and outgoing requests: their lifecycle, deadlines, statistics and the catalogue of cases.")
        {
            TrackNewCommand.Create(context),
            TrackEventCommand.Create(context),
            TrackEraseCommand.Create(context),
            TrackShowCommand.Create(context),
            TrackListCommand.Create(context),
            TrackOverdueCommand.Create(context),
            TrackStatsCommand.Create(context),
            TrackCatalogueCommand.Create(context),
            TrackSampleCommand.Create(context),
        };
}
