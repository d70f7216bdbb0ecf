using System.Text.Json;
using Cooperation.Serialization;

namespace Cooperation.Cli.Output;

/// <summary>Writes CLI results as JSON with the Cooperation conventions.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = CooperationJson.Create(CliJsonContext.Default.Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(T)));
}
