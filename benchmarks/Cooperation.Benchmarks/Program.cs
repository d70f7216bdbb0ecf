using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Cooperation.Benchmarks.Population;

// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- smoke                (CI: every benchmark once)
// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- generate 1000000 > cases.jsonl
switch (args)
{
    case ["generate", var count, ..]:
        GeneratedPopulation.WriteLines(Console.Out, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        return 0;

    case ["smoke", .. var rest]:
        // BenchmarkDotNet's dry job as a mutator: every job a benchmark declares (GC modes, cold start) runs one
        // iteration, so the suite cannot rot, and no timing is asserted. It fails if any benchmark fails to run.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(rest.Length == 0 ? ["--filter", "*"] : rest, DefaultConfig.Instance.AddJob(Job.Dry.AsMutator()));
        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToList();
        failed.ForEach(title => Console.Error.WriteLine($"benchmark smoke run failed: {title}"));
        return summaries.Any() && failed.Count == 0 ? 0 : 1;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
