using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// What a clerk sees when the written workbook or document is opened or printed (issue #26: mutation testing found none of
/// it tested): the title merged above the table, bold headers repeated on every page, ranks centred, figures right-aligned
/// in the scheme's decimals, names left-aligned, borders, column widths, A4.
/// </summary>
public sealed class WriterLayoutTests
{
    private static RankedTable Table(int? decimals = null, bool titled = true) => new ScoringEngine(new ScoringScheme { DisplayDecimals = decimals }).Rank(
        [
            new Assessment(new Department("C1", "省发展和改革委员会（省粮食和物资储备局）"), 100m, 0m, 20m),
            new Assessment(new Department("C2", "教育厅"), 100m, 0.5m, 14.5m),
        ],
        titled ? AssessmentPeriod.Month(2023, 11) : null,
        titled ? "2023年11月窗口考核结果" : null);

    private static SpreadsheetDocument Xlsx(RankedTable table)
    {
        var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    // The look of a cell: horizontal alignment, bold, thin border, the number format's code ("General" for none).
    private static (string Align, bool Bold, bool Border, string Format) Look(SpreadsheetDocument xlsx, string reference)
    {
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cell = sheet.Descendants<X.Cell>().Single(c => c.CellReference == reference);
        var styles = xlsx.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<X.CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var font = styles.Fonts!.Elements<X.Font>().ElementAt((int)format.FontId!.Value);
        var border = styles.Borders!.Elements<X.Border>().ElementAt((int)format.BorderId!.Value);
        var id = format.NumberFormatId?.Value ?? 0;
        var code = id switch
        {
            0 => "General",
            1 => "0",
            2 => "0.00",
            _ => styles.NumberingFormats!.Elements<X.NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!,
        };
        return (format.Alignment?.Horizontal?.ToString() ?? "general", font.Bold is not null, border.LeftBorder?.Style?.Value == X.BorderStyleValues.Thin, code);
    }

    [TestCase(null, "General")]
    [TestCase(0, "0")]
    [TestCase(2, "0.00")]
    [TestCase(1, "0.0")]
    public void Xlsx_CellsLook_AsAPrintedTable(int? decimals, string numberFormat)
    {
        using var xlsx = Xlsx(Table(decimals));

        Look(xlsx, "A1").Should().Be(("center", true, false, "General"));          // the title
        Look(xlsx, "A2").Should().Be(("center", true, true, "General"));           // 序号
        Look(xlsx, "F2").Should().Be(("center", true, true, "General"));           // 实得分值
        Look(xlsx, "A3").Should().Be(("center", false, true, "General"));          // a rank
        Look(xlsx, "B3").Should().Be(("left", false, true, "General"));            // a name
        Look(xlsx, "C3").Should().Be(("right", false, true, numberFormat));        // 基础分
        Look(xlsx, "F4").Should().Be(("right", false, true, numberFormat));        // 实得分值
        var stylesheet = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        stylesheet.Fonts!.Elements<X.Font>().Select(f => f.FontSize!.Val!.Value).Should().Equal(11d, 11d, 16d);
        stylesheet.Fills!.Elements<X.Fill>().Select(f => f.PatternFill!.PatternType!.Value).Should().Equal(X.PatternValues.None, X.PatternValues.Gray125);
        stylesheet.CellFormats!.Elements<X.CellFormat>().ElementAt(2).Alignment!.WrapText!.Value.Should().BeTrue(); // headers wrap
    }

    [Test]
    public void Xlsx_TitleMergedAcrossTheTable_HeaderRowRepeatedOnEveryPage_A4FitToWidth()
    {
        using var xlsx = Xlsx(Table());
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;

        sheet.Descendants<X.MergeCell>().Single().Reference!.Value.Should().Be("A1:F1");
        sheet.Descendants<X.Row>().First().Height!.Value.Should().Be(30);
        sheet.Descendants<X.Row>().First().Elements<X.Cell>().Select(c => c.CellReference!.Value).Should().Equal("A1", "B1", "C1", "D1", "E1", "F1");
        sheet.Descendants<X.SheetDimension>().Single().Reference!.Value.Should().Be("A1:F4");
        xlsx.WorkbookPart.Workbook.Descendants<X.DefinedName>().Single().Text.Should().Be("考核结果!$2:$2");
        sheet.Descendants<X.PageSetupProperties>().Single().FitToPage!.Value.Should().BeTrue();
        sheet.Descendants<X.PrintOptions>().Single().HorizontalCentered!.Value.Should().BeTrue();
        var page = sheet.Descendants<X.PageSetup>().Single();
        (page.PaperSize!.Value, page.FitToWidth!.Value, page.FitToHeight!.Value).Should().Be((9u, 1u, 0u));
    }

    [Test]
    public void Xlsx_WithoutATitle_TheHeaderIsRowOne()
    {
        using var xlsx = Xlsx(Table(titled: false));
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;

        sheet.Descendants<X.MergeCell>().Should().BeEmpty();
        sheet.Descendants<X.Row>().Select(r => r.RowIndex!.Value).Should().Equal(1u, 2u, 3u);
        xlsx.WorkbookPart.Workbook.Descendants<X.DefinedName>().Single().Text.Should().Be("考核结果!$1:$1");
    }

    [Test]
    public void Xlsx_Groups_ABlankRowBetweenBlocks_TheFirstHeaderRepeatedOnEveryPage()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Group = "省直" }, new Assessment(new Department("C2", "乙"), 99m, 0m, 0m) { Group = "县" }],
            AssessmentPeriod.Month(2023, 11));
        using var xlsx = Xlsx(table);
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;

        // Title 1; block one: header 2, 甲 3; blank 4; block two: header 5, 乙 6.
        sheet.Descendants<X.Row>().Select(r => r.RowIndex!.Value).Should().Equal(1u, 2u, 3u, 5u, 6u);
        xlsx.WorkbookPart.Workbook.Descendants<X.DefinedName>().Single().Text.Should().Be("考核结果!$2:$2");
    }

    [Test]
    public void Xlsx_ColumnWidths_FollowTheWidestCell_CjkCountedTwice_Between6And60()
    {
        var table = ScoringEngine.Default.Rank(
        [
            new Assessment(new Department("C1", new string('长', 40)), 100m, 0m, 0m), // 80 units: cut to 60
            new Assessment(new Department("C2", "教育厅"), 100m, 0m, 14.5m),
        ]);
        using var xlsx = Xlsx(table);

        var widths = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<X.Column>().Select(c => c.Width!.Value).ToArray();

        // 序号: "序号" is 4 units, ranks 1 unit: 4 + 2. 部门窗口: 60. 基础分 分值: 2·3 + 1 + 2·2 = 11, + 2. 减分 分值: 9 + 2.
        // 加分分值: 8 + 2. 实得分值: 8 + 2.
        widths.Should().Equal(6d, 60d, 13d, 11d, 10d, 10d);
        xlsx.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<X.Column>().Should().OnlyContain(c => c.CustomWidth! == true);
    }

    [Test]
    public void Docx_TableLooks_AsAPrintedTable()
    {
        var stream = new MemoryStream();
        DocxTableWriter.Default.Write(Table(2), stream);
        stream.Position = 0;
        using var docx = WordprocessingDocument.Open(stream, false);
        var body = docx.MainDocumentPart!.Document.Body!;

        var title = body.Elements<W.Paragraph>().First();
        title.InnerText.Should().Be("2023年11月窗口考核结果");
        title.Descendants<W.Justification>().Single().Val!.Value.Should().Be(W.JustificationValues.Center);
        title.Descendants<W.Bold>().Should().ContainSingle();
        title.Descendants<W.FontSize>().Single().Val!.Value.Should().Be("32");

        var table = body.Elements<W.Table>().Single();
        table.Descendants<W.TableWidth>().Single().Width!.Value.Should().Be("5000");
        table.Descendants<W.GridColumn>().Select(g => g.Width!.Value).Should().Equal("1300", "3200", "1300", "1300", "1300", "1300");
        var rows = table.Elements<W.TableRow>().ToArray();
        rows[0].Descendants<W.TableHeader>().Should().ContainSingle(); // repeated on every page
        rows[0].Descendants<W.Bold>().Should().HaveCount(6);
        rows[1].Descendants<W.CantSplit>().Should().ContainSingle();
        rows[1].Descendants<W.Bold>().Should().BeEmpty();
        rows[1].Elements<W.TableCell>().Select(c => c.Descendants<W.Justification>().Single().Val!.Value).Should().Equal(
            W.JustificationValues.Center, W.JustificationValues.Left, W.JustificationValues.Right, W.JustificationValues.Right, W.JustificationValues.Right, W.JustificationValues.Right);
        rows[2].Elements<W.TableCell>().Select(c => c.InnerText).Should().Equal("2", "教育厅", "100.00", "-0.50", "14.50", "114.00");
        var fonts = rows[1].Descendants<W.RunFonts>().First(); // 宋体 (SimSun), the published tables' typeface, as in the workbook
        (fonts.EastAsia!.Value, fonts.Ascii!.Value, fonts.HighAnsi!.Value).Should().Be(("宋体", "宋体", "宋体"));
        rows[1].Descendants<W.SpacingBetweenLines>().First().After!.Value.Should().Be("0");
        var page = body.Elements<W.SectionProperties>().Single();
        (page.GetFirstChild<W.PageSize>()!.Width!.Value, page.GetFirstChild<W.PageSize>()!.Height!.Value).Should().Be((11906u, 16838u));
        page.GetFirstChild<W.PageMargin>()!.Left!.Value.Should().Be(1134u);
    }

    [Test]
    public void Docx_NoteWithALineBreak_IsABreakInTheRun()
    {
        var table = ScoringEngine.Default.Rank([], notAssessed: [new NotAssessedEntry(new Department("C1", "甲"), "新进驻\r\n三月起")]);
        var stream = new MemoryStream();
        DocxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        using var docx = WordprocessingDocument.Open(stream, false);

        var note = docx.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().ElementAt(1).Elements<W.TableCell>().Last();

        note.Descendants<W.Text>().Select(t => t.Text).Should().Equal("新进驻", "三月起");
        note.Descendants<W.Break>().Should().ContainSingle();
    }
}
