using BenchmarkDotNet.Running;
using Cooperation.Benchmarks.Population;

// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- generate 1000000 > cases.jsonl
if (args is ["generate", var count, ..])
{
    GeneratedPopulation.WriteLines(Console.Out, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
