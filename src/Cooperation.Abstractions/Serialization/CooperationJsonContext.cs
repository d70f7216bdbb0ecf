using System.Text.Json.Serialization;
using Cooperation.Evaluation;
using Cooperation.Languages;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Serialization;

/// <summary>
/// The System.Text.Json source-generated metadata for every public record of <c>Cooperation.Abstractions</c>:
/// camelCase property names, enums as camelCase strings, unknown values written as <c>null</c>.
/// </summary>
/// <remarks>
/// Internal: callers use <see cref="CooperationJson.Options"/>, which adds the NodaTime converters (ISO-8601
/// dates and instants) that the generated metadata relies on, or chain <see cref="CooperationJson.TypeInfoResolver"/>.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    WriteIndented = true)]
[JsonSerializable(typeof(StateCode))]
[JsonSerializable(typeof(Instrument))]
[JsonSerializable(typeof(ArticleCitation))]
[JsonSerializable(typeof(LanguageTag))]
[JsonSerializable(typeof(Penalty))]
[JsonSerializable(typeof(OffenceCategory))]
[JsonSerializable(typeof(RequestKind))]
[JsonSerializable(typeof(MlaMeasure))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(Effect))]
[JsonSerializable(typeof(Outcome))]
[JsonSerializable(typeof(FactUsed))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(InformationNeeded))]
[JsonSerializable(typeof(LegalBasis))]
[JsonSerializable(typeof(RefusalGroundAssessment))]
[JsonSerializable(typeof(Determination))]
[JsonSerializable(typeof(IReadOnlyList<Determination>))]
[JsonSerializable(typeof(StateProfile))]
[JsonSerializable(typeof(IReadOnlyList<StateProfile>))]
internal sealed partial class CooperationJsonContext : JsonSerializerContext;
