using Cooperation.Directory.DependencyInjection;
using Cooperation.Directory.Serialization;
using Cooperation.Profiles;
using Cooperation.States;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Directory.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddCooperationDirectory_RegistersTheEmbeddedData_AsTheStateProfiles()
    {
        using var provider = new ServiceCollection().AddCooperationDirectory().BuildServiceProvider();

        Assert.Same(CooperationDirectory.Embedded, provider.GetRequiredService<CooperationDirectory>());
        Assert.Same(provider.GetRequiredService<CooperationDirectory>(), provider.GetRequiredService<IStateProfiles>());
    }

    [Fact]
    public void AddCooperationDirectory_WithAFile_LaysItOverTheEmbeddedData()
    {
        using var provider = new ServiceCollection().AddCooperationDirectory(o => o.Files.Add(SampleData.Path)).BuildServiceProvider();
        var directory = provider.GetRequiredService<CooperationDirectory>();

        Assert.NotNull(directory.Find("SAMPLE-BRA-CA", Cooperation.Directory.Access.Reader.Anonymous));
        Assert.NotNull(directory.Find("MEX-FGR", Cooperation.Directory.Access.Reader.Anonymous));
    }

    [Fact]
    public void AddCooperationDirectory_CalledTwice_RegistersOneDirectory()
    {
        var services = new ServiceCollection().AddCooperationDirectory().AddCooperationDirectory();

        Assert.Single(services, d => d.ServiceType == typeof(CooperationDirectory));
    }

    [Fact]
    public void AnInvalidFile_FailsWhenResolved_ListingItsProblems()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "formatVersion": 1, "visibility": [ { "state": "XX", "records": "secret" } ] }""");
        using var provider = new ServiceCollection().AddCooperationDirectory(o => { o.IncludeEmbeddedData = false; o.Files.Add(file); }).BuildServiceProvider();

        var error = Assert.Throws<DirectoryValidationException>(() => provider.GetRequiredService<CooperationDirectory>());
        Assert.Equal(2, error.Problems.Count);
        File.Delete(file);
    }
}
