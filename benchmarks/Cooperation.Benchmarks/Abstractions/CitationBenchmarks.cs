using BenchmarkDotNet.Attributes;
using Cooperation.Law;

namespace Cooperation.Benchmarks.Abstractions;

/// <summary>
/// What checking a citation against the catalogue costs when it arrives as text (JSON, rule attributes)
/// compared with building it from its parts, which every rule does once at start-up.
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    [Benchmark(Baseline = true)]
    public ArticleCitation CreateFromParts() => ArticleCitation.Create(Instrument.Untoc, 16, 5, 'a');

    [Benchmark]
    public ArticleCitation ParseCanonicalText() => ArticleCitation.Parse("UNTOC art. 16(5)(a)");

    [Benchmark]
    public string Format() => Cited.ToString();

    private static readonly ArticleCitation Cited = ArticleCitation.Parse("UNTOC art. 27(1)(b)(ii)");
}
