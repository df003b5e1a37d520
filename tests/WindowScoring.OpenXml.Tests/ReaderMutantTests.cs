using System.IO.Compression;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// Workbook reading that a mutation run of the .xlsx reader found untested: format codes cut short, numbers that are not
/// numbers, odd shared-string and worksheet XML (pretty-printed, extension elements, rows outside the sheet data), formulas,
/// wide rows, and the asynchronous copy of a stream that cannot seek.
/// </summary>
public sealed class ReaderMutantTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static string StylesXml(string body) => $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}">{body}</styleSheet>""";

    /// <summary>A workbook whose worksheet part is exactly the given XML (no sheetData added around it).</summary>
    private static MemoryStream WithWorksheet(string worksheetXml) =>
        Workbooks.Rewrite(Workbooks.Minimal(string.Empty), "xl/worksheets/sheet1.xml", _ => worksheetXml);

    private static long UncompressedSize(MemoryStream workbook)
    {
        long total = 0;
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var e in zip.Entries)
            {
                total += e.Length;
            }
        }

        workbook.Position = 0;
        return total;
    }

    // ---- number formats and number cells ------------------------------------------------------------------------------

    [Test]
    public void FormatCodeCutShort_ByAnUnclosedBracketOrQuote_IsNoDate_AndTheWorkbookReads()
    {
        // 164: an unclosed bracket, 165: an unclosed quote holding date letters; neither shows a date, neither breaks the file.
        var styles = StylesXml("""<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0[h"/><numFmt numFmtId="165" formatCode="0&quot;dd"/></numFmts>"""
            + """<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>""");
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45235</v></c><c r=\"B2\" s=\"2\"><v>45236</v></c></row>", styles: styles), diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal("45235", "45236");
        diagnostics.Should().BeEmpty();
    }

    [TestCase("0.0[h")]
    [TestCase("[h")]
    [TestCase("0\"dd")]
    [TestCase("\"y")]
    public void DateFormatCode_CutShort_IsNotADate(string code) => DateFormats.IsDateCode(code).Should().BeFalse();

    [Test]
    public void NumberCellThatIsNoNumber_IsItsTextAsWritten_SpacesIncluded()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\"><v> 1.5.0 </v></c><c r=\"B1\"><v>1..5</v></c></row>"), diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal(" 1.5.0 ", "1..5");
        diagnostics.Should().BeEmpty();
    }

    // ---- shared strings and rich text ---------------------------------------------------------------------------------

    [Test]
    public void SharedStringPart_WhoseRootIsAStringItem_HoldsNoStrings_SoAnIndexIntoItIsWS116()
    {
        using var stream = Workbooks.Rewrite(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>2</v></c></row>"),
            "xl/sharedStrings.xml", _ => $"""<?xml version="1.0" encoding="UTF-8"?><si xmlns="{Main}"><t>x</t></si>""");
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(stream, diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal("", "2");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord
            && d.Severity == DiagnosticSeverity.Error && d.Line == 1 && d.Cell == "Sheet1!A1" && d.RawValue == "0");
    }

    [Test]
    public void PhoneticProperties_AddNoText_EvenWhenTheyHoldSome()
    {
        using var stream = Workbooks.Rewrite(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"),
            "xl/sharedStrings.xml", _ => $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}"><si><t>東京</t><phoneticPr fontId="1"><t>トウキョウ</t></phoneticPr></si><si><t>末</t></si></sst>""");

        Workbooks.Records(stream, []).Should().ContainSingle().Which.Cells.Should().Equal("東京", "末");
    }

    // ---- cells ------------------------------------------------------------------------------------------------------

    [Test]
    public void FormulaCellWithTwoFormulasAndNoValue_IsStillWS603()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><f>1+1</f><f>2+2</f></c></row>"), diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal("1");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == OpenXmlDiagnosticCodes.FormulaWithoutValue
            && d.Severity == DiagnosticSeverity.Warning && d.Line == 2 && d.Cell == "Sheet1!B2");
    }

    [Test]
    public void InlineStringCellWithoutItsText_IsEmpty_WithoutADiagnostic()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"></c><c r=\"B1\"><v>2</v></c></row>"), diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal("", "2");
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void InlineStringCellWithItsTextInV_KeepsTheText_AndAFormulaWithoutText_IsWS603()
    {
        // Regression: an inline-string cell whose writer put the text in <v> (not <is>) read as an empty cell, the text lost.
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><v>甲_x0041_</v></c><c r=\"B1\" t=\"inlineStr\"><f>A1</f></c><c r=\"C1\"><v>2</v></c></row>"), diagnostics);

        records.Should().ContainSingle().Which.Cells.Should().Equal("甲A", "", "2");
        diagnostics.Select(d => (d.Code, d.Cell)).Should().Equal((OpenXmlDiagnosticCodes.FormulaWithoutValue, "Sheet1!B1"));
    }

    [Test]
    public void WideRow_EveryCellByIndex_IsEmpty()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b", "c")), new ImportOptions { MaxColumns = 2 });

        source.Read([]).Should().BeTrue();

        source.Cells.Count.Should().Be(3);
        Enumerable.Range(0, source.Cells.Count).Select(i => source.Cells[i]).Should().Equal("", "", "");
    }

    // ---- worksheet XML ----------------------------------------------------------------------------------------------

    [Test]
    public void PrettyPrintedWorksheet_WhitespaceBetweenAndInsideCells_ReadsAsACompactOne()
    {
        var sheet = "\n  <row r=\"1\">\n    <c r=\"A1\" t=\"inlineStr\">\n      <is><t>a</t></is>\n    </c>\n    <c r=\"B1\">\n      <v>1</v>\n    </c>\n  </row>"
            + "\n  <row r=\"2\">\n    <c r=\"A2\" t=\"inlineStr\"><is><t>b</t></is></c>\n    <c r=\"B2\"><v>2</v></c>\n  </row>\n";
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal(sheet), diagnostics);

        records.Select(r => (r.Line, string.Join("|", r.Cells))).Should().Equal((1, "a|1"), (2, "b|2"));
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void ExtensionElementsInARow_AreSkipped_AndTheCellsAndRowsAroundThemRead()
    {
        var sheet = "<row r=\"1\"><extLst><ext uri=\"{1}\"><c r=\"Z1\"><v>9</v></c></ext></extLst><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
            + "<extLst><ext uri=\"{2}\"><x/></ext></extLst></row><row r=\"2\"><c r=\"A2\"><v>3</v></c><c r=\"B2\"><v>4</v></c></row>";
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal(sheet), diagnostics);

        records.Select(r => (r.Line, string.Join("|", r.Cells))).Should().Equal((1, "1|2"), (2, "3|4"));
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void RowAfterTheSheetData_IsNotARecord()
    {
        using var stream = Workbooks.Rewrite(Workbooks.Minimal(Workbooks.Row(1, "a", "b")), "xl/worksheets/sheet1.xml",
            x => x.Replace("</sheetData>", "</sheetData><extLst><ext uri=\"{9}\"><row r=\"9\"><c r=\"A9\"><v>9</v></c></row></ext></extLst>", StringComparison.Ordinal));
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(stream, diagnostics);

        records.Select(r => r.Line).Should().Equal(1);
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void WorksheetWithoutSheetData_ItsRowsAreReadOnce_ThenTheSheetEnds()
    {
        using var stream = WithWorksheet($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}">{Workbooks.Row(1, "a", "b")}{Workbooks.Row(2, "c", "d")}</worksheet>""");
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(stream, diagnostics);

        records.Select(r => (r.Line, string.Join("|", r.Cells))).Should().Equal((1, "a|b"), (2, "c|d"));
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void WorksheetWithoutSheetData_EndingPastMaxBytes_IsWS100AfterItsRows()
    {
        // The rows fit in the budget; the spaces after the root element do not.
        using var stream = WithWorksheet($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}">{Workbooks.Row(1, "a", "b")}</worksheet>""" + new string(' ', 100_000));
        var options = new ImportOptions { MaxBytes = UncompressedSize(stream) - 50_000 };
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(stream, diagnostics, options);

        records.Select(r => (r.Line, string.Join("|", r.Cells))).Should().Equal((1, "a|b"));
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.InputTooLarge && d.Severity == DiagnosticSeverity.Error);
    }

    // ---- ReadAsync and the temporary copy -----------------------------------------------------------------------------

    [Test]
    public async Task ReadAsync_NullDiagnostics_IsRefusedBeforeTheStreamIsRead()
    {
        var stream = new ForwardOnlyStream(Workbooks.Minimal(Workbooks.Row(1, "a", "b")).ToArray(), chunk: 100);
        using var source = new XlsxTableSource(stream);

        await FluentActions.Awaiting(async () => await source.ReadAsync(null!)).Should().ThrowAsync<ArgumentNullException>();

        stream.BytesRead.Should().Be(0);
    }

    [Test]
    public async Task ReadAsync_StreamTooLargeToCopy_IsWS100Once_AndNotReadAgain()
    {
        var stream = new ForwardOnlyStream(Workbooks.Minimal(Workbooks.Row(1, "a", "b")).ToArray(), chunk: 100);
        using var source = new XlsxTableSource(stream, new ImportOptions { MaxBytes = 250 });
        var diagnostics = new List<Diagnostic>();

        (await source.ReadAsync(diagnostics)).Should().BeFalse();
        var read = stream.BytesRead;
        (await source.ReadAsync(diagnostics)).Should().BeFalse();

        read.Should().BeGreaterThan(0);
        stream.BytesRead.Should().Be(read);
        diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
    }

    [Test]
    public async Task ReadAsync_TemporaryCopyOfAStreamThatCannotSeek_IsDeletedWhenTheSourceIsDisposed()
    {
        var bytes = Workbooks.Minimal(Workbooks.Row(1, "a", "b") + Workbooks.Row(2, "c", "d")).ToArray();
        var folder = Path.GetTempPath();
        var before = Directory.GetFiles(folder, "windowscoring-*.tmp").ToHashSet();
        var stream = new ForwardOnlyStream(bytes, chunk: 1000);
        var source = new XlsxTableSource(stream);
        List<string> copies;
        try
        {
            (await source.ReadAsync([])).Should().BeTrue();
            source.Cells.Should().Equal("a", "b");

            // The new temporary files of exactly the workbook's size: its copy (other processes' files hardly match).
            copies = Directory.GetFiles(folder, "windowscoring-*.tmp").Where(f => !before.Contains(f) && SizeOf(f) == bytes.Length).ToList();
            copies.Should().ContainSingle("the stream that cannot seek is read from a temporary copy");
        }
        finally
        {
            source.Dispose();
        }

        File.Exists(copies[0]).Should().BeFalse();
        stream.Disposed.Should().BeFalse("a stream passed in is left open");
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return -1; // gone meanwhile
        }
    }
}
