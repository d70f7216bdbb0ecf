using System.CommandLine;

namespace Cooperation.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text (a readable report) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<string?> File() => new("--file")
    {
        Description = "A directory file (docs/directory.schema.json) laid over the embedded data.",
    };

    public static Option<string?> AuthorisedAs() => new("--authorised-as")
    {
        Description = "Read as this authorised user (the host authenticates; without it the anonymous view is shown, without restricted records or personal data).",
    };
}
