using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// The cells a workbook can hold beyond the plain table, in a legacy .xls and the .xlsx it was converted from
/// (Data/make-features-xlsx.py writes the .xlsx, LibreOffice Calc the .xls: Data/make-fixtures.sh): booleans, dates with and
/// without a time, a date-formatted number that is no date, a ";;;" format, a sum's binary noise, a number beyond decimal,
/// a hidden row, an empty row, a hidden and a very hidden sheet first, in the 1900 and the 1904 date systems. Both formats
/// are read by the same rules: the same cells and the same diagnostics.
/// </summary>
public class XlsFeatureTests
{
    private CultureInfo? _culture;

    [SetUp]
    public void InEnglish() => (_culture, MessageCatalog.Culture) = (MessageCatalog.Culture, CultureInfo.GetCultureInfo("en"));

    [TearDown]
    public void RestoreLanguage() => MessageCatalog.Culture = _culture;

    private static (List<(int Line, string Cells)> Records, List<Diagnostic> Diagnostics) Read(string file, ImportOptions? options = null, string? sheet = null)
    {
        var diagnostics = new List<Diagnostic>();
        using var stream = new MemoryStream(File.ReadAllBytes(Workbooks.Data(file)));
        using var source = new XlsxTableSource(stream, options, sheet);
        var records = new List<(int, string)>();
        while (source.Read(diagnostics) && records.Count < 1000)
        {
            records.Add((source.Line, string.Join("|", source.Cells)));
        }

        return (records, diagnostics);
    }

    // Serial 1 is 1900-01-01 (ExcelDataReader's OLE date for it is a day later, 1900-01-02: undone).
    [TestCase("2023-11-features.xlsx", "1900-01-01")]
    [TestCase("2023-11-features.xls", "1900-01-01")]
    [TestCase("2023-11-features-1904.xlsx", "1904-01-02")]
    [TestCase("2023-11-features-1904.xls", "1904-01-02")]
    public void Read_FeaturesWorkbook_GivesTheCellsAsExcelShowsThem_AsWideAsTheHeader(string file, string earlyDate)
    {
        var (records, _) = Read(file);

        var minusOne = file == "2023-11-features-1904.xls"
            ? "1903-12-31" // a 1904 .xls's -1: ExcelDataReader hands over the date 1903-12-31 and not the serial (named in the docs)
            : string.Empty;
        records.Should().Equal(
            (1, "序号|部门窗口|基础分 分值|减分 分值|加分分值|实得分值|备注"),
            (2, "1|甲厅|100|0|20|120|TRUE"),
            (3, "2|乙厅|100|0|10|110|FALSE"),
            (4, "3|丙厅|100|1|0|99|2023-11-30"),
            (5, "4|丁厅|100|0|0|100|2023-11-30 12:00:00"),
            (6, "5|戊厅|100|0.3|0|99.7|"),
            (8, "6|己厅|100|0|0|100|"),
            (9, "7|庚厅|100|0|0|100|" + minusOne),
            (10, "8|辛厅|100|0|0||"),
            (11, "9|壬厅|100|0|0|100|" + earlyDate));
    }

