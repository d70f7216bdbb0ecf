using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Cooperation.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
