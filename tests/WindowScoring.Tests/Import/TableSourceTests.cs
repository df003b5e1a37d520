using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Every source goes through the one row parser: a host's own records, the CSV Excel and WPS write, the seed's layout.</summary>
public sealed class TableSourceTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private static ImportResult Seed() => AssessmentTableReader.Default.Read(TestData.NovemberTablePath);

    private static string[][] SeedCells() => File.ReadAllLines(TestData.NovemberTablePath, Encoding.UTF8).Select(l => l.Split('\t')).ToArray();

    // What Excel, WPS and LibreOffice write: every text field quoted, the header included, CRLF line ends.
    private static string ExcelStyleCsv() => string.Concat(SeedCells().Select(cells =>
        string.Join(",", cells.Select(c => ScoreText.TryParse(c, out _) ? c : "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));

    [Test]
    public void Read_CellTableSource_GivesTheSameRowsAsTheSeedFile()
    {
        using var source = new CellTableSource(SeedCells());
        var fromCells = AssessmentTableReader.Default.Read(source);

        fromCells.Errors.Should().BeEmpty();
        fromCells.Rows.Select(r => r.Assessment).Should().Equal(Seed().Rows.Select(r => r.Assessment));
        fromCells.Rows.Select(r => r.PrintedRank).Should().Equal(Seed().Rows.Select(r => r.PrintedRank));
    }

    [Test]
    public void Read_CellTableSource_KeepsALeadingApostrophe_WhereCsvRemovesTheFormulaEscape()
    {
        string[][] cells = [["部门", "实得分值", "分组", "备注"], ["'=x", "90", "'+组", "'=注"], ["=x", "80", "", ""]];
        using var source = new CellTableSource(cells);
        var fromCells = AssessmentTableReader.Default.Read(source);
        var fromCsv = AssessmentTableReader.Default.Read(new StringReader(string.Join("\n", cells[..2].Select(c => string.Join(",", c)))));

        fromCells.Errors.Should().BeEmpty();
        fromCells.Rows.Select(r => r.Department.Name).Should().Equal("'=x", "=x"); // a cell's value is its text
        fromCells.Rows[0].Assessment!.Group.Should().Be("'+组");
        fromCsv.Errors.Should().BeEmpty();
        fromCsv.Rows.Select(r => r.Department.Name).Should().Equal("=x"); // the CSV's formula escape comes off
        fromCsv.Rows[0].Assessment!.Group.Should().Be("+组");
    }

    [Test]
    public void Read_SourceWithSheetName_DiagnosticsNameTheCell()
    {
        using var source = new CellTableSource([["部门", "基础分", "减分", "加分"], ["教育厅", "100", "5,5", "0"]], "Sheet1");
        var result = AssessmentTableReader.Default.Read(source);

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.NumberInvalid && d.Line == 2 && d.Column == "减分" && d.Cell == "Sheet1!C2");
        result.Errors.Single().ToString().Should().StartWith("line 2: Sheet1!C2: WS123");
    }

    [TestCase("utf-8")]
    [TestCase("utf-8-bom")]
    [TestCase("gbk")]
    public void Read_ExcelStyleQuotedCsv_DetectsTheHeaderAndReadsTheSeedRows(string encoding)
    {
        var text = ExcelStyleCsv();
        text.Should().StartWith("\"序号\",\"部门窗口\"");
        byte[] bytes = encoding switch
        {
            "gbk" => Gbk.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.Assessment).Should().Equal(Seed().Rows.Select(r => r.Assessment));
        result.Rows.Select(r => r.PrintedRank).Should().Equal(Seed().Rows.Select(r => r.PrintedRank));
    }

    [TestCase("2023-11.libreoffice-utf8.csv")]
    [TestCase("2023-11.libreoffice-gbk.csv")]
    public void Read_CsvWrittenByLibreOffice_ReadsTheSeedRows(string file)
    {
        // Made by LibreOffice Calc 7.4 from samples/data/2023-11.tsv (Data/golden/make-libreoffice-csv.sh): text quoted.
        var result = AssessmentTableReader.Default.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "golden", file));

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.Assessment).Should().Equal(Seed().Rows.Select(r => r.Assessment));
        result.Rows.Select(r => r.PrintedRank).Should().Equal(Seed().Rows.Select(r => r.PrintedRank));
    }

    [Test]
    public void Read_CsvWrittenByOurWriter_ReadsTheSeedAssessments()
    {
        var ranked = ScoringEngine.Default.Rank(Seed().ToTable());
        var text = WindowScoring.Export.CsvTableWriter.Default.ToText(ranked);

        var result = AssessmentTableReader.Default.ReadText(text);

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.Assessment).Should().Equal(Seed().Rows.Select(r => r.Assessment));
    }

    [Test]
    public void Read_CsvWithATitleRowAboveTheHeader_KeepsTheTitleAndItsPeriod()
    {
        var text = "\"2023年11月省政务服务大厅进驻部门（单位）窗口考核结果\",,,,,\r\n" + ExcelStyleCsv();

        var result = AssessmentTableReader.Default.ReadText(text);

        result.Errors.Should().BeEmpty();
        result.Title.Should().Be("2023年11月省政务服务大厅进驻部门（单位）窗口考核结果");
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        result.Rows.Should().HaveCount(Seed().Rows.Count);
    }

    [Test]
    public void Read_WrongHeaderInACsv_SaysWhatWasExpectedAndFound()
    {
        var result = AssessmentTableReader.Default.ReadText("名称,分数\n教育厅,89\n");
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MissingColumns);
    }
}
