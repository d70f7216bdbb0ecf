using Cooperation.Directory.Authorities;
using Cooperation.Law;
using NodaTime;

namespace Cooperation.Cli.Output;

/// <summary>An authority as <c>directory find</c> prints it: its reachability at the instant asked, then the record.</summary>
internal sealed record FoundAuthority(
    string Id,
    string Name,
    IReadOnlyList<ArticleCitation> Designations,
    string? TimeZone,
    LocalDateTime? LocalTime,
    Offset? UtcOffset,
    bool? Open,
    Instant? NextOpening,
    UrgentProcedure? UrgentProcedure,
    Authority Record);
