using NodaTime;

namespace Cooperation.Cli;

/// <summary>What every command receives from the composition root: where to write and what time it is.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, IClock Clock);
