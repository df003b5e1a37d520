using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// Legacy .xls against the .xlsx it was converted from (Data/parity: make.py writes the .xlsx by hand, convert.sh has
/// LibreOffice write the .xls and patch.py patch a few; biff.py dumps what an .xls stores): the same records and the same
/// diagnostics, except where ExcelDataReader 3.6 cannot tell (named in docs/articles/excel-and-word.md). The fuzz-*.xls
/// files are .xls files with a damaged byte that made ExcelDataReader throw or walk 1.6 billion rows.
/// </summary>
public class XlsParityTests
{
    private CultureInfo? _culture;

    [SetUp]
    public void InEnglish() => (_culture, MessageCatalog.Culture) = (MessageCatalog.Culture, CultureInfo.GetCultureInfo("en"));

    [TearDown]
    public void RestoreLanguage() => MessageCatalog.Culture = _culture;

    private static string Parity(string name) => Workbooks.Data(Path.Combine("parity", name));

    /// <summary>The records ("line: cells") and the diagnostics ("code severity line cell") of a workbook, lines left out.</summary>
    private static List<string> Read(string path, params int[] leftOut)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = new List<string>();
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        using (var source = new XlsxTableSource(stream, null, null))
        {
            while (source.Read(diagnostics))
            {
                if (!leftOut.Contains(source.Line))
                {
                    lines.Add($"{source.Line}: {string.Join("|", source.Cells)}");
                }
            }
        }

        lines.AddRange(diagnostics.Where(d => d.Line is not { } line || !leftOut.Contains(line)).Select(d => $"{d.Code} {d.Severity} {d.Line} {d.Cell}"));
        return lines;
    }

    [TestCase("a-blankcol")]
    [TestCase("a-casetwins")]
    [TestCase("a-charts")]
    [TestCase("a-emptyfirst")]
    [TestCase("a-headeronly")]
    [TestCase("a-layout")]
    [TestCase("a-onlyhidden")]
    public void Xls_ReadsAsTheXlsx(string name)
    {
        var xlsx = Read(Parity(name + ".xlsx"));

        Read(Parity(name + ".xls")).Should().Equal(xlsx);
    }

    // Line 18's 上午/下午 format was written as General by LibreOffice.
    [TestCase("a-dates")]
    [TestCase("a-dates-builtin")]
    public void Xls_DatesAndTimes_ReadAsInTheXlsx(string name)
    {
        var xlsx = Read(Parity(name + ".xlsx"), 18);

        Read(Parity(name + ".xls"), 18).Should().Equal(xlsx);
        xlsx.Should().Contain(
        [
            "4: serial 1 date|1900-01-01", // ExcelDataReader's OLE date for serial 1 is 1900-01-02: undone
            "6: serial 58 date|1900-02-27",
            "13: weekday aaaa 45260|2023-11-30", // a format ExcelDataReader does not take for a date
            "16: 3rd-section date 5|5", // a date only in a later section: the first section shows the number
        ]);
    }

    [Test]
    public void Xls_ElapsedTime_IsADateCellAsInTheXlsx()
    {
        Read(Parity("a-dates.xls")).Should().Contain("10: elapsed [h]:mm 1.25|1900-01-01 06:00:00");
    }

    [Test]
    public void Xlsx_DatePast9999InThe1904System_IsWS605_AndTheRowsAfterItAreRead()
    {
        // Regression: DateFormats.Text ignored the 1904 origin's 1462 days and threw past 9999-12-31 (WS116, every later row lost).
        var result = WorkbookReader.Read(Parity("a-1904-far.xlsx"));

        result.Diagnostics.Should().Contain(d => d.Code == OpenXmlDiagnosticCodes.NumberNotExact && d.Cell == "Sheet1!G2");
        result.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.MalformedRecord);
        result.Rows.Select(r => r.Assessment?.Department.Name).Should().Contain(["甲厅", "乙厅"]);
    }

    [Test]
    public void Xls_RowWithAValuePastMaxColumns_IsWS103_NotCutToAValidRow()
    {
        // Regression: the .xls row was cut at MaxColumns + 1 cells, its stray value in column CV dropped and the row read as valid.
        foreach (var file in new[] { "a-layout.xls", "a-layout.xlsx" })
        {
            var result = WorkbookReader.Read(Parity(file));

            result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooManyColumns && d.Line == 7, file);
            result.Rows.Should().NotContain(r => r.Line == 7, file);
        }
    }

    [Test]
    public void Xls_ErrorValue_IsABlankCell_ReportedInAScoreColumn()
    {
        // ExcelDataReader 3.6 gives null for #DIV/0!: the score cell is an empty one (WS122), never a number or a silent zero.
        var xls = WorkbookReader.Read(Parity("a-formulas.xls"));
        var xlsx = WorkbookReader.Read(Parity("a-formulas.xlsx"));

        xls.Rows.Select(r => r.Line).Should().Equal(xlsx.Rows.Select(r => r.Line), "the same rows are read, and the same left out");
        xls.Diagnostics.Where(d => d.Line == 3).Select(d => d.Code).Should().Equal(DiagnosticCodes.NumberMissing);
        xlsx.Diagnostics.Where(d => d.Line == 3).Select(d => (d.Code, d.RawValue)).Should().Equal((DiagnosticCodes.NumberInvalid, "#DIV/0!"));
    }

    [TestCase("fuzz-0.xls")]
    [TestCase("fuzz-1.xls")]
    [TestCase("fuzz-2.xls")]
    public void Xls_Damaged_IsADiagnostic_NeverAnException(string file)
    {
        var result = WorkbookReader.Read(Parity(file));

        result.HasErrors.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Xls_SheetClaimingMoreRowsThanBiff8Holds_IsABrokenFile()
    {
        // fuzz-2.xls: a DIMENSIONS record of 0x5F000003 rows in 5.6 KB, which ExcelDataReader would walk row by row.
        var diagnostics = new List<Diagnostic>();
        using var source = new XlsxTableSource(Parity("fuzz-2.xls"));

        source.Read(diagnostics).Should().BeFalse();

        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("claims 1593835523 rows");
    }

    [Test]
    public void Xlsx_BooleanWrittenAsTRUE_IsTrue_AndAnUnknownFlagIsKeptAsFound()
    {
        var diagnostics = new List<Diagnostic>();
        using var source = new XlsxTableSource(Workbooks.Minimal(
            "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>TRUE</v></c><c r=\"B1\" t=\"b\"><v>False</v></c><c r=\"C1\" t=\"b\"><v>yes</v></c></row>"));

        source.Read(diagnostics).Should().BeTrue();

        source.Cells.Should().Equal("TRUE", "FALSE", "yes");
    }

    [Test]
    public void Xlsx_RowOfHeightZero_IsHidden_AsExcelShowsIt()
    {
        var diagnostics = new List<Diagnostic>();
        using var source = new XlsxTableSource(Workbooks.Minimal(
            "<row r=\"1\" ht=\"0\" customHeight=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
            + "<row r=\"2\" ht=\"15\"><c r=\"A2\" t=\"inlineStr\"><is><t>b</t></is></c></row>"));

        while (source.Read(diagnostics))
        {
        }

        diagnostics.Select(d => (d.Code, d.Line)).Should().Equal((OpenXmlDiagnosticCodes.HiddenRow, 1));
    }
}
