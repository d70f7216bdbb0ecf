using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.Directory.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Directory.Sqlite.Tests;

/// <summary>
/// The crash driver: <c>dotnet Cooperation.Directory.Sqlite.Tests.dll crash-driver DB</c> approves proposals in a loop,
/// printing a line after each, until the test kills it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is not ["crash-driver", var path])
        {
            Console.Error.WriteLine("usage: crash-driver DB");
            return 2;
        }

        using var store = SqliteDirectoryGovernanceStore.Open(path);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0), Duration.FromSeconds(1));
        var directory = new GovernedDirectory(store, clock, DirectoryJson.Load(Path.Combine(AppContext.BaseDirectory, "sample-directory.json")));
        var (editor, reviewer) = (Actor.Reviewer("secretariat-1"), Actor.Reviewer("secretariat-2"));
        string[] records = ["SAMPLE-BRA-CA", "SAMPLE-NPL-CA", "SAMPLE-USA-OIA"];
        for (var i = 0; ; i++)
        {
            var id = records[i % records.Length];
            var current = directory.Current().Authorities.Single(a => a.Id == id);
            var proposal = directory.Propose(editor, current with { Name = $"{id} #{i}" }, $"change {i}");
            directory.Approve(reviewer, proposal.Id);
            Console.Out.WriteLine($"approved {i}");
            Console.Out.Flush();
        }
    }
}
