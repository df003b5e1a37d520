using System.IO.Compression;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

public class XlsxTableSourceTests
{
    [TestCase("2023-11.xlsx")]
    [TestCase("2023-11-formulas.xlsx")]
    [TestCase("2023-11-text.xlsx")]
    [TestCase("2023-11-title.xlsx")]
    public void Read_GoldenWorkbook_GivesTheRowsOfTheSeedTable(string file)
    {
        var seed = Workbooks.SeedRows();

        var result = WorkbookReader.Read(Workbooks.Data(file));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        result.Rows.Select(r => r.Assessment).Should().Equal(seed.Rows.Select(r => r.Assessment));
        result.Rows.Select(r => r.PrintedRank).Should().Equal(seed.Rows.Select(r => r.PrintedRank));
        result.Rows.Select(r => r.PrintedTotal).Should().Equal(seed.Rows.Select(r => r.PrintedTotal));
    }

    [Test]
    public void Read_MergedTitle_KeepsTheTitleAndItsPeriod()
    {
        var result = WorkbookReader.Read(Workbooks.Data("2023-11-title.xlsx"));

        result.Title.Should().Be("2023年11月省政务服务大厅进驻部门（单位）窗口考核结果");
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        result.Rows[0].Line.Should().Be(3);
    }

    [Test]
    public void Read_NamedSheet_ReadsIt_AndAMissingOneIsWS602()
    {
        WorkbookReader.Read(Workbooks.Data("2023-11-title.xlsx"), sheetName: "考核结果").Rows.Should().HaveCount(29);

        var missing = WorkbookReader.Read(Workbooks.Data("2023-11-title.xlsx"), sheetName: "Sheet9");

        missing.Diagnostics.Select(d => d.Code).Should().Contain(OpenXmlDiagnosticCodes.SheetNotFound);
        missing.Rows.Should().BeEmpty();
    }

