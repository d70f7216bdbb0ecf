using System.Text.Json;

namespace Cooperation.Cli.Tests;

public class AssessCommandTests
{
    private static string Case(string name) => Path.Combine(AppContext.BaseDirectory, "cases", name);

    [Fact]
    public void Assess_AsJson_FollowsTheDocumentedShape()
    {
        var (exitCode, output, _) = CliRunner.Run("assess", Case("brazil-money-laundering-mla.json"), "--as-of", "2026-11-27", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-11-27", json.RootElement.GetProperty("asOf").GetString());
        var first = json.RootElement.GetProperty("determinations")[0];
        foreach (var property in new[] { "caseId", "requestedState", "kind", "outcome", "legalBasis", "findings", "informationNeeded", "refusalGrounds" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }

        Assert.Equal("eligible", first.GetProperty("outcome").GetString());
        Assert.Equal("UNTOC art. 18(1)", first.GetProperty("legalBasis")[0].GetProperty("citation").GetString());
        var finding = first.GetProperty("findings")[0];
        foreach (var property in new[] { "rule", "effect", "citation", "explanation" })
        {
            Assert.True(finding.TryGetProperty(property, out _), property);
        }
    }

    [Fact]
    public void Assess_AsOfDefaultsToTheInjectedClock()
    {
        var (_, output, _) = CliRunner.Run("assess", Case("batch.json"), "--format", "json");

        Assert.Contains("\"asOf\": \"2026-03-29\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Text_IsAReportForAPractitioner()
    {
        var (exitCode, output, _) = CliRunner.Run("assess", Case("extradition-relaxed-transnationality.json"), "--as-of", "2026-11-27");

        Assert.Equal(0, exitCode);
        Assert.Contains("OUTCOME: eligible", output, StringComparison.Ordinal);
        Assert.Contains("fiscal: NOT a valid ground", output, StringComparison.Ordinal);
        Assert.Contains("[UNTOC art. 16(5)(a)]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_WithStates_ReplacesTheEmbeddedProfile()
    {
        var states = Path.GetTempFileName();
        File.WriteAllText(states, """
            { "formatVersion": 1, "profiles": [ { "state": "BRA", "participation": [], "extraditionBasis": [],
              "extraditionConditionalOnTreaty": { "value": false, "source": "test", "asOf": "2026-01-01" },
              "treaties": [], "centralAuthorities": [], "mlaLanguages": null, "requiresDiplomaticChannel": null,
              "acceptsInterpolWhenUrgent": null, "extraditesNationals": null, "extraditionWithoutDualCriminality": null, "declarations": [] } ] }
            """);

        var (exitCode, output, _) = CliRunner.Run("assess", Case("extradition-relaxed-transnationality.json"), "--as-of", "2026-11-27", "--states", states, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var brazil = json.RootElement.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("requestedState").GetString() == "BRA");
        // The replacement profile has no participation: whether Brazil is a party is now unknown.
        Assert.Contains(brazil.GetProperty("informationNeeded").EnumerateArray(), n => n.GetProperty("fact").GetString() == "requestedState.partyTo.UNTOC");
        File.Delete(states);
    }

    [Fact]
    public void Assess_JsonLines_StreamsOneDeterminationPerLine()
    {
        var input = Path.GetTempFileName();
        File.WriteAllLines(input,
        [
            """{"id":"a","kind":"mutualLegalAssistance","requestingState":"ITA","requestedStates":["ESP","FRA"]}""",
            "",
            """{"id":"b","kind":"extradition","requestingState":"USA","requestedStates":["MEX"]}""",
        ]);

        var (exitCode, output, _) = CliRunner.Run("assess", input, "--format", "jsonl", "--as-of", "2026-11-27");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(1, JsonDocument.Parse(l).RootElement.GetProperty("determinations").GetArrayLength()));
        File.Delete(input);
    }

    [Theory]
    [InlineData("""{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["XX"]}""", "$.requestedStates[0]", "'XX'")]
    [InlineData("""{"cases":[{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["MEX"],"offence":{"maxPenaltyMonths":-3}}]}""", "$.cases[0].offence.maxPenaltyMonths", "-3")]
    [InlineData("""{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["USA"]}""", "$.requestedStates[0]", "'USA'")]
    [InlineData("""{"id":"x","kind":"transferOfProceedings","requestingState":"USA","requestedStates":["MEX"]}""", "$.kind", "transferOfProceedings")]
    [InlineData("""{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["MEX"],"colour":"red"}""", "colour", "")]
    [InlineData("""{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["MEX"],"measures":["teleportation"]}""", "$.measures[0]", "")]
    [InlineData("""{"id":"x","kind":"extradition","requestingState":"USA","requestedStates":["MEX"],"dualCriminality":{"ZZZ":true}}""", "$.dualCriminality", "'ZZZ'")]
    [InlineData("""{ "id": """, "$", "")]
    public void Assess_InvalidInput_Exits2_NamingTheJsonPath(string json, string path, string value)
    {
        var input = Path.GetTempFileName();
        File.WriteAllText(input, json);

        var (exitCode, _, error) = CliRunner.Run("assess", input);

        Assert.Equal(2, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        File.Delete(input);
    }

    [Fact]
    public void Assess_BadAsOf_Exits2() =>
        Assert.Equal(2, CliRunner.Run("assess", Case("batch.json"), "--as-of", "27/11/2026").ExitCode);
}

public class AssessProgressTests
{
    [Fact]
    public void Assess_OnATerminal_DrawsProgressOnStandardError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CooperationCli.Run(["assess", Path.Combine(AppContext.BaseDirectory, "cases", "batch.json")], output, error,
            new NodaTime.Testing.FakeClock(CliRunner.Now), errorIsTerminal: true);

        Assert.Equal(0, exitCode);
        Assert.Contains("assessed 3 cases, 3 determinations", error.ToString(), StringComparison.Ordinal);
    }
}
