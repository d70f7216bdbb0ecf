using System.Text.Json.Nodes;

namespace Cooperation.Cli.Tests;

public sealed class DirectoryGovernanceCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample-directory.json");
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("cooperation-cli-governance-").FullName;

    private string Db => Path.Combine(_folder, "directory.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRunner.Run([.. args, "--db", Db, "--baseline", Sample]);

    private string RecordFile(string name, string email)
    {
        var record = JsonNode.Parse(File.ReadAllText(Sample))!["authorities"]!.AsArray().Single(a => (string?)a!["id"] == "SAMPLE-BRA-CA")!.DeepClone();
        record["email"] = email;
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, record.ToJsonString());
        return path;
    }

    [Fact]
    public void ProposeReviewApproveExportDiff_EndToEnd()
    {
        var before = Path.Combine(_folder, "before.json");
        File.WriteAllText(before, Run("directory", "export").Output);

        var proposed = Run("directory", "propose", RecordFile("bra.json", "new@example.org"), "--as", "editor:maria@BRA", "--note", "new mailbox");
        Assert.Equal((0, "proposal 1: update 'SAMPLE-BRA-CA' from version 0, pending review"), (proposed.ExitCode, proposed.Output.Trim()));
        Assert.Contains("new mailbox", Run("directory", "review", "--as", "reviewer:sec").Output, StringComparison.Ordinal);

        var approved = Run("directory", "approve", "1", "--as", "reviewer:sec");
        Assert.Equal((0, "published 'SAMPLE-BRA-CA' version 1"), (approved.ExitCode, approved.Output.Trim()));
        Assert.Contains("proposal 1 by maria, approved by sec; changed: email", Run("directory", "history", "SAMPLE-BRA-CA").Output, StringComparison.Ordinal);

        var after = Path.Combine(_folder, "after.json");
        File.WriteAllText(after, Run("directory", "export").Output);
        var diff = CliRunner.Run("directory", "diff", before, after);
        Assert.Equal(3, diff.ExitCode);
        Assert.Contains("~ SAMPLE-BRA-CA: email", diff.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("directory", "diff", after, after).ExitCode);
    }

    [Fact]
    public void AnEditorOfAnotherState_IsDenied_WithExitCode4()
    {
        var denied = Run("directory", "propose", RecordFile("bra.json", "x@example.org"), "--as", "editor:li@NPL");

        Assert.Equal(4, denied.ExitCode);
        Assert.Contains("not bound to 'SAMPLE-BRA-CA'", denied.Error, StringComparison.Ordinal);
        Assert.Equal(4, Run("directory", "review", "--as", "reader:someone").ExitCode);
    }

    [Fact]
    public void TheSecondOfTwoConcurrentProposals_Conflicts_WithExitCode5()
    {
        Run("directory", "propose", RecordFile("a.json", "a@example.org"), "--as", "editor:maria@BRA");
        Run("directory", "propose", RecordFile("b.json", "b@example.org"), "--as", "editor:joao@SAMPLE-BRA-CA");
        Assert.Equal(0, Run("directory", "approve", "1", "--as", "reviewer:sec").ExitCode);

        var conflict = Run("directory", "approve", "2", "--as", "reviewer:sec");

        Assert.Equal(5, conflict.ExitCode);
        Assert.Contains("propose again from version 1", conflict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_NamesTheProblem()
    {
        Assert.Contains("'wizard:x' is not anonymous", Run("directory", "review", "--as", "wizard:x").Error, StringComparison.Ordinal);
        Assert.Contains("no published authority record 'NOPE'", Run("directory", "propose", "--retire", "NOPE", "--as", "reviewer:sec").Error, StringComparison.Ordinal);
        Assert.Contains("There is no proposal 9", Run("directory", "approve", "9", "--as", "reviewer:sec").Error, StringComparison.Ordinal);
    }
}
