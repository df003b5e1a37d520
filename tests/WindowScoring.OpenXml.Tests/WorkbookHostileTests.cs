using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// Workbooks that try to change what is read without a word: hidden sheets, numbers a decimal cannot hold exactly, dates
/// and invisible formats, cells and rows given twice, impossible row numbers, legacy and encrypted files.
/// </summary>
public class WorkbookHostileTests
{
    private static readonly ImportOptions English = ImportOptions.Default;
    private CultureInfo? _culture;

    // Messages in English for the assertions on their words (the one language setting, restored after each test).
    [SetUp]
    public void InEnglish() => (_culture, MessageCatalog.Culture) = (MessageCatalog.Culture, CultureInfo.GetCultureInfo("en"));

    [TearDown]
    public void RestoreLanguage() => MessageCatalog.Culture = _culture;

    private static string Styles(string formatCode) =>
        """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="CODE"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"""
            .Replace("CODE", System.Security.SecurityElement.Escape(formatCode), StringComparison.Ordinal);

    private static string NumberRow(int r, string name, string value, int style = 0) =>
        $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{name}</t></is></c><c r=\"B{r}\" s=\"{style}\"><v>{value}</v></c></row>";

    [TestCase("hidden")]
    [TestCase("veryHidden")]
    public void Read_FirstSheetHidden_ReadsTheFirstVisibleSheetAndSaysSo(string state)
    {
        using var stream = Workbooks.TwoSheets(state, Workbooks.Header + Workbooks.Row(2, "暗表单位", "999"), Workbooks.Header + Workbooks.Row(2, "教育厅", "89"));

        var result = WorkbookReader.Read(stream, English);

        result.Rows.Select(r => r.Department.Name).Should().Equal("教育厅");
        result.Diagnostics.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.HiddenSheet && d.Severity == DiagnosticSeverity.Warning)
            .Which.Message.Should().Contain("Hidden").And.Contain("Visible");
    }

    [Test]
    public void Read_FirstSheetVisible_NoHiddenSheetWarning()
    {
        using var stream = Workbooks.TwoSheets("visible", Workbooks.Header + Workbooks.Row(2, "教育厅", "89"), Workbooks.Header + Workbooks.Row(2, "公安厅", "90"));

        var result = WorkbookReader.Read(stream, English);

        result.Rows.Select(r => r.Department.Name).Should().Equal("教育厅");
        result.Diagnostics.Should().NotContain(d => d.Code == OpenXmlDiagnosticCodes.HiddenSheet);
    }

    [Test]
    public void Read_HiddenSheetByName_IsReadWithAWarning()
    {
        using var stream = Workbooks.TwoSheets("hidden", Workbooks.Header + Workbooks.Row(2, "暗表单位", "999"), Workbooks.Header + Workbooks.Row(2, "教育厅", "89"));

        var result = WorkbookReader.Read(stream, English, "hidden");

        result.Rows.Select(r => r.Department.Name).Should().Equal("暗表单位");
        result.Diagnostics.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.HiddenSheet && d.RawValue == "Hidden");
    }

    [TestCase("1E-300", "close to zero")]
    [TestCase("-1E-300", "close to zero")]
    [TestCase("1E+300", "too large")]
    [TestCase("1.2345678901234567E+18", "15 Excel keeps")]
    [TestCase("1000000000000000", "15 Excel keeps")]
    public void Read_NumberNotHeldExactly_IsAnErrorNamingItsCell(string value, string says)
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + NumberRow(2, "教育厅", value));

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.NumberNotExact)
            .Which.Should().Match<Diagnostic>(d => d.Cell == "Sheet1!B2" && d.RawValue == value && d.Line == 2 && d.Message.Contains(says));
        result.ToPartialTable().Assessments.Should().BeEmpty();
    }

    [TestCase("0.000000000000001", "0.000000000000001")]
    [TestCase("999999999999999", "999999999999999")]
    [TestCase("114.49999999999999", "114.5")]
    public void Read_NumberWithin15Digits_IsReadAsExcelShowsIt(string value, string expected)
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + NumberRow(2, "教育厅", value));

        var result = WorkbookReader.Read(stream, English);

        result.HasErrors.Should().BeFalse();
        result.Rows.Single().PrintedTotal.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [TestCase("yyyy-mm-dd")]
    [TestCase("yyyy\"年\"m\"月\"d\"日\"")]
    [TestCase("[$-804]yyyy\"年\"m\"月\"")]
    public void Read_DateFormattedNumberBeyondExcelsDates_IsNeverAScore(string format)
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + NumberRow(2, "教育厅", "3000000", style: 1), styles: Styles(format));

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().Contain(d => d.Code == OpenXmlDiagnosticCodes.NumberNotExact && d.Cell == "Sheet1!B2" && d.Message.Contains("#####"));
        result.Rows.Should().NotContain(r => r.PrintedTotal == 3000000m);
    }

    [TestCase(";;;")]
    [TestCase(";;")]
    public void Read_InvisibleFormat_IsReadWithAWarning(string format)
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + NumberRow(2, "教育厅", "89", style: 1), styles: Styles(format));

        var result = WorkbookReader.Read(stream, English);

        result.HasErrors.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.HiddenFormat && d.Cell == "Sheet1!B2");
        result.Rows.Single().PrintedTotal.Should().Be(89m);
    }

    [Test]
    public void Read_CellGivenTwice_IsAnErrorNotTheLaterValue()
    {
        var row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>教育厅</t></is></c><c r=\"B2\"><v>89</v></c><c r=\"B2\"><v>120</v></c></row>";
        using var stream = Workbooks.Minimal(Workbooks.Header + row);

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().ContainSingle(d => d.Code == DiagnosticCodes.MalformedRecord && d.Cell == "Sheet1!B2" && d.Line == 2);
        result.ToPartialTable().Assessments.Should().BeEmpty();
    }

    [Test]
    public void Read_RowNumberGivenTwice_IsAnError()
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + Workbooks.Row(2, "教育厅", "89") + Workbooks.Row(2, "公安厅", "90"));

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().ContainSingle(d => d.Code == DiagnosticCodes.MalformedRecord && d.Line == 2 && d.RawValue == "2");
    }

    [TestCase("1048577")]
    [TestCase("2147483648")]
    [TestCase("99999999999999999999")]
    [TestCase("0")]
    public void Read_RowNumberOutsideExcel_IsAnErrorAndNoLineIsNegative(string number)
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + $"<row r=\"{number}\"><c t=\"inlineStr\"><is><t>教育厅</t></is></c><c><v>89</v></c></row>" + Workbooks.Row(3, "公安厅", "90"));

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().ContainSingle(d => d.Code == DiagnosticCodes.MalformedRecord && d.RawValue == number);
        result.Diagnostics.Should().OnlyContain(d => d.Line == null || d.Line > 0);
        result.Rows.Should().OnlyContain(r => r.Line > 0);
    }

    [Test]
    public void Read_CompoundFileOfGarbage_IsADiagnosticNotEncodingAdvice()
    {
        byte[] head = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        using var stream = new MemoryStream([.. head, .. new byte[500]]);

        var result = WorkbookReader.Read(stream, English);

        WorkbookReader.IsWorkbook(head).Should().BeTrue();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MalformedRecord);
        result.Errors.Single().Message.Should().Contain("Excel 97");
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Read_SharedStringBomb_IsRefusedBeforeItFillsMemory()
    {
        // 33 strings of 1 Mi characters: one more than the shared-string table holds (32 Mi characters, 64 MB).
        var shared = Enumerable.Range(0, 33).Select(i => new string((char)('A' + (i % 26)), 1024 * 1024)).ToArray();
        using var stream = Workbooks.Minimal(Workbooks.Header + Workbooks.Row(2, "教育厅", "89"), shared);

        var result = WorkbookReader.Read(stream, English);

        result.Errors.Should().ContainSingle(d => d.Code == DiagnosticCodes.InputTooLarge).Which.Message.Should().Contain("shared strings");
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Read_SharedStrings_AreEachCellsOwnText()
    {
        var sheet = Workbooks.Header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>89</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\"><v>90</v></c></row>";
        using var stream = Workbooks.Minimal(sheet, ["部门窗口", "实得分值", "教育厅", string.Empty]);

        var result = WorkbookReader.Read(stream, English);

        result.Rows.Select(r => r.Department.Name).Should().Equal("教育厅");
        result.Errors.Should().ContainSingle(d => d.Line == 3 && d.Code == DiagnosticCodes.DepartmentMissing);
    }
}
