using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/WindowScoring.Benchmarks -- --filter '*'
// Quick check: add --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
