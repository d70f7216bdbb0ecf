namespace Cooperation.Cli.Tests;

public class DraftCommandTests
{
    private static string Draft(string name) => Path.Combine(AppContext.BaseDirectory, "drafts", name + ".json");

    [Theory]
    [InlineData("mla-money-laundering", "MEX")]
    [InlineData("extradition-accused", "MEX")]
    [InlineData("extradition-convicted", "SVN")]
    public void Check_ASampleDraft_IsReadyToSend(string name, string to)
    {
        var (exitCode, output, _) = CliRunner.Run("draft", "check", Draft(name), "--to", to);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("READY TO SEND", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ADraftWithErrors_Exits3_ListingThem()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "kind": "mutualLegalAssistance", "requestingState": "BRA", "language": "es" }""");

        var (exitCode, output, _) = CliRunner.Run("draft", "check", file, "--to", "MEX");

        Assert.Equal(3, exitCode);
        Assert.Contains("ERROR   $.purpose", output, StringComparison.Ordinal);
        Assert.Contains("source: UNTOC art. 18(15)(f)", output, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void Draft_RendersInTheRequestedStatesLanguage()
    {
        var (exitCode, output, _) = CliRunner.Run("draft", Draft("mla-money-laundering"), "--to", "MEX", "--format", "md");

        Assert.Equal(0, exitCode);
        Assert.Contains("# Solicitud de asistencia judicial recíproca en materia penal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_AsDocx_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.docx");

        var (exitCode, output, _) = CliRunner.Run("draft", Draft("extradition-convicted"), "--to", "SVN", "--lang", "ar", "--format", "docx", "--out", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Arabic", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 1000);
        File.Delete(path);
    }

    [Fact]
    public void Draft_AsDocxWithoutOut_Exits2() =>
        Assert.Equal(2, CliRunner.Run("draft", Draft("extradition-convicted"), "--to", "SVN", "--format", "docx").ExitCode);

    [Fact]
    public void Draft_NotReady_Exits3_UnlessForced()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "kind": "extradition", "requestingState": "USA", "language": "es" }""");

        Assert.Equal(3, CliRunner.Run("draft", file, "--to", "MEX").ExitCode);
        Assert.Equal(0, CliRunner.Run("draft", file, "--to", "MEX", "--force").ExitCode);
        File.Delete(file);
    }

    [Theory]
    [InlineData("--lang", "xx")]
    [InlineData("--to", "ZZ")]
    public void Draft_InvalidOptions_Exit2(string option, string value)
    {
        var args = new List<string> { "draft", Draft("mla-money-laundering"), "--to", "MEX" };
        if (option == "--to")
        {
            args[3] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exitCode, _, error) = CliRunner.Run([.. args]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_InvalidJson_Exits2_NamingThePath()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "kind": "extradition", "requestingState": "USA", "status": "fugitive" }""");

        var (exitCode, _, error) = CliRunner.Run("draft", "check", file, "--to", "MEX");

        Assert.Equal(2, exitCode);
        Assert.Contains("$.status", error, StringComparison.Ordinal);
        File.Delete(file);
    }
}
