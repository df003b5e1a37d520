using System.Diagnostics;
using System.Globalization;

namespace WindowScoring.Benchmarks;

/// <summary>
/// <c>ReadEach</c> of the 10^6-row benchmark file run again and again in one process, each run's time and allocation per
/// row printed: a steady load to profile. With .NET's perf map on and W^X off, <c>perf</c> names the JIT-compiled methods:
/// <c>DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g dotnet
/// benchmarks/WindowScoring.Benchmarks/bin/Release/net10.0/WindowScoring.Benchmarks.dll --profile-import 10</c>, then
/// <c>perf report --no-children --sort symbol</c>. Not a measurement to quote (that is <see cref="PairedImport"/>).
/// </summary>
internal static class ProfileImport
{
    internal static void Run(int runs)
    {
        var bench = new ImportBenchmarks { Rows = 1_000_000 };
        bench.Setup();
        try
        {
            for (var i = 0; i < runs; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var collections = GC.CollectionCount(0);
                var watch = Stopwatch.StartNew();
                bench.WindowScoringReadEach();
                watch.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)bench.Rows:F1} bytes a row, {GC.CollectionCount(0) - collections} gen0 collections"));
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