    [Test]
    public void Diagnostics_NameTheSheetAndCell()
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + Workbooks.Row(2, "教育厅", "八十九"), sheetName: "Sheet1");

        var result = WorkbookReader.Read(stream);

        var error = result.Errors.Single();
        error.Code.Should().Be(DiagnosticCodes.NumberInvalid);
        error.Cell.Should().Be("Sheet1!B2");
        error.Line.Should().Be(2);
    }

    [TestCase("114.49999999999999", "114.5")]
    [TestCase("114.5", "114.5")]
    [TestCase("100.91666666666667", "100.916666666667")]
    [TestCase("-0.5", "-0.5")]
    [TestCase("1E-3", "0.001")]
    [TestCase("-0", "-0")]
    [TestCase("999999999999999.4", "999999999999999")]
    public void Numbers_AreRoundedToTheDigitsExcelDisplays(string stored, string read)
    {
        ExcelNumber.ToDecimalText(stored).Should().Be((read, (string?)null));
    }

    [TestCase("12345678901234567", ExcelNumber.NumberInexact)]
    [TestCase("1E-30", ExcelNumber.NumberTooSmall)]
    [TestCase("-8E+28", ExcelNumber.NumberTooLarge)]
    public void Numbers_BeyondWhatExcelDisplaysExactly_AreAProblemNotARounding(string stored, string problem)
    {
        ExcelNumber.ToDecimalText(stored).Should().Be((stored, problem));
    }

    [Test]
    public void Read_NumberStoredAsDouble_ComesBackExact()
    {
        using var stream = Workbooks.Minimal(Workbooks.Header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>省市场监管局</t></is></c><c r=\"B2\"><v>114.49999999999999</v></c></row>");

        var result = WorkbookReader.Read(stream).EnsureSuccess();

        result.Rows.Single().Assessment!.Total.Should().Be(114.5m);
    }

    [Test]
    public void Read_SharedInlineBooleanAndSparseCells()
    {
        var sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>备注</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"C3\"><v>99.5</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>公安</t></r><r><t>厅</t></r></is></c><c r=\"C4\" t=\"str\"><f>\"1\"&amp;\"07\"</f><v>107</v></c><c r=\"D4\" t=\"b\"><v>1</v></c></row>";
        using var stream = Workbooks.Minimal(sheet, ["部门窗口", "实得分值", "教育厅"]);

        var result = WorkbookReader.Read(stream);

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        result.Rows.Select(r => (r.Line, r.Department.Name, r.Assessment!.Total)).Should().Equal((3, "教育厅", 99.5m), (4, "公安厅", 107m));
        result.Rows[1].Extras.Single().Value.Should().Be("TRUE");
    }

    [Test]
    public void Read_FormulaCell_ReadsItsCachedValueNeverItsText_AndWithoutOneWarns()
    {
        var sheet = Workbooks.Header
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>民政厅</t></is></c><c r=\"B2\"><f>100+5</f><v>105</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>水利厅</t></is></c><c r=\"B3\"><f>100+4.5</f></c></row>";
        using var stream = Workbooks.Minimal(sheet);

        var result = WorkbookReader.Read(stream);

        result.Rows.Single().Assessment!.Total.Should().Be(105m);
        result.Diagnostics.Should().Contain(d => d.Code == OpenXmlDiagnosticCodes.FormulaWithoutValue && d.Cell == "Sheet1!B3");
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.NumberMissing && d.Line == 3);
    }

    [Test]
    public void Read_HiddenRow_IsReadWithAnInfo()
    {
        var sheet = Workbooks.Header + "<row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"inlineStr\"><is><t>民政厅</t></is></c><c r=\"B2\"><v>105</v></c></row>";
        using var stream = Workbooks.Minimal(sheet);

        var result = WorkbookReader.Read(stream);

        result.Rows.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.HiddenRow && d.Line == 2 && d.Severity == DiagnosticSeverity.Info);
    }

    [TestCase("14")]
    [TestCase("164")]
    public void Read_DateStyledNumber_IsADateTheParserRejects(string numFmtId)
    {
        var styles = """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="ID"/></cellXfs></styleSheet>""".Replace("ID", numFmtId, StringComparison.Ordinal);
        var sheet = Workbooks.Header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>民政厅</t></is></c><c r=\"B2\" s=\"1\"><v>45235</v></c></row>";
        using var stream = Workbooks.Minimal(sheet, styles: styles);

        var result = WorkbookReader.Read(stream);

        result.Rows.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == OpenXmlDiagnosticCodes.DateCell && d.Cell == "Sheet1!B2" && d.Message.Contains("2023-11-05"));
        result.Errors.Should().Contain(d => d.Code == DiagnosticCodes.NumberInvalid && d.RawValue == "2023-11-05" && d.Cell == "Sheet1!B2");
    }

    [TestCase("0.00")]
    [TestCase("#,##0.0_);[Red](#,##0.0)")]
    [TestCase("0.00E+00")]
    [TestCase("General")]
    public void DateFormats_NumberFormatsAreNotDates(string code) => DateFormats.IsDateCode(code).Should().BeFalse();

    [TestCase("yyyy-mm-dd")]
    [TestCase("[$-804]yyyy\"年\"m\"月\";@")]
    [TestCase("[h]:mm")]
    public void DateFormats_DateFormatsAreDates(string code) => DateFormats.IsDateCode(code).Should().BeTrue();

    [Test]
    public void Hostile_NotAZip_IsWS116()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("部门窗口\t实得分值\n教育厅\t89\n"));

        var result = WorkbookReader.Read(stream);

        result.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.MalformedRecord);
    }

    [Test]
    public void Hostile_ZipThatIsNotAWorkbook_IsWS116()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            w.Write("not a workbook");
        }

        stream.Position = 0;
        var result = WorkbookReader.Read(stream);

        result.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.MalformedRecord);
    }

    [Test]
    public void Hostile_TruncatedZip_IsWS116()
    {
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xlsx"));

        var result = WorkbookReader.Read(new MemoryStream(bytes[..(bytes.Length / 2)]));

        result.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.MalformedRecord);
    }

    [Test]
    public void Hostile_ZipBomb_StopsAtMaxBytesWithWS100()
    {
        // 50 MB of one repeated row compresses to a few hundred kilobytes; the read stops after 1 MB of XML.
        var row = Workbooks.Row(2, "教育厅", "89").Replace("r=\"2\"", string.Empty, StringComparison.Ordinal).Replace("A2", "A", StringComparison.Ordinal);
        var rows = new StringBuilder(Workbooks.Header);
        for (var i = 0; i < 50_000_000 / row.Length; i++)
        {
            rows.Append("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }

        using var stream = Workbooks.Minimal(rows.ToString());
        stream.Length.Should().BeLessThan(2_000_000);

        var result = WorkbookReader.Read(stream, new ImportOptions { MaxBytes = 1_000_000 });

        result.Errors.Select(d => d.Code).Should().Contain(DiagnosticCodes.InputTooLarge);
    }

    [Test]
    public void Hostile_SharedStringIndexOutOfRange_IsWS116WithItsCell()
    {
        var sheet = Workbooks.Header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c><c r=\"B2\"><v>100</v></c></row>";
        using var stream = Workbooks.Minimal(sheet, ["only one"]);

        var result = WorkbookReader.Read(stream);

        result.Errors.Should().Contain(d => d.Code == DiagnosticCodes.MalformedRecord && d.Cell == "Sheet1!A2" && d.RawValue == "7");
    }

    [Test]
    public void Hostile_MillionEmptyStyledRows_AreSkippedCheaply()
    {
        var rows = new StringBuilder(Workbooks.Header);
        for (var r = 2; r <= 1_000_001; r++)
        {
            rows.Append("<row r=\"").Append(r).Append("\" s=\"1\" customFormat=\"1\"/>");
        }

        rows.Append(Workbooks.Row(1_000_002, "教育厅", "89"));
        using var stream = Workbooks.Minimal(rows.ToString());
        var result = WorkbookReader.Read(stream);

        result.HasErrors.Should().BeFalse();
        result.Rows.Single().Line.Should().Be(1_000_002);
    }

    [Test]
    public void Hostile_CellFarBeyondMaxColumns_IsWS103WithoutMakingItsCells()
    {
        var sheet = Workbooks.Header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>民政厅</t></is></c><c r=\"XFD2\"><v>1</v></c></row>"
            + Workbooks.Row(3, "水利厅", "104.5");
        using var stream = Workbooks.Minimal(sheet);

        var result = WorkbookReader.Read(stream);

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.TooManyColumns, 2));
        result.Rows.Single().Department.Name.Should().Be("水利厅");
    }

    [Test]
    public async Task ReadAsync_NonSeekableStream_ReadsTheWorkbook_AndTooLargeIsWS100()
    {
        var bytes = await File.ReadAllBytesAsync(Workbooks.Data("2023-11.xlsx"));

        var result = await WorkbookReader.ReadAsync(new NonSeekable(bytes));
        var tooLarge = await WorkbookReader.ReadAsync(new NonSeekable(bytes), new ImportOptions { MaxBytes = 1000 });

        result.Rows.Should().HaveCount(29);
        tooLarge.Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
    }

    [Test]
    public void Read_NonSeekableStream_IsCopiedBounded()
    {
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xlsx"));

        WorkbookReader.Read(new NonSeekable(bytes)).Rows.Should().HaveCount(29);
        WorkbookReader.Read(new NonSeekable(bytes), new ImportOptions { MaxBytes = 1000 }).Errors.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
    }

    [Test]
    public void IsWorkbook_ChecksTheZipSignature()
    {
        WorkbookReader.IsWorkbook(File.ReadAllBytes(Workbooks.Data("2023-11.xlsx"))).Should().BeTrue();
        WorkbookReader.IsWorkbook("序号\t部门窗口"u8).Should().BeFalse();
        WorkbookReader.IsWorkbook("PK"u8).Should().BeFalse();
    }

    [Test]
    public void ReadEach_PassesEveryRowOn()
    {
        var names = new List<string>();

        var summary = WorkbookReader.ReadEach(Workbooks.Data("2023-11.xlsx"), r => names.Add(r.Department.Name));

        summary.RowCount.Should().Be(29);
        names[0].Should().Be("自然资源厅");
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }
}
