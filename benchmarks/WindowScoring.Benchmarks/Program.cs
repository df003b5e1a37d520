using System.Globalization;
using BenchmarkDotNet.Running;
using WindowScoring;
using WindowScoring.Benchmarks;

// dotnet run -c Release --project benchmarks/WindowScoring.Benchmarks -- --filter '*'
// Quick check: add --job short. The import comparison interleaved in one process: -- --paired-import [rounds]
// The .xlsx read against MiniExcel's Query, interleaved: -- --paired-workbook [rounds]
// ReadEach again and again, to profile (perf): -- --profile-import [runs]
if (args.Length > 0 && args[0] == "--paired-import")
{
    PairedImport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15);
    return;
}

if (args.Length > 0 && args[0] == "--profile-import")
{
    ProfileImport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "--paired-workbook")
{
    WorkbookBenchmarks.RunPaired(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
