using NodaTime;

namespace Cooperation.Cli;

/// <summary>What every command receives from the composition root: where to write and what time it is.</summary>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where progress can be drawn.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, IClock Clock, bool ErrorIsTerminal = false);
