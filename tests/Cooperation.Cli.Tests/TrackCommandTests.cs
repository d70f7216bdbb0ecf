using System.Text.Json.Nodes;

namespace Cooperation.Cli.Tests;

public sealed class TrackCommandTests : IDisposable
{
    private static readonly string SampleDirectory = Path.Combine(AppContext.BaseDirectory, "sample-directory.json");
    private static readonly string OutgoingMla = Path.Combine(AppContext.BaseDirectory, "tracking", "outgoing-mla-brazil.json");
    private static readonly string IncomingExtradition = Path.Combine(AppContext.BaseDirectory, "tracking", "incoming-extradition-mexico.json");
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("cooperation-cli-track-").FullName;

    private string Db => Path.Combine(_folder, "requests.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRunner.Run([.. args, "--db", Db, "--directory", SampleDirectory]);

    [Fact]
    public void NewEventShow_TakeARequestThroughItsLifecycle()
    {
        Assert.Equal((0, "opened request 1: outgoing mutualLegalAssistance ESP -> BRA, moneyLaundering; status drafted"), Trimmed(Run("track", "new", OutgoingMla, "--as", "prosecutor-7")));
        Assert.Equal(0, Run("track", "event", "1", "sent", "--as", "ca-2", "--note", "by e-mail").ExitCode);
        Assert.Equal(0, Run("track", "event", "1", "acknowledged", "--as", "ca-2").ExitCode);
        var refused = Run("track", "event", "1", "refused", "--as", "ca-2", "--note", "Bank secrecy.", "--grounds", "bankSecrecy");
        Assert.Equal(0, refused.ExitCode);
        Assert.Contains("status refused, version 4", refused.Output, StringComparison.Ordinal);
        Assert.Contains("flag: UNTOC art. 18(8)", refused.Output, StringComparison.Ordinal);
        Assert.Contains("flag: UNTOC art. 18(26)", refused.Output, StringComparison.Ordinal);

        var shown = Run("track", "show", "1").Output;
        Assert.Contains("status: refused (version 4)", shown, StringComparison.Ordinal);
        Assert.Contains("refused by ca-2: Bank secrecy. [grounds: bankSecrecy]", shown, StringComparison.Ordinal);
        Assert.Contains("references: prosecutor=DP-2026/0114", shown, StringComparison.Ordinal);
        Assert.Contains("personal data: 1 person(s) recorded", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Example Person", shown, StringComparison.Ordinal);
        Assert.Contains("Example Person (suspect)", Run("track", "show", "1", "--personal-data").Output, StringComparison.Ordinal);

        var json = JsonNode.Parse(Run("track", "show", "1", "--format", "json").Output)!;
        Assert.Equal("refused", (string?)json["status"]);
        Assert.Equal(["excludedRefusalGround", "refusalWithoutConsultation"], json["flags"]!.AsArray().Select(f => (string)f!["code"]!).Order());
        Assert.DoesNotContain("Example Person", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedTransition_IsExit2_WithTheReason_AndAStaleVersionIsExit5()
    {
        Run("track", "new", IncomingExtradition, "--as", "registry");
        var sent = Run("track", "event", "1", "sent", "--as", "registry");
        Assert.Equal(2, sent.ExitCode);
        Assert.Contains("Cannot record 'sent' on request 1: it is received", sent.Error, StringComparison.Ordinal);

        var noReasons = Run("track", "event", "1", "refused", "--as", "ca", "--grounds", "nationality");
        Assert.Equal(2, noReasons.ExitCode);
        Assert.Contains("18(23)", noReasons.Error, StringComparison.Ordinal);

        Assert.Equal(0, Run("track", "event", "1", "executionStarted", "--as", "ca-1", "--expect-version", "1").ExitCode);
        var stale = Run("track", "event", "1", "withdrawn", "--as", "ca-2", "--expect-version", "1");
        Assert.Equal(5, stale.ExitCode);
        Assert.Contains("version 2, not 1", stale.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("track", "event", "9", "noteAdded", "--as", "x")]
    [InlineData("track", "event", "1", "refused", "--as", "x", "--note", "r", "--grounds", "bankSecrets")]
    [InlineData("track", "event", "1", "deadlineSuggested", "--as", "x", "--deadline", "2026-02-30")]
    [InlineData("track", "stats", "--counterpart", "XYZ")]
    [InlineData("track", "stats", "--from", "2026-13-01")]
    public void BadArguments_AreExit2_NamingTheValue(params string[] args)
    {
        Run("track", "new", IncomingExtradition, "--as", "registry");
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(args.First(a => a is "9" or "bankSecrets" or "2026-02-30" or "XYZ" or "2026-13-01"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequest_OpensFromItsDraft_WithTheDeterminationsBasis_AndTheAdvisedRecipient()
    {
        var draft = Path.Combine(AppContext.BaseDirectory, "drafts", "mla-money-laundering.json");
        var opened = Run("track", "new", "--from-draft", draft, "--to", "USA", "--as", "prosecutor");
        Assert.Equal(0, opened.ExitCode);
        var json = JsonNode.Parse(Run("track", "show", "1", "--format", "json").Output)!["details"]!;
        Assert.Equal("UNTOC art. 18(1)", (string?)json["legalBasis"]![0]!["citation"]);
        Assert.Equal("SAMPLE-USA-OIA", (string?)json["authorities"]!["requested"]);
        Assert.Equal("moneyLaundering", (string?)json["offence"]);
        Assert.Equal(draft, (string?)json["links"]!["draft"]);
        Assert.Contains("1 person(s) recorded", Run("track", "show", "1").Output, StringComparison.Ordinal);

        Assert.Equal(2, Run("track", "new", "--from-draft", draft, "--as", "prosecutor").ExitCode);
        Assert.Equal(2, Run("track", "new", OutgoingMla, "--from-draft", draft, "--to", "USA", "--as", "prosecutor").ExitCode);
    }

    [Fact]
    public void TheWrongKindOfDatabase_IsExit2_NamingWhatItIs()
    {
        Run("track", "new", IncomingExtradition, "--as", "registry");
        var asDirectory = CliRunner.Run("directory", "history", "SAMPLE-BRA-CA", "--db", Db);
        Assert.Equal(2, asDirectory.ExitCode);
        Assert.Contains("is a Cooperation.Tracking.Sqlite database, not a Cooperation.Directory.Sqlite database", asDirectory.Error, StringComparison.Ordinal);

        var missingFolder = CliRunner.Run("track", "list", "--db", Path.Combine(_folder, "no-such-folder", "x.db"));
        Assert.Equal(2, missingFolder.ExitCode);
        Assert.Contains("no-such-folder", missingFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownAuthority_IsRefusedWithItsPath()
    {
        var request = JsonNode.Parse(File.ReadAllText(OutgoingMla))!;
        request["request"]!["authorities"]!["requested"] = "NO-SUCH-AUTHORITY";
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, request.ToJsonString());
        var result = Run("track", "new", path, "--as", "prosecutor");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.request.authorities.requested: no authority 'NO-SUCH-AUTHORITY'", result.Error, StringComparison.Ordinal);
        Assert.Contains("0 request(s)", Run("track", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_ListsDeadlinesInTheExecutingAuthoritysTime()
    {
        Run("track", "new", OutgoingMla, "--as", "prosecutor");
        Run("track", "event", "1", "sent", "--as", "ca");

        // The CLI's test clock is 2026-03-29; the deadline is 30 June in Sao Paulo.
        var overdue = Run("track", "overdue", "--due-soon-days", "80");
        Assert.Equal(0, overdue.ExitCode);
        Assert.Contains("Due soon:", overdue.Output, StringComparison.Ordinal);
        Assert.Contains("request 1 due 2026-07-01T03:00:00Z (America/Sao_Paulo)", overdue.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing overdue", Run("track", "overdue").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSample_IsSeeded_AndStatsExportAsCsvJsonAndHtml()
    {
        Assert.Equal(0, Run("track", "sample", "--count", "120", "--seed", "7").ExitCode);
        var again = Path.Combine(_folder, "again.db");
        Assert.Equal(0, CliRunner.Run("track", "sample", "--count", "120", "--seed", "7", "--db", again).ExitCode);
        Assert.Equal(
            CliRunner.Run("track", "stats", "--format", "json", "--db", again).Output,
            Run("track", "stats", "--format", "json").Output);

        var refill = Run("track", "sample");
        Assert.Equal(2, refill.ExitCode);
        Assert.Contains("already holds requests", refill.Error, StringComparison.Ordinal);

        foreach (var format in new[] { "csv", "json", "html" })
        {
            var file = Path.Combine(_folder, $"stats.{format}");
            Assert.Equal(0, Run("track", "stats", "--format", format, "--out", file, "--threshold", "3").ExitCode);
            Assert.True(new FileInfo(file).Length > 500, format);
        }

        Assert.StartsWith("table,direction,key,subkey,value,suppressed", File.ReadAllText(Path.Combine(_folder, "stats.csv")), StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(_folder, "stats.html")), StringComparison.Ordinal);
        Assert.Equal(3, (int)JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "stats.json")))!["suppressionThreshold"]!);
        Assert.Contains("Internal figures", Run("track", "stats", "--no-suppression").Output, StringComparison.Ordinal);

        var catalogue = JsonNode.Parse(Run("track", "catalogue").Output)!.AsArray();
        Assert.NotEmpty(catalogue);
        Assert.All(catalogue, c => Assert.Contains("UNTOC", c!["legalBasis"]!.ToJsonString(), StringComparison.Ordinal));
        Assert.DoesNotContain("Synthetic Person", Run("track", "catalogue").Output, StringComparison.Ordinal);
    }

    private static (int, string) Trimmed((int ExitCode, string Output, string Error) result) => (result.ExitCode, result.Output.Trim());
}
