namespace Cooperation.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A readable report for a practitioner.</summary>
    Text,

    /// <summary>Indented JSON for programs.</summary>
    Json,
}
