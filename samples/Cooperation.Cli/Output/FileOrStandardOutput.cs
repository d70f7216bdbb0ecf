namespace Cooperation.Cli.Output;

/// <summary>Writes a command's result to <c>--out FILE</c> when given (saying so on standard output), else to standard output.</summary>
internal static class FileOrStandardOutput
{
    public static void Write(CliContext context, string? path, string text, string written)
    {
        if (path is null)
        {
            context.Output.Write(text);
            return;
        }

        File.WriteAllText(path, text);
        context.Output.WriteLine(written);
    }
}
