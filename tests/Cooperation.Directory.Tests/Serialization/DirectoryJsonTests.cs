using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;

namespace Cooperation.Directory.Tests.Serialization;

public class DirectoryJsonTests
{
    private const string ValidAuthority = """
        { "id": "A-1", "state": "BRA", "name": "Authority", "designations": ["UNTOC art. 18(13)"],
          "provenance": { "source": "test", "asOf": "2026-01-01" } }
        """;

    [Fact]
    public void SampleFile_Loads_AndIsMarkedAsSample()
    {
        var document = DirectoryJson.Load(SampleData.Path);

        Assert.True(document.Sample);
        Assert.Equal(4, document.Authorities.Count);
    }

    [Fact]
    public void MalformedJson_IsOneProblemAtTheRoot_NamingThePosition()
    {
        var error = Assert.Throws<DirectoryValidationException>(() => DirectoryJson.Parse("{ \"formatVersion\": 1, ", "broken.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("LineNumber", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("broken.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblem_IsListed_WithItsPathAndValue()
    {
        var json = """
            {
              "formatVersion": 1,
              "authorities": [
                { "id": "DUP", "state": "XYZ", "name": "One", "designations": ["UNTOC art. 18(13)"],
                  "timeZone": "Mars/Olympus_Mons",
                  "provenance": { "source": "test", "asOf": "2026-01-01" } },
                { "id": "dup", "state": "BRA", "name": "Two", "designations": ["UNTOC art. 18(31)"],
                  "provenance": { "source": "test", "asOf": "2026-02-30" } }
              ]
            }
            """;

        var problems = DirectoryJson.Validate(json);

        Assert.Contains(problems, p => p.Path == "$.authorities[0].state" && p.Value == "\"XYZ\"" && p.Message.Contains("'XYZ'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.authorities[0].timeZone" && p.Message.Contains("'Mars/Olympus_Mons'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.authorities[1].designations[0]" && p.Message.Contains("no paragraph 31", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.authorities[1].provenance.asOf" && p.Value == "\"2026-02-30\"");
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void DuplicateIdentifiers_AndOverlappingHours_AreListedTogether()
    {
        var json = $$"""
            {
              "formatVersion": 1,
              "authorities": [
                {{ValidAuthority}},
                { "id": "a-1", "state": "BRA", "name": "Same id, other case", "designations": ["UNTOC art. 16"],
                  "timeZone": "America/Sao_Paulo",
                  "officeHours": { "weekly": { "monday": ["09:00-13:00", "12:00-18:00"] }, "exceptions": [] },
                  "provenance": { "source": "test", "asOf": "2026-01-01" } },
                { "id": "B-2", "state": "BRA", "name": "Hours without a zone", "designations": ["UNTOC art. 16"],
                  "officeHours": { "weekly": { "friday": ["09:00-17:00"] }, "exceptions": [] },
                  "provenance": { "source": "test", "asOf": "2026-01-01" } }
              ]
            }
            """;

        var problems = DirectoryJson.Validate(json);

        Assert.Contains(problems, p => p.Path == "$.authorities[1].id" && p.Value == "a-1");
        Assert.Contains(problems, p => p.Path == "$.authorities[1].officeHours.weekly.monday[1]" && p.Value == "12:00-18:00");
        Assert.Contains(problems, p => p.Path == "$.authorities[2].timeZone");
        Assert.Equal(3, problems.Count);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 2 }""", "$.formatVersion")]
    [InlineData("""{ "formatVersion": 1, "colour": "red" }""", "$.colour")]
    [InlineData("""{ "formatVersion": 1, "authorities": [ { "id": "X", "state": "BRA", "name": "N", "designations": [], "provenance": { "source": "s", "asOf": "2026-01-01" } } ] }""", "$.authorities[0].designations")]
    [InlineData("""{ "formatVersion": 1, "authorities": [ { "id": "X", "state": "BRA", "name": "N", "designations": ["UNTOC art. 16"] } ] }""", "$.authorities[0]")]
    [InlineData("""{ "formatVersion": 1, "authorities": [ { "id": "X", "state": "BRA", "name": "N", "designations": ["UNTOC art. 16"], "channels": ["pigeon"], "provenance": { "source": "s", "asOf": "2026-01-01" } } ] }""", "$.authorities[0].channels[0]")]
    [InlineData("""{ "formatVersion": 1, "authorities": [ { "id": "X", "state": "BRA", "name": "N", "designations": ["UNTOC art. 16"], "timeZone": "UTC", "officeHours": { "weekly": { "monday": ["17:00-09:00"] }, "exceptions": [] }, "provenance": { "source": "s", "asOf": "2026-01-01" } } ] }""", "$.authorities[0].officeHours.weekly.monday[0]")]
    public void StructuralProblems_NameTheirPath(string json, string path)
    {
        var problems = DirectoryJson.Validate(json);

        Assert.Contains(problems, p => p.Path == path);
    }

    [Fact]
    public void ARejectedDocument_LoadsNothing()
    {
        var directory = CooperationDirectory.Embedded;
        var before = DirectoryJson.Serialize(directory.Document);

        Assert.Throws<DirectoryValidationException>(() => directory.MergeWith(DirectoryJson.Parse("""{ "formatVersion": 1, "authorities": [ { "id": "X" } ] }""")));

        Assert.Equal(before, DirectoryJson.Serialize(directory.Document));
    }

    [Fact]
    public void Export_ThenImport_IsTheIdentity_ForTheSampleAndTheEmbeddedData()
    {
        foreach (var document in new[] { SampleData.Document, CooperationDirectory.Embedded.Document })
        {
            var json = DirectoryJson.Serialize(document);
            Assert.Equal(json, DirectoryJson.Serialize(DirectoryJson.Parse(json)));
        }
    }

    [Fact]
    public void ConstructingADirectoryInCode_IsCheckedToo()
    {
        var duplicate = SampleData.Document.Authorities[0];
        var document = new DirectoryDocument(authorities: [duplicate, duplicate]);

        var error = Assert.Throws<DirectoryValidationException>(() => new CooperationDirectory(document));
        Assert.Contains(error.Problems, p => p.Path == "$.authorities[1].id");
    }

    [Fact]
    public void OneAuthority_RoundTripsThroughItsJson()
    {
        var record = SampleData.Document.Authorities[0];
        var json = DirectoryJson.SerializeAuthority(record);

        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
        Assert.Equal(json, DirectoryJson.SerializeAuthority(DirectoryJson.ParseAuthority(json)));
    }

    [Fact]
    public void AnInvalidAuthority_IsReportedWithTheDocumentsPathAndValue()
    {
        var json = DirectoryJson.SerializeAuthority(SampleData.Document.Authorities[0] with { TimeZone = "Atlantis/Capital" });

        var error = Assert.Throws<DirectoryValidationException>(() => DirectoryJson.ParseAuthority(json, "upload.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.authorities[0].timeZone", problem.Path);
        Assert.Contains("Atlantis/Capital", error.Message, StringComparison.Ordinal);
        Assert.Contains("upload.json", error.Message, StringComparison.Ordinal);
    }
}
