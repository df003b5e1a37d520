using System.Diagnostics;
using System.Globalization;

namespace WindowScoring.Benchmarks;

/// <summary>
/// The import comparison interleaved: CsvHelper and our reader take turns on the same file in one process, and each of our
/// runs is divided by the CsvHelper run just before it. On a shared machine whose speed drifts during a long BenchmarkDotNet
/// run (benchmarks measured minutes apart), the median of these paired ratios is the steadier figure.
/// <c>dotnet run -c Release --project benchmarks/WindowScoring.Benchmarks -- --paired-import [rounds]</c>
/// </summary>
internal static class PairedImport
{
    internal static void Run(int rounds)
    {
        var bench = new ImportBenchmarks { Rows = 1_000_000 };
        bench.Setup();
        try
        {
            var pairs = new (string Name, Func<int> Baseline, Func<int> Ours)[]
            {
                ("ReadEach / GetRecords", bench.CsvHelperGetRecords, bench.WindowScoringReadEach),
                ("ReadEach / GetRecords + FluentValidation + HashSet", bench.TeamImporter, bench.WindowScoringReadEach),
                ("Read / GetRecords().ToList()", bench.CsvHelperGetRecordsToList, bench.WindowScoringRead),
            };
            foreach (var (name, baseline, ours) in pairs)
            {
                var ratios = new List<double>();
                var (baseTimes, ourTimes) = (new List<double>(), new List<double>());
                for (var i = 0; i < rounds + 2; i++)
                {
                    var b = Time(baseline);
                    var o = Time(ours);
                    if (i >= 2)
                    {
                        // The first two rounds warm up (tiered compilation); they are not counted.
                        baseTimes.Add(b);
                        ourTimes.Add(o);
                        ratios.Add(o / b);
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: paired ratio median {Median(ratios):F2} (quartiles {Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2}, {rounds} rounds); medians {Median(ourTimes):F0} ms / {Median(baseTimes):F0} ms"));
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static double Time(Func<int> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }
}
