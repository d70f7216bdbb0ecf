using System.Diagnostics;

namespace Cooperation.Testing;

/// <summary>
/// Runs a test assembly's own <c>Main</c> as a child process that writes to a store in a loop, and kills it once it
/// has printed a given line: what a power cut or an OOM kill does to a store mid-write. Linked into the SQLite test
/// projects.
/// </summary>
internal static class CrashDriver
{
    public static void RunUntil(string assembly, string database, string line)
    {
        using var driver = Process.Start(new ProcessStartInfo("dotnet", [assembly, "crash-driver", database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            string? read;
            while ((read = driver.StandardOutput.ReadLine()) is not null && read != line)
            {
            }

            if (read is null)
            {
                throw new InvalidOperationException($"the driver stopped before printing '{line}': {driver.StandardError.ReadToEnd()}");
            }
        }
        finally
        {
            driver.Kill(entireProcessTree: true);
            driver.WaitForExit();
        }
    }
}
