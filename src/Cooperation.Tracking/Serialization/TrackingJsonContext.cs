using System.Text.Json.Serialization;
using Cooperation.Tracking.Catalogue;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Statistics;

namespace Cooperation.Tracking.Serialization;

/// <summary>Source-generated metadata for request records, histories, statistics and the catalogue.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    WriteIndented = true)]
[JsonSerializable(typeof(RequestOpening))]
[JsonSerializable(typeof(RequestDetails))]
[JsonSerializable(typeof(PersonalData))]
[JsonSerializable(typeof(RequestEvent))]
[JsonSerializable(typeof(RequestReport))]
[JsonSerializable(typeof(IReadOnlyList<RequestReport>))]
[JsonSerializable(typeof(TrackingStatistics))]
[JsonSerializable(typeof(IReadOnlyList<CatalogueEntry>))]
internal sealed partial class TrackingJsonContext : JsonSerializerContext;