    [TestCase("2023-11-features.xlsx")]
    [TestCase("2023-11-features.xls")]
    public void Read_FeaturesWorkbook_NamesEachCellExcelWouldShowOtherwise(string file)
    {
        var (_, diagnostics) = Read(file);

        diagnostics.Select(d => (d.Code, d.Severity, d.Line, d.Cell, d.RawValue)).Should().Equal(
            (OpenXmlDiagnosticCodes.HiddenSheet, DiagnosticSeverity.Warning, (int?)null, (string?)null, "Secret, Hidden"),
            (OpenXmlDiagnosticCodes.DateCell, DiagnosticSeverity.Warning, 4, "考核结果!G4", "45260"),
            (OpenXmlDiagnosticCodes.HiddenRow, DiagnosticSeverity.Info, 4, "考核结果", null),
            (OpenXmlDiagnosticCodes.DateCell, DiagnosticSeverity.Warning, 5, "考核结果!G5", "45260.5"),
            (OpenXmlDiagnosticCodes.HiddenFormat, DiagnosticSeverity.Warning, 8, "考核结果!F8", "100"),
            (OpenXmlDiagnosticCodes.NumberNotExact, DiagnosticSeverity.Error, 9, "考核结果!G9", "-1"),
            (OpenXmlDiagnosticCodes.NumberNotExact, DiagnosticSeverity.Error, 10, "考核结果!F10", "1E+300"),
            (OpenXmlDiagnosticCodes.DateCell, DiagnosticSeverity.Warning, 11, "考核结果!G11", "1"));
        diagnostics[1].Message.Should().Contain("'2023-11-30'");
        diagnostics[4].Message.Should().Contain("read as 100");
        diagnostics[5].Message.Should().Contain("-1 is no date Excel can show");
        diagnostics[6].Message.Should().Contain("1E+300 is too large");
    }

    [Test]
    public void Read_FeaturesWorkbook_SameDiagnosticsInBothFormats_ButTheSerialsOfA1904Xls()
    {
        static string[] Codes(string file) => Read(file).Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Line} {d.Cell}").ToArray();

        Codes("2023-11-features-1904.xlsx").Should().Equal(Codes("2023-11-features.xlsx"));
        var xls1904 = Read("2023-11-features-1904.xls").Diagnostics;
        xls1904.Select(d => d.RawValue).Should().Contain(["45260", "45260.5"], "ExcelDataReader moves a 1904 serial to the 1900 count (43798 + 1462)");
        xls1904.Where(d => d.Line == 9).Select(d => d.Code).Should().Equal([OpenXmlDiagnosticCodes.DateCell], "a 1904 .xls's -1 arrives as a date");
    }

    [TestCase("2023-11-features.xlsx", "Secret", "secret")]
    [TestCase("2023-11-features.xls", "Secret", "secret")]
    [TestCase("2023-11-features.xlsx", "hidden", "hidden")]
    [TestCase("2023-11-features.xls", "hidden", "hidden")]
    public void Read_HiddenOrVeryHiddenSheetNamed_ReadsItWithAWarning(string file, string sheet, string cell)
    {
        var (records, diagnostics) = Read(file, sheet: sheet);

        records.Should().Equal((1, cell));
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == OpenXmlDiagnosticCodes.HiddenSheet && d.Severity == DiagnosticSeverity.Warning && d.RawValue!.Equals(sheet, StringComparison.OrdinalIgnoreCase));
    }

    [TestCase("2023-11-features.xlsx")]
    [TestCase("2023-11-features.xls")]
    public void Read_RowsWiderThanMaxColumns_AreNamedAsTooWide_NoneRead(string file)
    {
        var result = WorkbookReader.Read(Workbooks.Data(file), new ImportOptions { MaxColumns = 3 });

        result.Rows.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooManyColumns && d.Line == 1);
    }

    [Test]
    public void Read_LegacyRowsWithoutANote_AreKept_AsInTheXlsx()
    {
        // Regression: an .xls row whose last cells were blank (no 备注) was one field short of the header (WS120) and dropped.
        var xls = WorkbookReader.Read(Workbooks.Data("2023-11-features.xls"));
        var xlsx = WorkbookReader.Read(Workbooks.Data("2023-11-features.xlsx"));

        xls.Rows.Select(r => r.Assessment?.Department.Name).Should().Equal("甲厅", "乙厅", "丙厅", "丁厅", "戊厅", "己厅", "庚厅", "壬厅");
        xls.Rows.Select(r => r.Assessment).Should().Equal(xlsx.Rows.Select(r => r.Assessment));
        xls.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(xlsx.Diagnostics.Select(d => (d.Code, d.Line)));
        xls.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.FieldCount);
    }
}
