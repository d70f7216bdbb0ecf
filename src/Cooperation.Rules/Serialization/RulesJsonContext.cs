using System.Text.Json.Serialization;
using Cooperation.Rules.Cases;

namespace Cooperation.Rules.Serialization;

/// <summary>Source-generated metadata for cases and assessment reports.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    WriteIndented = true)]
[JsonSerializable(typeof(CooperationCase))]
[JsonSerializable(typeof(CaseBatch))]
[JsonSerializable(typeof(AssessmentReport))]
internal sealed partial class RulesJsonContext : JsonSerializerContext;
