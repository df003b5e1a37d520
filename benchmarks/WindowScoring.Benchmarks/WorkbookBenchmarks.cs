using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using MiniExcelLibs;
using WindowScoring.OpenXml;

namespace WindowScoring.Benchmarks;

/// <summary>
/// Reading a 100,000-row workbook (written by <see cref="XlsxTableWriter"/>: merged title, header, numbers as numbers, names
/// as inline strings): our <see cref="WorkbookReader.Read(string, Import.ImportOptions?, string?)"/> (rows, diagnostics,
/// everything) against MiniExcel 1.46's <c>Query</c> of the same file (each row as a dictionary of cells, nothing parsed).
/// <c>dotnet run -c Release --project benchmarks/WindowScoring.Benchmarks -- --filter '*WorkbookBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private string _path = string.Empty;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"windowscoring-bench-{Rows}.xlsx");
        if (!File.Exists(_path))
        {
            var assessments = Enumerable.Range(0, Rows).Select(i => new Assessment(
                Department.FromName("部门" + i.ToString("D6", CultureInfo.InvariantCulture)), 100m, (i % 25) * 0.5m, (i % 41) * 0.5m));
            XlsxTableWriter.Default.Write(ScoringEngine.Default.Rank(assessments, AssessmentPeriod.Month(2023, 11)), _path);
        }
    }

    [Benchmark(Baseline = true)]
    public int MiniExcelQuery() => MiniExcel.Query(_path).Count();

    [Benchmark]
    public int WindowScoringRead() => WorkbookReader.Read(_path).Rows.Count;

    [Benchmark]
    public int WindowScoringReadEach()
    {
        var n = 0;
        WorkbookReader.ReadEach(_path, _ => n++);
        return n;
    }

    /// <summary>The two interleaved in one process, each of our runs divided by the MiniExcel run just before it; prints
    /// the median ratio and the peak working set.</summary>
    internal static void RunPaired(int rounds)
    {
        var bench = new WorkbookBenchmarks { Rows = 100_000 };
        bench.Setup();
        foreach (var (name, ours) in new (string, Func<int>)[] { ("Read", bench.WindowScoringRead), ("ReadEach", bench.WindowScoringReadEach) })
        {
            var ratios = new List<double>();
            var (baseTimes, ourTimes) = (new List<double>(), new List<double>());
            for (var i = 0; i < rounds + 2; i++)
            {
                var b = Time(bench.MiniExcelQuery);
                var o = Time(ours);
                if (i >= 2)
                {
                    baseTimes.Add(b);
                    ourTimes.Add(o);
                    ratios.Add(o / b);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} / MiniExcel Query, {bench.Rows} rows: median MiniExcel {Median(baseTimes):F1} ms, ours {Median(ourTimes):F1} ms, median paired ratio {Median(ratios):F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB (the whole process, both readers)"));
    }

    private static double Time(Func<int> run)
    {
        var watch = Stopwatch.StartNew();
        if (run() <= 0)
        {
            throw new InvalidOperationException("no rows read");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
