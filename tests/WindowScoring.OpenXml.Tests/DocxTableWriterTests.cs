using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WindowScoring.OpenXml.Tests;

public class DocxTableWriterTests
{
    [Test]
    public void Write_Seed_TitleBorderedTableHeaderAnd29Rows_BlankRankOnATie()
    {
        var ranked = ScoringEngine.Default.Rank(Workbooks.SeedRows().ToTable());
        using var stream = new MemoryStream();

        DocxTableWriter.Default.Write(ranked, stream);

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        body.Elements<Paragraph>().First().InnerText.Should().Be("2023年11月窗口考核结果");
        var table = body.Elements<Table>().Single();
        table.GetFirstChild<TableProperties>()!.TableBorders!.InsideHorizontalBorder!.Val!.Value.Should().Be(BorderValues.Single);
        var rows = table.Elements<TableRow>().ToList();
        rows.Should().HaveCount(1 + 29);
        rows[0].Elements<TableCell>().Select(c => c.InnerText).Should().Equal("序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值");
        rows[1].Elements<TableCell>().Select(c => c.InnerText).Should().Equal("1", "自然资源厅", "100", "0", "20", "120");
        rows[2].Elements<TableCell>().First().InnerText.Should().BeEmpty("交通运输厅 ties with 自然资源厅");
        rows[28].Elements<TableCell>().Select(c => c.InnerText).Should().Equal("28", "四川测绘局", "100", "-12.5", "0", "87.5");
    }

    [Test]
    public void Write_File_IsAWordDocument()
    {
        var ranked = ScoringEngine.Default.Rank(Workbooks.SeedRows().ToTable());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            DocxTableWriter.Default.Write(ranked, path);

            using var document = WordprocessingDocument.Open(path, false);
            document.MainDocumentPart!.Document.Body!.Elements<Table>().Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
