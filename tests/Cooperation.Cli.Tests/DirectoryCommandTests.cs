using System.Text.Json;

namespace Cooperation.Cli.Tests;

public class DirectoryCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample-directory.json");

    [Fact]
    public void Find_AsJson_GivesLocalTimeOpenAndNextOpening_AndTheAdvice()
    {
        var (exitCode, output, _) = CliRunner.Run("directory", "find", "--state", "BRA", "--at", "2026-03-29T01:30:00Z", "--file", Sample, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var authority = json.RootElement.GetProperty("authorities")[0];
        Assert.Equal("2026-03-28T22:30:00", authority.GetProperty("localTime").GetString());
        Assert.False(authority.GetProperty("open").GetBoolean());
        Assert.Equal("2026-03-30T12:00:00Z", authority.GetProperty("nextOpening").GetString());
        Assert.Equal(0, authority.GetProperty("record").GetProperty("contactPersons").GetArrayLength());
        Assert.Equal("centralAuthority", json.RootElement.GetProperty("advice")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public void Find_WithoutAt_UsesTheInjectedClock()
    {
        var (_, output, _) = CliRunner.Run("directory", "find", "--state", "BRA", "--file", Sample, "--format", "json");

        Assert.Contains("\"at\": \"2026-03-29T01:30:00Z\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AsAnAuthorisedUser_ShowsContactPersons_AndRestrictedStates()
    {
        var (_, anonymous, _) = CliRunner.Run("directory", "find", "--state", "NPL", "--file", Sample);
        var (_, authorised, _) = CliRunner.Run("directory", "find", "--state", "NPL", "--file", Sample, "--authorised-as", "user-1");

        Assert.DoesNotContain("Bikash", anonymous, StringComparison.Ordinal);
        Assert.Contains("Bikash Namuna", authorised, StringComparison.Ordinal);
        Assert.Contains("local time:       2026-03-29 07:15 (Asia/Kathmandu, UTC+05:45)", authorised, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_UnknownState_ExitsWith2_NamingIt()
    {
        var (exitCode, _, error) = CliRunner.Run("directory", "find", "--state", "XX");

        Assert.Equal(2, exitCode);
        Assert.Contains("'XX'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BadInstant_ExitsWith2_NamingIt()
    {
        var (exitCode, _, error) = CliRunner.Run("directory", "find", "--state", "BRA", "--at", "yesterday");

        Assert.Equal(2, exitCode);
        Assert.Contains("'yesterday'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_PrintsParticipationAndNotifications_WithSources()
    {
        var (exitCode, output, _) = CliRunner.Run("directory", "profile", "--state", "MEX");

        Assert.Equal(0, exitCode);
        Assert.Contains("UNTOC  party by ratification", output, StringComparison.Ordinal);
        Assert.Contains("UNTOC: Accepts", output, StringComparison.Ordinal);
        Assert.Contains("Office of the Attorney-General of the Republic", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_AsJson_RoundTripsTheProfile()
    {
        var (exitCode, output, _) = CliRunner.Run("directory", "profile", "--state", "SVN", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("SVN", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("sl", json.RootElement.GetProperty("mlaLanguages").GetProperty("accepted")[0].GetProperty("language").GetString());
    }

    [Fact]
    public void Validate_AValidFile_Exits0()
    {
        var (exitCode, output, _) = CliRunner.Run("directory", "validate", Sample);

        Assert.Equal(0, exitCode);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnInvalidFile_Exits2_ListingEveryProblem()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "formatVersion": 1, "authorities": [ { "id": "x", "state": "XYZ", "name": "n", "designations": ["UNTOC art. 99"], "timeZone": "Nowhere/Land", "provenance": { "source": "s", "asOf": "2026-01-01" } } ] }""");

        var (exitCode, _, error) = CliRunner.Run("directory", "validate", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("3 problems", error, StringComparison.Ordinal);
        Assert.Contains("$.authorities[0].state", error, StringComparison.Ordinal);
        Assert.Contains("$.authorities[0].timeZone", error, StringComparison.Ordinal);
        Assert.Contains("$.authorities[0].designations[0]", error, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void Validate_AMissingFile_Exits2() =>
        Assert.Equal(2, CliRunner.Run("directory", "validate", "/nonexistent/directory.json").ExitCode);
}
