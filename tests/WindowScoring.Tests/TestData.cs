using System.Text;

namespace WindowScoring.Tests;

/// <summary>Paths of the real data the tests compare against.</summary>
internal static class TestData
{
    /// <summary>The Sichuan hall's weekly report 2024-01 (the seed), whose appendix is the November 2023 table.</summary>
    internal static string SeedReportPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "weekly-report-2024-01.txt");

    /// <summary>The appendix table shipped with the samples (<c>samples/data/2023-11.tsv</c>).</summary>
    internal static string NovemberTablePath => Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", "2023-11.tsv");

    /// <summary>The seed report's appendix: the lines from the header row to the last department, as printed (blank line included).</summary>
    internal static string[] SeedAppendixLines()
    {
        var lines = File.ReadAllLines(SeedReportPath, Encoding.UTF8);
        var header = Array.FindIndex(lines, l => l.StartsWith("序号\t", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, header, l => l.StartsWith("报：", StringComparison.Ordinal));
        return lines[header..end].Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToArray();
    }
}
