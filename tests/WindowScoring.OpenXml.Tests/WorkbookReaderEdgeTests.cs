using System.Globalization;
using System.IO.Compression;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>Workbook reading that mutation testing found untested (issue #26).</summary>
public sealed class WorkbookReaderEdgeTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private CultureInfo? _culture;

    // Messages in English for the assertions on their words (the one language setting, restored after each test).
    [SetUp]
    public void InEnglish() => (_culture, MessageCatalog.Culture) = (MessageCatalog.Culture, CultureInfo.GetCultureInfo("en"));

    [TearDown]
    public void RestoreLanguage() => MessageCatalog.Culture = _culture;

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static string StylesXml(string body) => $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}">{body}</styleSheet>""";

    private static string Inline(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static List<(int Line, string[] Cells)> Records(string sheetData, string[]? shared = null, string? styles = null, ImportOptions? options = null) =>
        Workbooks.Records(Workbooks.Minimal(sheetData, shared, styles), [], options);

    // ---- DateFormats ------------------------------------------------------------------------------------------------

    [TestCase(13, false)]
    [TestCase(14, true)]
    [TestCase(22, true)]
    [TestCase(23, false)]
    [TestCase(26, false)]
    [TestCase(27, true)]
    [TestCase(36, true)]
    [TestCase(37, false)]
    [TestCase(44, false)]
    [TestCase(45, true)]
    [TestCase(47, true)]
    [TestCase(48, false)]
    [TestCase(49, false)]
    [TestCase(50, true)]
    [TestCase(58, true)]
    [TestCase(59, false)]
    public void BuiltInDateFormats_AreExactly14To22_27To36_45To47_50To58(int id, bool date) => DateFormats.IsBuiltInDate(id).Should().Be(date);

    [TestCase(";;;", true)]
    [TestCase(";", true)]
    [TestCase(" ; ", true)]
    [TestCase("", false)]
    [TestCase("General", false)]
    [TestCase("0;;", false)]
    [TestCase(";;@", false)]
    public void HiddenFormat_IsOnlyOneWhoseEverySectionIsEmpty(string code, bool hidden) => DateFormats.IsHiddenCode(code).Should().Be(hidden);

    [TestCase("\"Total\" 0", false)]
    [TestCase("\"day\"0", false)]
    [TestCase("\"x\"d", true)]
    [TestCase("0\\d", false)]
    [TestCase("0_d", false)]
    [TestCase("0*d", false)]
    [TestCase("[h]", true)]
    [TestCase("[hh]", true)]
    [TestCase("[m]", true)]
    [TestCase("[mm]", true)]
    [TestCase("[s]", true)]
    [TestCase("[SS]", true)]
    [TestCase("[Red]0", false)]
    [TestCase("[Blue]0.0;[Red]-0.0", false)]
    public void DateFormatCode_LettersInQuotesEscapesAndBracketsAreNotDates_ElapsedTimeIs(string code, bool date) => DateFormats.IsDateCode(code).Should().Be(date);

    [TestCase(0d, false, "1899-12-31")]
    [TestCase(1d, false, "1900-01-01")]
    [TestCase(59d, false, "1900-02-28")]
    [TestCase(60d, false, "1900-02-28")]
    [TestCase(61d, false, "1900-03-01")]
    [TestCase(45235d, false, "2023-11-05")]
    [TestCase(45235.5d, false, "2023-11-05 12:00:00")]
    [TestCase(45235.75d, false, "2023-11-05 18:00:00")]
    [TestCase(2958465d, false, "9999-12-31")]
    [TestCase(0d, true, "1904-01-01")]
    [TestCase(1d, true, "1904-01-02")]
    public void DateSerial_ReadsAsExcelShowsIt_InBothDateSystems(double serial, bool date1904, string text) => DateFormats.Text(serial, date1904).Should().Be(text);

    [TestCase(-1d)]
    [TestCase(-0.5d)]
    [TestCase(2958466d)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void DateSerial_OutsideWhatExcelCanShow_HasNoText(double serial) => DateFormats.Text(serial, false).Should().BeNull();

    // ---- ExcelNumber ------------------------------------------------------------------------------------------------

    [TestCase(" 12 ", "12")]
    [TestCase("abc", "abc")]
    [TestCase("Infinity", "Infinity")]
    [TestCase("0E0", "0")]
    [TestCase("1.50", "1.50")]
    [TestCase("1.23456789012340", "1.23456789012340")]
    [TestCase("0.00000000000000150", "0.00000000000000150")]
    [TestCase("1.5E0", "1.5")]
    [TestCase("  ", "  ")]
    [TestCase("", "")]
    [TestCase("1.5.0", "1.5.0")]
    public void NumberText_ShortPlainIsKept_OthersAreRoundedOrPassedThrough(string stored, string read) =>
        ExcelNumber.ToDecimalText(stored).Should().Be((read, (string?)null));

    [Test]
    public void NumberText_AtDecimalsLimit_IsTooLargeNotInexact()
    {
        ExcelNumber.ToDecimalText("7.9E+28").Should().Be(("7.9E+28", ExcelNumber.NumberTooLarge));
        ExcelNumber.ToDecimalText("7.8E+28").Should().Be(("7.8E+28", ExcelNumber.NumberInexact));
    }

    // ---- SharedStrings and the byte budget --------------------------------------------------------------------------

    [Test]
    public void SharedStrings_HoldExactlyMaxChars_AndRefuseOneMore()
    {
        var strings = new SharedStrings();

        strings.Add(new string('a', SharedStrings.MaxChars)).Should().BeTrue();
        strings.Add("b").Should().BeFalse();
        strings.Count.Should().Be(1);
    }

    [Test]
    public void SharedStrings_ManyStrings_AreEachKept()
    {
        var strings = new SharedStrings();
        for (var i = 0; i < 600; i++)
        {
            strings.Add("s" + i.ToString(CultureInfo.InvariantCulture)).Should().BeTrue();
        }

        strings.Count.Should().Be(600);
        strings[0].Should().Be("s0");
        strings[256].Should().Be("s256");
        strings[599].Should().Be("s599");
    }

    [Test]
    public void Budget_TakingExactlyWhatIsLeft_Succeeds_AndOneMoreFails()
    {
        var budget = new Budget(10);

        budget.Take(10).Should().BeTrue();
        budget.Exceeded.Should().BeFalse();
        budget.Take(1).Should().BeFalse();
        budget.Exceeded.Should().BeTrue();
    }

    [Test]
    public void BudgetStream_AStreamOfExactlyTheBudget_IsNotTooLarge()
    {
        var budget = new Budget(3);
        using var stream = new BudgetStream(new MemoryStream([1, 2, 3]), budget);
        var buffer = new byte[10];

        stream.CanRead.Should().BeTrue();
        stream.CanWrite.Should().BeFalse();
        stream.Read(buffer, 0, 10).Should().Be(3);
        stream.Read(buffer, 0, 10).Should().Be(0);
        budget.Exceeded.Should().BeFalse();
    }

    [Test]
    public void BudgetStream_OneByteMore_IsTooLarge_AndNothingMoreIsRead()
    {
        var budget = new Budget(3);
        var inner = new MemoryStream([1, 2, 3, 4, 5, 6]);
        using var stream = new BudgetStream(inner, budget);
        var buffer = new byte[10];

        stream.Read(buffer, 0, 10).Should().Be(3);
        stream.Read(buffer, 0, 10).Should().Be(0);
        budget.Exceeded.Should().BeTrue();
        stream.Read(buffer, 0, 10).Should().Be(0);
        inner.Position.Should().Be(4); // the one probe byte, no more
    }

    [Test]
    public void BudgetStream_EmptyRead_NeverSpendsTheBudget()
    {
        var budget = new Budget(0);
        using var stream = new BudgetStream(new MemoryStream([1]), budget);

        stream.Read([], 0, 0).Should().Be(0);
        budget.Exceeded.Should().BeFalse();
    }

    [Test]
    public void BudgetStream_Dispose_ClosesTheStreamItReads()
    {
        var inner = new MemoryStream([1]);

        new BudgetStream(inner, new Budget(1)).Dispose();

        inner.CanRead.Should().BeFalse();
    }

    // ---- SheetChoice ------------------------------------------------------------------------------------------------

    [Test]
    public void SheetChoice_MissingName_IsWS602NamingItAndListingTheSheets()
    {
        var diagnostics = new List<Diagnostic>();

        SheetChoice.Pick([("A", false), ("B", true)], "C", diagnostics).Should().Be(-1);

        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "WS602" && d.Severity == DiagnosticSeverity.Error
            && d.Message == "The workbook has no worksheet named 'C'; its worksheets are: A, B.");
    }

    [Test]
    public void SheetChoice_EveryWorksheetHidden_IsWS602ListingThem()
    {
        var diagnostics = new List<Diagnostic>();

        SheetChoice.Pick([("A", true), ("B", true)], null, diagnostics).Should().Be(-1);

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("Every worksheet of the workbook is hidden (A, B); name the one to read.");
    }

    [Test]
    public void SheetChoice_NoWorksheet_IsWS602()
    {
        var diagnostics = new List<Diagnostic>();

        SheetChoice.Pick([], null, diagnostics).Should().Be(-1);

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("The workbook has no worksheet.");
    }

    [Test]
    public void SheetChoice_VisibleSheetNamed_IsReadWithoutAWarning()
    {
        var diagnostics = new List<Diagnostic>();

        SheetChoice.Pick([("A", false), ("B", false)], "b", diagnostics).Should().Be(1);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void SheetChoice_HiddenSheetsFirst_TheWarningListsEachOne()
    {
        var diagnostics = new List<Diagnostic>();

        SheetChoice.Pick([("H1", true), ("H2", true), ("V", false)], null, diagnostics).Should().Be(2);

        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == OpenXmlDiagnosticCodes.HiddenSheet && d.RawValue == "H1, H2");
    }

    // ---- OpenXmlPackages --------------------------------------------------------------------------------------------

    [Test]
    public void Package_StreamedPartMissingFromTheSkeleton_IsAnError()
    {
        var act = () => OpenXmlPackages.Write(new MemoryStream(), s =>
        {
            using (var zip = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var w = new StreamWriter(zip.CreateEntry("xl/a.xml").Open());
                w.Write("<a/>");
            }

            return new Uri("/xl/b.xml", UriKind.Relative);
        }, _ => { });

        act.Should().Throw<InvalidOperationException>().WithMessage("*xl/b.xml*");
    }

    [Test]
    public void Package_StreamedPart_HasNoByteOrderMark()
    {
        var target = new MemoryStream();

        OpenXmlPackages.Write(target, s =>
        {
            using (var zip = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var w = new StreamWriter(zip.CreateEntry("xl/a.xml").Open());
                w.Write("<a/>");
            }

            return new Uri("/xl/a.xml", UriKind.Relative);
        }, w =>
        {
            w.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Worksheet());
            w.WriteEndElement();
        });

        target.Position = 0;
        using var read = new ZipArchive(target, ZipArchiveMode.Read);
        using var part = read.GetEntry("xl/a.xml")!.Open();
        part.ReadByte().Should().Be('<');
    }

    // ---- XlsxTableSource: ColumnIndex, ColumnName, Quote -------------------------------------------------------------

    [TestCase("A1", 0)]
    [TestCase("B", 1)]
    [TestCase("c7", 2)]
    [TestCase("AA1", 26)]
    [TestCase("XFD1", 16383)]
    public void ColumnIndex_OfAReference(string reference, int index) => XlsxTableSource.ColumnIndex(reference).Should().Be(index);

    [TestCase("7")]
    [TestCase("")]
    [TestCase("XFE1")]
    [TestCase("ZZZZ1")]
    public void ColumnIndex_OfNoColumn_IsNull(string reference) => XlsxTableSource.ColumnIndex(reference).Should().BeNull();

    [TestCase(0, "A")]
    [TestCase(25, "Z")]
    [TestCase(26, "AA")]
    [TestCase(701, "ZZ")]
    [TestCase(702, "AAA")]
    [TestCase(16383, "XFD")]
    public void ColumnName_OfAnIndex(int index, string name) => XlsxTableSource.ColumnName(index).Should().Be(name);

    [TestCase("Sheet1", "Sheet1")]
    [TestCase("考核结果", "考核结果")]
    [TestCase("a_b", "a_b")]
    [TestCase("a b", "'a b'")]
    [TestCase("2023-11", "'2023-11'")]
    [TestCase("1abc", "'1abc'")]
    [TestCase("it's", "'it''s'")]
    [TestCase("", "''")]
    public void SheetName_IsQuotedInAReferenceUnlessLettersDigitsAndUnderscores(string name, string quoted) => XlsxTableSource.Quote(name).Should().Be(quoted);

    // ---- XlsxTableSource: cell values -------------------------------------------------------------------------------

    [Test]
    public void Booleans_ReadAsTRUEAndFALSE_FromEveryWayOfWritingThem()
    {
        var records = Records("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>0</v></c><c r=\"B1\" t=\"b\"><v>true</v></c><c r=\"C1\" t=\"b\"><v> 1 </v></c><c r=\"D1\" t=\"b\"><v>false</v></c></row>");

        records.Single().Cells.Should().Equal("FALSE", "TRUE", "TRUE", "FALSE");
    }

    [Test]
    public void TextAndErrorCells_OnADateStyle_AreTheirText_NeverADate()
    {
        var styles = StylesXml("""<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""");
        var sheet = "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"str\"><f>\"45\"&amp;\"235\"</f><v>45235</v></c><c r=\"B1\" s=\"1\" t=\"e\"><v>#DIV/0!</v></c>"
            + "<c r=\"C1\" s=\"1\" t=\"d\"><v>2023-11-05T00:00:00</v></c><c r=\"D1\" t=\"str\"><v>1E3</v></c></row>";
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal(sheet, styles: styles), diagnostics);

        records.Single().Cells.Should().Equal("45235", "#DIV/0!", "2023-11-05T00:00:00", "1E3");
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void EscapedCharacters_AreUnescaped_AndAnEscapeCutShortIsText()
    {
        var records = Records("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a_x0041_b</v></c><c r=\"B1\" t=\"str\"><v>a_x0041</v></c><c r=\"C1\" t=\"str\"><v>_x004G_</v></c></row>");

        records.Single().Cells.Should().Equal("aAb", "a_x0041", "_x004G_");
    }

    [Test]
    public void RichText_JoinsEveryRun_AndLeavesOutPhoneticRuns()
    {
        var shared = "<si><t>东</t><t>京</t><t>都</t></si>"
            + "<si><r><t>教育</t></r><r><rPr><b/></rPr><t> </t></r><r><t>厅</t></r></si>"
            + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
            + "<si/>"
            + "<si><r><rPr><b/></rPr></r></si>"
            + "<si><t>末</t></si>";
        using var stream = Workbooks.Rewrite(Workbooks.Minimal(
            "<row r=\"1\">" + string.Concat(Enumerable.Range(0, 6).Select(i => $"<c r=\"{XlsxTableSource.ColumnName(i)}1\" t=\"s\"><v>{i}</v></c>")) + "</row>"),
            "xl/sharedStrings.xml", _ => $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{shared}</sst>""");

        var records = Workbooks.Records(stream, []);

        records.Single().Cells.Should().Equal("东京都", "教育 厅", "東京", "", "", "末");
    }

    [Test]
    public void SharedStrings_AnElementBeforeTheStrings_DoesNotShiftThem()
    {
        using var stream = Workbooks.Rewrite(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"),
            "xl/sharedStrings.xml", _ => $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}"><foo><t>x</t></foo><si><t>a</t></si><si><t>b</t></si></sst>""");

        Workbooks.Records(stream, []).Single().Cells.Should().Equal("a", "b");
    }

    [Test]
    public void SharedStringIndex_EqualToTheCount_IsWS116OnItsCell_AndTheCellIsEmpty()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>7</v></c></row>", ["only"]), diagnostics);

        records.Single().Cells.Should().Equal("", "7");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Cell == "Sheet1!A2" && d.Line == 2 && d.RawValue == "1");
    }

    [Test]
    public void NumberTooLarge_IsAnEmptyCellWithWS605()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"3\"><c r=\"A3\"><v>1E+30</v></c><c r=\"B3\"><v>2</v></c></row>"), diagnostics);

        records.Single().Cells.Should().Equal("", "2");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == OpenXmlDiagnosticCodes.NumberNotExact && d.Cell == "Sheet1!A3" && d.RawValue == "1E+30");
    }

    [Test]
    public void DateStyledNumberNoDateCanBe_IsAnEmptyCellWithWS605()
    {
        var styles = StylesXml("""<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""");
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>-1</v></c><c r=\"B2\"><v>5</v></c></row>", styles: styles), diagnostics);

        records.Single().Cells.Should().Equal("", "5");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == OpenXmlDiagnosticCodes.NumberNotExact && d.Cell == "Sheet1!A2" && d.Severity == DiagnosticSeverity.Error);
    }

    [Test]
    public void Styles_OnlyCellXfsCount_XfsWithEndTagsIncluded_AndAStyleIndexPastThemIsPlain()
    {
        // cellXfs: 0 General, 1 a date; the cellStyleXfs after them are no cell style; style 2 is past the list, style 3 too.
        var styles = StylesXml("""<numFmts count="1"><numFmt numFmtId="164" formatCode=";;;"/></numFmts><cellXfs count="2"><xf numFmtId="0"></xf><xf numFmtId="14"></xf></cellXfs><cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="164"/></cellStyleXfs>""");
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\"><c r=\"A2\" s=\"0\"><v>45235</v></c><c r=\"B2\" s=\"1\"><v>45235</v></c><c r=\"C2\" s=\"2\"><v>45235</v></c><c r=\"D2\" s=\"3\"><v>45235</v></c></row>", styles: styles), diagnostics);

        records.Single().Cells.Should().Equal("45235", "2023-11-05", "45235", "45235");
        diagnostics.Select(d => (d.Code, d.Cell)).Should().Equal((OpenXmlDiagnosticCodes.DateCell, "Sheet1!B2"));
    }

    [TestCase("<workbookPr date1904=\"1\"></workbookPr>", "1904-01-02")]
    [TestCase("<workbookPr date1904=\"true\"/>", "1904-01-02")]
    [TestCase("<workbookPr date1904=\"0\"/>", "1900-01-01")]
    [TestCase("", "1900-01-01")]
    public void DateSystem_1904_IsTakenFromTheWorkbook(string workbookPr, string date)
    {
        var styles = StylesXml("""<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""");
        using var stream = Workbooks.Minimal("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c></row>", styles: styles, extraWorkbookXml: workbookPr);

        Workbooks.Records(stream, []).Single().Cells.Should().Equal(date);
    }

    [Test]
    public void WorkbookSheet_OnlyTheRelationshipIdNamesItsPart()
    {
        using var stream = Workbooks.Rewrite(Workbooks.Minimal(Workbooks.Row(1, "a", "b")), "xl/workbook.xml",
            x => x.Replace("r:id=\"rId1\"/>", "r:id=\"rId1\" id=\"bogus\"/>", StringComparison.Ordinal));
        var diagnostics = new List<Diagnostic>();

        Workbooks.Records(stream, diagnostics).Single().Cells.Should().Equal("a", "b");
        diagnostics.Should().BeEmpty();
    }

    // ---- XlsxTableSource: rows and columns --------------------------------------------------------------------------

    [Test]
    public void RowsAndCellsWithoutReferences_FollowTheOnesBefore()
    {
        var records = Records("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
            + "<row><c><v>1</v></c><c><v>2</v></c></row>"
            + "<row r=\"5\"><c r=\"B5\"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>");

        records.Select(r => (r.Line, string.Join("|", r.Cells))).Should().Equal((1, "a|b"), (2, "1|2"), (5, "|3|4"), (6, "5|"));
    }

    [Test]
    public void LastRowExcelCanHave_IsRead()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>"), diagnostics);

        records.Single().Line.Should().Be(1_048_576);
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void RowsWithoutValues_AreNoRecords_AndDoNotEndTheSheet()
    {
        var records = Records(Workbooks.Row(1, "a", "b") + "<row r=\"2\"/>" + "<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\"></c></row>" + Workbooks.Row(4, "c", "d"));

        records.Select(r => r.Line).Should().Equal(1, 4);
    }

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase("0", false)]
    public void HiddenRow_IsWS600OnlyWhenHidden_AndARowWithNoValueSaysNothing(string hidden, bool info)
    {
        var diagnostics = new List<Diagnostic>();
        var sheet = Workbooks.Row(1, "a", "b") + $"<row r=\"2\" hidden=\"{hidden}\"><c r=\"A2\" s=\"1\"/></row><row r=\"3\" hidden=\"{hidden}\"><c r=\"A3\"><v>1</v></c></row>";

        var records = Workbooks.Records(Workbooks.Minimal(sheet), diagnostics);

        records.Select(r => r.Line).Should().Equal(1, 3);
        diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(info ? [(OpenXmlDiagnosticCodes.HiddenRow, 3)] : []);
    }

    [Test]
    public void CellGivenTwice_KeepsTheFirstValue_AndIsWS116()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"2\">" + Inline("B2", "x") + Inline("A2", "y") + Inline("C2", "z") + "</row>"), diagnostics);

        records.Single().Cells.Should().Equal("", "x", "z");
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Cell == "Sheet1!A2" && d.RawValue == "y");
    }

    [Test]
    public void CellWithAnEndTagButNoValue_IsEmptyWithoutAWarning()
    {
        var diagnostics = new List<Diagnostic>();

        var records = Workbooks.Records(Workbooks.Minimal("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"></c><c r=\"C1\"><v>3</v></c></row>"), diagnostics);

        records.Single().Cells.Should().Equal("1", "", "3");
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void WideRow_PastMaxColumns_IsBlankCellsAsWideAsItsLastValue()
    {
        var options = new ImportOptions { MaxColumns = 2 };
        var sheet = Workbooks.Row(1, "a", "b") + Workbooks.Row(2, "c", "d", "e") + "<row r=\"3\"><c r=\"D3\"><v>1</v></c></row>" + Workbooks.Row(4, "f", "g");

        var records = Records(sheet, options: options);

        records.Select(r => (r.Line, string.Join("|", r.Cells), r.Cells.Length)).Should().Equal((1, "a|b", 2), (2, "||", 3), (3, "|||", 4), (4, "f|g", 2));
    }

    [Test]
    public void RowOfManyValues_KeepsEveryValueInItsColumn()
    {
        var cells = Enumerable.Range(0, 40).Select(i => "v" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        var records = Records(Workbooks.Row(1, cells));

        records.Single().Cells.Should().Equal(cells);
    }

    [Test]
    public void Rows_ArePaddedToTheHeadersWidth_TheFirstRecordOfTwoValues()
    {
        var records = Records(Workbooks.Row(1, "t") + Workbooks.Row(2, "a", "b", "c") + Workbooks.Row(3, "x", "y") + Workbooks.Row(4, "p", "q"));

        records.Select(r => r.Cells.Length).Should().Equal(1, 3, 3, 3);
    }

    [Test]
    public void WhitespaceOnlyRun_IsKeptInTheText()
    {
        Records("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>教育</t></r><r><t> </t></r><r><t>厅</t></r></is></c></row>").Single().Cells.Should().Equal("教育 厅");
    }

    // ---- XlsxTableSource: limits, lifetime and arguments ------------------------------------------------------------

    [Test]
    public void Budget_CountsThePackagesRelationshipsAndContentTypes()
    {
        using var plain = Workbooks.Minimal(Workbooks.Row(1, "a", "b"));
        using var padded = Workbooks.Rewrite(plain, "[Content_Types].xml", x => x + new string(' ', 4000));
        long declared = 0, total = 0;
        using (var zip = new ZipArchive(padded, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                declared += e.FullName.EndsWith(".rels", StringComparison.Ordinal) || e.FullName == "[Content_Types].xml" ? e.Length : 0;
            }
        }

        padded.Position = 0;
        var tight = new List<Diagnostic>();
        Workbooks.Records(padded, tight, new ImportOptions { MaxBytes = declared - 1 }).Should().BeEmpty();
        tight.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);

        padded.Position = 0;
        var exact = new List<Diagnostic>();
        Workbooks.Records(padded, exact, new ImportOptions { MaxBytes = total }).Select(r => r.Line).Should().Equal(1);
        exact.Should().BeEmpty();
    }

    [Test]
    public async Task ReadAsync_SeekableStream_IsNotCopied_SoOnlyItsXmlCountsAgainstMaxBytes()
    {
        // The parts stored without compression: the zip (their bytes and its headers) is larger than their XML.
        using var compressed = Workbooks.Minimal(Workbooks.Row(1, "a", "b"));
        var stream = new MemoryStream();
        long total = 0;
        using (var from = new ZipArchive(compressed, ZipArchiveMode.Read))
        using (var to = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in from.Entries)
            {
                total += e.Length;
                using var r = e.Open();
                using var w = to.CreateEntry(e.FullName, CompressionLevel.NoCompression).Open();
                r.CopyTo(w);
            }
        }

        stream.Length.Should().BeGreaterThan(total, "the zip of small parts is larger than their XML (the premise of this test)");
        stream.Position = 0;
        using var source = new XlsxTableSource(stream, new ImportOptions { MaxBytes = total });
        var diagnostics = new List<Diagnostic>();

        (await source.ReadAsync(diagnostics)).Should().BeTrue();

        source.Cells.Should().Equal("a", "b");
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void ReadEach_WithoutACallback_IsAnArgumentError()
    {
        using var stream = Workbooks.Minimal(Workbooks.Row(1, "a", "b"));

        FluentActions.Invoking(() => WorkbookReader.ReadEach(stream, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void WorksheetPastMaxBytes_IsOnlyWS100()
    {
        var sheet = new StringBuilder();
        for (var r = 1; r <= 400; r++)
        {
            sheet.Append(Workbooks.Row(r, "name" + r, "1"));
        }

        using var stream = Workbooks.Minimal(sheet.ToString());
        var diagnostics = new List<Diagnostic>();

        Workbooks.Records(stream, diagnostics, new ImportOptions { MaxBytes = 8000 });

        diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
    }

    [Test]
    public void BrokenWorksheet_IsReportedOnce_AndReadingStops()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b") + "<row r=\"2\"><c r=\"A2\"><v>1</v></x></row>"));
        var diagnostics = new List<Diagnostic>();

        source.Read(diagnostics).Should().BeTrue();
        source.Read(diagnostics).Should().BeFalse();
        source.Read(diagnostics).Should().BeFalse();

        diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.MalformedRecord);
    }

    [TestCase(new byte[] { 0x50, 0x4B })]
    [TestCase(new byte[0])]
    public void FileShorterThanAZipSignature_IsWS116NotAZip(byte[] bytes)
    {
        var diagnostics = new List<Diagnostic>();

        using var source = new XlsxTableSource(new MemoryStream(bytes));

        source.Read(diagnostics).Should().BeFalse();
        source.Read(diagnostics).Should().BeFalse();

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("The file is not a readable .xlsx workbook: it is not a zip package (an .xlsx file starts with the bytes PK).");
    }

    [Test]
    public void AfterTheLastRow_ReadStaysFalse()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b")));
        var diagnostics = new List<Diagnostic>();

        source.Read(diagnostics).Should().BeTrue();
        source.Read(diagnostics).Should().BeFalse();
        source.Read(diagnostics).Should().BeFalse();
        source.Cells.Should().BeEmpty();
    }

    [Test]
    public void AfterDispose_ReadIsFalse()
    {
        var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b") + Workbooks.Row(2, "c", "d")));
        var diagnostics = new List<Diagnostic>();
        source.Read(diagnostics).Should().BeTrue();

        source.Dispose();

        source.Read(diagnostics).Should().BeFalse();
        var unread = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b")));
        unread.Dispose();
        unread.Read(diagnostics).Should().BeFalse();
    }

    [Test]
    public void CellReference_BeforeTheFirstRead_HasNoSheet()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a")));

        source.CellReference(0).Should().Be("A0");
    }

    [Test]
    public void NullDiagnostics_IsAnArgumentError_EvenForAGoodWorkbook()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b")));

        FluentActions.Invoking(() => source.Read(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Awaiting(async () => await source.ReadAsync(null!)).Should().ThrowAsync<ArgumentNullException>().GetAwaiter().GetResult();
    }

    [Test]
    public async Task ReadAsync_CancelledToken_Throws()
    {
        using var source = new XlsxTableSource(Workbooks.Minimal(Workbooks.Row(1, "a", "b")));

        await FluentActions.Awaiting(async () => await source.ReadAsync([], new CancellationToken(true))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public void WorkbookFile_IsClosedWhenTheSourceIsDisposed()
    {
        var path = Path.Combine(Path.GetTempPath(), "ws-edge-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                Workbooks.Minimal(Workbooks.Row(1, "a", "b")).CopyTo(file);
            }

            var source = new XlsxTableSource(path);
            source.Read([]).Should().BeTrue();
            source.Dispose();

            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            exclusive.CanWrite.Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Legacy .xls ------------------------------------------------------------------------------------------------

    [Test]
    public void Xls_PlainTable_HasNoDiagnosticsAtAll()
    {
        WorkbookReader.Read(Workbooks.Data("2023-11.xls")).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Xls_CellReference_NamesTheQuotedSheet()
    {
        using var source = new XlsxTableSource(Workbooks.Data("2023-11.xls"));

        source.Read([]).Should().BeTrue();

        source.Line.Should().Be(1);
        source.CellReference(1).Should().Be("'2023-11'!B1");
    }

    [Test]
    public void Xls_TitleRow_IsOnlyItsOneCell()
    {
        using var source = new XlsxTableSource(Workbooks.Data("2023-11-title.xls"));

        source.Read([]).Should().BeTrue();

        source.Cells.Should().Equal("2023年11月省政务服务大厅进驻部门（单位）窗口考核结果");
    }

    [Test]
    public void Xls_EveryRecordIsRead_ThenReadStaysFalse()
    {
        using var source = new XlsxTableSource(Workbooks.Data("2023-11.xls"));
        var lines = new List<int>();
        while (source.Read([]) && lines.Count < 1000)
        {
            lines.Add(source.Line);
        }

        lines.Should().Equal(Enumerable.Range(1, 31).Where(l => l != 22)); // samples/data/2023-11.tsv: the header, 29 rows, an empty line 22
        source.Read([]).Should().BeFalse();
    }

    [Test]
    public void Xls_RowWiderThanMaxColumns_IsItsCountOfBlankCells_AsInAnXlsx()
    {
        using var source = new XlsxTableSource(Workbooks.Data("2023-11.xls"), new ImportOptions { MaxColumns = 3 });

        source.Read([]).Should().BeTrue();

        source.Cells.Should().Equal("", "", "", "", "", "");
    }

    [Test]
    public void Xls_MissingSheet_ReadsNothing_EvenWhenAskedAgain()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Workbooks.Data("2023-11.xls")));
        using var source = new XlsTableSource(stream, ImportOptions.Default, "Sheet9");
        var diagnostics = new List<Diagnostic>();

        source.Read(diagnostics).Should().BeFalse();
        source.Read(diagnostics).Should().BeFalse();

        diagnostics.Select(d => d.Code).Should().Equal(OpenXmlDiagnosticCodes.SheetNotFound);
        WorkbookReader.Read(Workbooks.Data("2023-11.xls"), sheetName: "Sheet9").Rows.Should().BeEmpty();
    }

    [Test]
    public void Xls_StreamPassedIn_IsLeftOpen_AndNullDiagnosticsIsAnArgumentError()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Workbooks.Data("2023-11.xls")));
        using (var source = new XlsTableSource(stream, ImportOptions.Default, null))
        {
            source.CellReference(0).Should().Be("A0");
            FluentActions.Invoking(() => source.Read(null!)).Should().Throw<ArgumentNullException>();
            source.Read([]).Should().BeTrue();
        }

        stream.CanRead.Should().BeTrue();
    }

    [Test]
    public void Xls_AfterDispose_ReadIsFalse()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Workbooks.Data("2023-11.xls")));
        var source = new XlsTableSource(stream, ImportOptions.Default, null);
        source.Read([]).Should().BeTrue();

        source.Dispose();

        source.Read([]).Should().BeFalse();
    }

    [Test]
    public void Xls_DamagedAtOpen_IsWS116WithoutALine()
    {
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xls"));
        var damaged = bytes[..600].Concat(new byte[3000]).ToArray();

        var result = WorkbookReader.Read(new MemoryStream(damaged));

        result.Errors.Should().ContainSingle().Which.Line.Should().BeNull();
    }
}
