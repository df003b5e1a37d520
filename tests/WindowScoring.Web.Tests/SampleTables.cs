using System.Text;

namespace WindowScoring.Web.Tests;

/// <summary>The tables the tests upload, made from the shipped November 2023 table (<c>samples/data/2023-11.tsv</c>).</summary>
internal static class SampleTables
{
    public static string Path(string name) => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", name);

    /// <summary>The seed's November 2023 table: 29 departments, a tie at the top (1, blank, 3 …).</summary>
    public static string[] SeedLines() => File.ReadAllLines(Path("2023-11.tsv"), Encoding.UTF8).Where(l => l.Length > 0).ToArray();

    public static byte[] Seed() => Utf8(SeedLines());

    /// <summary>The seed as an .xlsx workbook saved by LibreOffice Calc (first sheet, no title row), not by our writer.</summary>
    public static byte[] SeedWorkbook() => File.ReadAllBytes(Path("2023-11.xlsx"));

    public static byte[] Utf8(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    /// <summary>
    /// The seed as Excel and WPS save "CSV": every text field quoted (the header too), commas, CRLF, GBK (code page 936).
    /// </summary>
    public static byte[] ExcelStyleGbkCsv()
    {
        var csv = new StringBuilder();
        foreach (var line in SeedLines())
        {
            var cells = line.Split('\t').Select(c => c.Length == 0 || decimal.TryParse(c, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? c
                : "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            csv.Append(string.Join(",", cells)).Append("\r\n");
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(csv.ToString());
    }

    /// <summary>The seed with one cell of each of three lines made unreadable; returns the file and the 1-based lines spoiled.</summary>
    public static (byte[] File, int[] BadLines) WithThreeBadLines()
    {
        var lines = SeedLines();
        int[] bad = [5, 12, 20];
        lines[bad[0] - 1] = Replace(lines[bad[0] - 1], 3, "5,5");    // a decimal comma in 减分
        lines[bad[1] - 1] = Replace(lines[bad[1] - 1], 4, "十");      // not a number in 加分
        lines[bad[2] - 1] = Replace(lines[bad[2] - 1], 5, "1e3");    // an exponent in 实得分值
        return (Utf8(lines), bad);
    }

    /// <summary>The seed with the bonus of the first department changed, so each month of a test has its own figures.</summary>
    public static (byte[] File, decimal FirstTotal) WithFirstBonus(decimal bonus)
    {
        var lines = SeedLines();
        var cells = lines[1].Split('\t');
        cells[4] = bonus.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var total = 100m - 0m + bonus;
        cells[5] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[1] = string.Join('\t', cells);
        return (Utf8(lines), total);
    }

    private static string Replace(string line, int cell, string value)
    {
        var cells = line.Split('\t');
        cells[cell] = value;
        return string.Join('\t', cells);
    }
}
