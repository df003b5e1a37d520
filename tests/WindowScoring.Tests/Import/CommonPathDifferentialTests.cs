using System.Text;
using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// The delimited reader takes common records straight from CsvHelper's UTF-8 spans (no cell materialised that is not
/// kept) and every other record through the general path that materialises the cells. The two must agree exactly: same
/// rows (every member, extras included), same diagnostics (code, severity, line, column, raw text, message), in the same
/// order, for any table. Tables here are drawn from cells that sit on every boundary of the common path: numbers in and
/// out of its short form, blanks, markers, full-width text, formula escapes, repeated headers, long fields, signs.
/// </summary>
public sealed class CommonPathDifferentialTests
{
    private static readonly Gen<string> Number = Gen.OneOfConst(
        "100", "0", "-0", "+3", "-12.5", "12.5", "0.000", ".5", "5.", "-.5", "120.25", "999999999999999999", "-999999999999999999",
        "9999999999999999999", "1234567890.123456789", "0.0000000000000000000000000001", "79228162514264337593543950335",
        " 5", "5 ", "\t7", "１２０", "－０．５", "1e3", "1,000", "5,5", "NaN", "--1", "1.2.3", "", " ", "不参与考核", "n/a", "免考核", "x");

    private static readonly Gen<string> Name = Gen.OneOfConst(
        "教育厅", " 教育厅 ", "省新闻出版局（省电影局）", "省新闻出版局 (省电影局)", "ＡＢＣ窗口", "Tax Office", "'=SUM(A1)", "''=x", "'\tfoo",
        "'plain", "部门窗口", " 部门窗口 ", "department", "", " ", "　", "很长的部门名称很长的部门名称很长的部门名称很长的部门名称", "甲,乙", "say \"hi\"", "第一行\n第二行");

    private static readonly Gen<string> Rank = Gen.OneOfConst("1", "2", "29", "", " ", "0", "-1", "１", "1.5", "x", " 3 ", "+2", "12345678901234567890");

    private static readonly Gen<string> Text = Gen.OneOfConst("", "g1", " 县 ", "'=cmd", "note, with comma", "很长的备注很长的备注很长的备注很长的备注很长的备注", "C001", "  ");

    // Header layouts: the seed layout, score-only, breakdown without total, with code/group/note/extra columns, English.
    private static readonly string[][] Headers =
    [
        ["序号", "部门窗口", "基础分", "减分", "加分", "实得分值"],
        ["序号", "部门窗口", "实得分值"],
        ["部门窗口", "基础分", "减分", "加分"],
        ["rank", "department", "base", "deduction", "bonus", "total", "note"],
        ["部门代码", "部门窗口", "分组", "基础分", "减分", "加分", "实得分值", "办件量"],
        ["department", "total", "group", "备注"],
    ];

    // Cells the common path takes, and cells it must hand over; rows are mostly common with an occasional odd cell.
    private static readonly Gen<string> CommonNumber = Gen.OneOfConst("100", "0", "-0", "+3", "-12.5", "12.5", "0.000", ".5", "5.", "120.25", "999999999999999999");
    private static readonly Gen<string> CommonName = Gen.OneOfConst("教育厅", "省新闻出版局（省电影局）", "Tax Office", "公安厅窗口", "'plain", "甲,乙");
    private static readonly Gen<string> CommonRank = Gen.OneOfConst("1", "2", "29", "", "1.5");
    private static readonly Gen<string> CommonText = Gen.OneOfConst("", "g1", "C001", "note, with comma");

    private static Gen<string> Cell(string header) => header switch
    {
        "序号" or "rank" => Gen.Frequency((8, CommonRank), (1, Rank)),
        "部门窗口" or "department" => Gen.Frequency((8, CommonName), (1, Name)),
        "基础分" or "减分" or "加分" or "实得分值" or "base" or "deduction" or "bonus" or "total" => Gen.Frequency((12, CommonNumber), (1, Number)),
        _ => Gen.Frequency((8, CommonText), (1, Text)),
    };

    private static Gen<string> Row(string[] header) =>
        Gen.Frequency(
            (12, header.Select(Cell).Aggregate(Gen.Const(Array.Empty<string>()), (acc, g) => acc.Select(g, (a, c) => (string[])[.. a, c])).Select(cells => string.Join(",", cells.Select(Quote)))),
            (1, Gen.Const(string.Join(",", header))),                  // a repeated header
            (1, Gen.Const(string.Empty)),                              // a blank line
            (1, Gen.Const(string.Join(",", header.Skip(1).Select(_ => "1"))))); // one field short

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static readonly Gen<(string Text, ImportOptions Options)> Table =
        Gen.Int[0, Headers.Length - 1].SelectMany(h => Gen.Select(
            Row(Headers[h]).Array[0, 25],
            Gen.OneOfConst(4096, 12, 4),
            Gen.OneOfConst(int.MaxValue, 5),
            (rows, maxField, maxRows) => (string.Join(",", Headers[h]) + "\n" + string.Join("\n", rows) + "\n",
                ImportOptions.Default with { MaxFieldLength = maxField, MaxRows = maxRows, MessageCulture = System.Globalization.CultureInfo.InvariantCulture })));

    [Test]
    public void CommonPath_AgreesWithTheGeneralPath_OnRowsAndDiagnostics([Values("utf-8", "text")] string input)
    {
        Table.Sample(t =>
        {
            var common = Read(t.Text, t.Options, input);
            var general = Read(t.Text, t.Options with { GeneralPathOnly = true }, input);

            common.Rows.Should().BeEquivalentTo(general.Rows, o => o.WithStrictOrdering().ComparingByMembers<ImportedRow>(), t.Text);
            common.Rows.Select(r => r.ToString()).Should().Equal(general.Rows.Select(r => r.ToString()), t.Text);
            common.Rows.Select(Figures).Should().Equal(general.Rows.Select(Figures), t.Text);
            common.Diagnostics.Should().Equal(general.Diagnostics, t.Text);
        }, iter: 1500);
    }

    // Every figure of a row bit for bit (decimal equality ignores the scale: 114.50 == 114.5).
    private static string Figures(ImportedRow row) => string.Join(" ",
        new[] { row.PrintedTotal, row.Assessment.BaseScore, row.Assessment.Deduction, row.Assessment.Bonus, row.Assessment.Total }
            .Select(d => d is { } value ? string.Join(":", decimal.GetBits(value)) : "-"));

    [Test]
    public void CommonPath_TakesTheCommonRecords()
    {
        // Not a speed test: a check that the fast path is the one taken for a plain table (else the comparison above
        // would compare the general path with itself). The general path materialises every cell; the common one does not.
        var text = "序号,部门窗口,基础分,减分,加分,实得分值\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => $"{i},部门{i},100,-0.5,1,100.5\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        AssessmentTableReader.Default.Read(new MemoryStream(bytes)); // warm up both paths
        AssessmentTableReader.Default.Read(new MemoryStream(bytes), ImportOptions.Default with { GeneralPathOnly = true });

        var common = Allocated(() => AssessmentTableReader.Default.Read(new MemoryStream(bytes)));
        var general = Allocated(() => AssessmentTableReader.Default.Read(new MemoryStream(bytes), ImportOptions.Default with { GeneralPathOnly = true }));

        common.Should().BeLessThan(general);
    }

    private static long Allocated(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static ImportResult Read(string text, ImportOptions options, string input) => input == "utf-8"
        ? AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options)
        : AssessmentTableReader.Default.Read(new StringReader(text), options);
}
