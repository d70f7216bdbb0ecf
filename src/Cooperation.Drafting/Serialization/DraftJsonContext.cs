using System.Text.Json.Serialization;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Validation;

namespace Cooperation.Drafting.Serialization;

/// <summary>Source-generated metadata for drafts and checklists.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    WriteIndented = true)]
[JsonSerializable(typeof(RequestDraft))]
[JsonSerializable(typeof(Checklist))]
internal sealed partial class DraftJsonContext : JsonSerializerContext;
