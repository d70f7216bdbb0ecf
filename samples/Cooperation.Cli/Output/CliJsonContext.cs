using System.Text.Json.Serialization;
using Cooperation.Directory.Serialization;
using Cooperation.Profiles;

namespace Cooperation.Cli.Output;

/// <summary>Source-generated metadata for what the CLI prints as JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DirectoryFindResult))]
[JsonSerializable(typeof(StateProfile))]
[JsonSerializable(typeof(IReadOnlyList<DirectoryProblem>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
