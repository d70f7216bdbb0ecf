using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;

namespace Cooperation.Directory.Tests;

/// <summary>The fictional sample directory shipped under samples/directory.</summary>
internal static class SampleData
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "sample-directory.json");

    public static readonly DirectoryDocument Document = DirectoryJson.Load(Path);

    public static readonly CooperationDirectory Directory = CooperationDirectory.Embedded.MergeWith(Document);
}
