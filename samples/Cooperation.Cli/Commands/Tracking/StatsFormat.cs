namespace Cooperation.Cli.Commands.Tracking;

/// <summary>How <c>track stats</c> writes: a readable summary, or a file for a spreadsheet, a program or a manager.</summary>
internal enum StatsFormat
{
    Text,

    Csv,

    Json,

    Html,
}
