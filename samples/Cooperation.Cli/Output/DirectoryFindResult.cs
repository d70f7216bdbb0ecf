using Cooperation.Directory.Queries;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Cli.Output;

/// <summary>What <c>directory find</c> prints.</summary>
internal sealed record DirectoryFindResult(
    Instant At,
    StateCode State,
    bool SampleData,
    IReadOnlyList<FoundAuthority> Authorities,
    IReadOnlyList<TransmissionAdvice> Advice);
