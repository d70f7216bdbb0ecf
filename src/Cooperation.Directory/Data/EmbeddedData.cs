using System.Text;
using Cooperation.Directory.Serialization;

namespace Cooperation.Directory.Data;

/// <summary>Reads the directory document embedded in the assembly (<c>Data/default-directory.json</c>).</summary>
internal static class EmbeddedData
{
    public const string ResourceName = "Cooperation.Directory.default-directory.json";

    public static string Text()
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded directory data ({ResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static DirectoryDocument Load() => DirectoryJson.ParseTrusted(Text());
}
