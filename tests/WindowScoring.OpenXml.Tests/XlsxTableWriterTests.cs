using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WindowScoring.OpenXml.Tests;

public class XlsxTableWriterTests
{
    private static RankedTable RankedSeed() => ScoringEngine.Default.Rank(Workbooks.SeedRows().ToTable());

    private static MemoryStream Written(RankedTable table)
    {
        var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        return stream;
    }

    [Test]
    public void Write_Seed_ReadsBackToTheSameAssessmentsAndPrintedRanks()
    {
        var ranked = RankedSeed();

        var result = WorkbookReader.Read(Written(ranked));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        result.Rows.Select(r => r.Assessment).Should().Equal(ranked.Rows.Select(r => r.Assessment));
        result.Rows.Select(r => r.PrintedRank).Should().Equal(ranked.Rows.Select(r => r.PrintedRank));
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
    }

    [Test]
    public void Write_Seed_HasTheMergedTitleTheHeaderNumbersAsNumbersAndPrintTitles()
    {
        var ranked = RankedSeed();
        using var stream = Written(ranked);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty;

        Text(rows[0].Elements<Cell>().First()).Should().Be("2023年11月窗口考核结果");
        sheet.Descendants<MergeCell>().Single().Reference!.Value.Should().Be("A1:F1");
        rows[1].Elements<Cell>().Select(Text).Should().Equal("序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值");
        rows.Should().HaveCount(2 + 29);
        var third = rows[4].Elements<Cell>().ToList(); // 省市场监管局 100 0 14.5 114.5
        third[5].DataType.Should().BeNull(); // a number
        third[5].CellValue!.Text.Should().Be("114.5");
        rows[3].Elements<Cell>().First().CellValue.Should().BeNull("the tied row's 序号 is empty");
        sheet.Descendants<CellFormula>().Should().BeEmpty();
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        workbook.Workbook.Descendants<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles").Text.Should().Be("考核结果!$2:$2");
        var setup = sheet.Elements<PageSetup>().Single();
        setup.PaperSize!.Value.Should().Be(9u);
        sheet.Descendants<Column>().ElementAt(1).Width!.Value.Should().BeGreaterThan(20);
    }

    [Test]
    public void Write_DisplayDecimals_IsANumberFormatOnExactNumbers()
    {
        var engine = new ScoringEngine(new ScoringScheme { DisplayDecimals = 2 });
        var ranked = engine.Rank(new[] { new Assessment(Department.FromName("民政厅"), 100m, 0.125m, 5m) }, AssessmentPeriod.Month(2023, 11));

        using var stream = Written(ranked);
        using var document = SpreadsheetDocument.Open(stream, false);

        var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Last().Elements<Cell>().ElementAt(5);
        cell.CellValue!.Text.Should().Be("104.875");
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        format.NumberFormatId!.Value.Should().Be(2u); // 0.00
    }

    [TestCase("=HYPERLINK(\"http://x\")")]
    [TestCase("+1")]
    [TestCase("-2")]
    [TestCase("@SUM(A1)")]
    [TestCase("＝１")]
    [TestCase("a_x0041_b")]
    public void Write_FormulaLikeName_IsATextCellAndReadsBack(string name)
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName(name), 100m, 0m, 1m), new Assessment(Department.FromName("民政厅"), 100m, 0m, 2m)]);

        using var stream = Written(ranked);
        var result = WorkbookReader.Read(stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);

        document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>().Should().BeEmpty();
        result.Rows.Select(r => r.Department.Name).Should().Contain(Department.FromName(name).Name);
    }

    [Test]
    public void Write_NotAssessedAndGroups_ReadBackEqual()
    {
        // Groups and not-assessed departments as a host's records give them (a not-assessed group is only set by readers).
        string[][] records =
        [
            ["部门窗口", "分组", "基础分", "减分", "加分", "实得分值", "备注"],
            ["成都市", "市（州）", "100", "1", "3", "102", ""],
            ["绵阳市", "市（州）", "100", "0", "3", "103", ""],
            ["雅安市", "市（州）", "", "", "", "不参与考核", "新进驻"],
            ["武侯区", "区（县）", "100", "0.5", "0", "99.5", ""],
            ["青羊区", "区（县）", "", "", "", "不参与考核", ""],
        ];
        using var source = new Import.CellTableSource(records);
        var assessments = Import.AssessmentTableReader.Default.Read(source).EnsureSuccess().ToTable();
        var ranked = ScoringEngine.Default.Rank(assessments);

        var result = WorkbookReader.Read(Written(ranked));

        result.Errors.Should().BeEmpty();
        var back = result.ToTable();
        back.Assessments.Should().BeEquivalentTo(assessments.Assessments);
        back.NotAssessed.Should().Equal(assessments.NotAssessed);
        back.NotAssessed.Select(n => n.Reason).Should().Equal("新进驻", null);
        result.Rows.Select(r => r.Assessment?.Group ?? r.NotAssessed?.Group).Distinct().Should().Equal("市（州）", "区（县）");
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.RepeatedHeader);
    }

    [Test]
    public void Write_ExtraColumns_ReadBackOnTheAssessments()
    {
        string[][] records =
        [
            ["部门窗口", "基础分", "减分", "加分", "实得分值", "办件量", "分组"],
            ["成都市", "100", "1", "3", "102", "1200", "市"],
            ["雅安市", "", "", "", "不参与考核", "", "市"],
            ["武侯区", "100", "0.5", "0", "99.5", "75", "区"],
        ];
        using var source = new Import.CellTableSource(records);
        var assessments = Import.AssessmentTableReader.Default.Read(source).EnsureSuccess().ToTable();

        var result = WorkbookReader.Read(Written(ScoringEngine.Default.Rank(assessments)));

        result.Errors.Should().BeEmpty();
        result.Rows.Single(r => r.Department.Name == "成都市").Assessment!.Extras
            .Should().Equal([new KeyValuePair<string, string>("办件量", "1200")]);
        result.Rows.Where(r => r.Assessment is not null).Select(r => r.Assessment).Should().BeEquivalentTo(assessments.Assessments);
        result.Rows.Where(r => r.NotAssessed is not null).Select(r => r.NotAssessed).Should().BeEquivalentTo(assessments.NotAssessed);
    }

    [Test]
    public void Docx_ExtraColumns_ArePrinted()
    {
        var a = new Assessment(Department.FromName("成都市"), 100m, 1m, 3m) { Extras = [new("办件量", "1200")] };
        using var stream = new MemoryStream();
        DocxTableWriter.Default.Write(ScoringEngine.Default.Rank([a]), stream);
        stream.Position = 0;

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain("办件量").And.Contain("1200");
    }

    [Test]
    public void Xlsx_LimitsThatChangedATotal_NoteInChinese_ReadBackAsTheNote()
    {
        var table = new ScoringEngine(new ScoringScheme { BonusCap = 20m, TotalCap = 110m, TotalFloor = 60m }).Rank(
            [new Assessment(Department.FromName("甲"), 100m, 0m, 30m), new Assessment(Department.FromName("乙"), 100m, 50m, 0m), new Assessment(Department.FromName("丙"), 100m, 0m, 1m)]);
        using var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;

        var read = WorkbookReader.Read(stream);

        read.Rows.Select(r => r.Extras.SingleOrDefault(e => e.Key == "备注").Value).Should().Equal("加分封顶，总分封顶", null, "总分保底"); // rank order: 甲 110, 丙 101, 乙 60
    }
}
