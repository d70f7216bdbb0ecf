namespace Cooperation.Cli.Tests;

public class HostTests
{
    [Fact]
    public void Help_ListsTheCommands_AndSucceeds()
    {
        var (exitCode, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("cite", output, StringComparison.Ordinal);
        Assert.Contains("--version", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_ShowsTheHelp_AndSucceeds()
    {
        var (exitCode, output, _) = CliRunner.Run();

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var (exitCode, output, _) = CliRunner.Run("--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsWith2_NamingIt()
    {
        var (exitCode, _, error) = CliRunner.Run("--colour");

        Assert.Equal(2, exitCode);
        Assert.Contains("--colour", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_ValidCitations_PrintsCanonicalFormAndTitle()
    {
        var (exitCode, output, _) = CliRunner.Run("cite", "untoc art 18(13)", "SOM art. 8(2)(a)");

        Assert.Equal(0, exitCode);
        Assert.Contains("UNTOC art. 18(13)\t", output, StringComparison.Ordinal);
        Assert.Contains("Measures against the smuggling of migrants by sea", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_CitationThatDoesNotExist_ExitsWith2_NamingItWithoutAStackTrace()
    {
        var (exitCode, _, error) = CliRunner.Run("cite", "UNTOC art. 18(3)(j)");

        Assert.Equal(2, exitCode);
        Assert.Contains("'UNTOC art. 18(3)(j)'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
