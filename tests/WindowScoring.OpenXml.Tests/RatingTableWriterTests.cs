using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using WindowScoring.Export;
using WindowScoring.Ratings;

namespace WindowScoring.OpenXml.Tests;

/// <summary>The month's 好差评 table as .xlsx and .docx: the title, then the cells of the published report layout, row for row.</summary>
public sealed class RatingTableWriterTests
{
    private static RatingTable September()
    {
        var read = RatingReader.Default.Read(Path.Combine(AppContext.BaseDirectory, "SampleData", "ratings-2025-09.csv"));
        read.Errors.Should().BeEmpty();
        return RatingTally.Tabulate(read.Ratings, AssessmentPeriod.Month(2025, 9));
    }

    // The published layout's cells (the core's report writer), one array a line: header first.
    private static string[][] ReportCells(RatingTable table) =>
        ReportTableWriter.Default.ToText(table).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    private static List<string[]> Records(Stream workbook)
    {
        using var source = new XlsxTableSource(workbook);
        var diagnostics = new List<Diagnostic>();
        var records = new List<string[]>();
        while (source.Read(diagnostics))
        {
            records.Add([.. source.Cells]);
        }

        diagnostics.Should().BeEmpty();
        return records;
    }

    [Test]
    public void Xlsx_September_TitleThenTheReportLayoutsCells()
    {
        var table = September();
        using var stream = new MemoryStream();

        XlsxTableWriter.Default.Write(table, stream);

        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        }

        stream.Position = 0;
        var records = Records(stream);
        records[0].Should().Equal("2025年9月好差评统计");
        records.Skip(1).Should().BeEquivalentTo(ReportCells(table), o => o.WithStrictOrdering());
        records.Should().HaveCount(1 + 1 + table.Rows.Count);
    }

    [Test]
    public async Task Docx_September_TitleThenOneTableOfTheReportLayoutsCells_AsyncTheSameBytesAsSync()
    {
        var table = September();
        using var stream = new MemoryStream();
        using var asynchronous = new MemoryStream();

        DocxTableWriter.Default.Write(table, stream);
        await DocxTableWriter.Default.WriteAsync(table, asynchronous);

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        body.Elements<W.Paragraph>().First().InnerText.Should().Be("2025年9月好差评统计");
        var rows = body.Elements<W.Table>().Single().Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        rows.Should().BeEquivalentTo(ReportCells(table), o => o.WithStrictOrdering());
        Unzipped(asynchronous).Should().Equal(Unzipped(stream));
    }

    [Test]
    public void Xlsx_NameLongerThanACell_ThrowsNamingTheLength_AndLeavesTheFileAsItWas()
    {
        var csv = "评价编号,评价时间,部门,评价等级\n1,2025-09-03," + new string('长', 32_768) + ",非常满意\n";
        var read = RatingReader.Default.Read(new StringReader(csv), new Import.ImportOptions { MaxFieldLength = 40_000 });
        var table = RatingTally.Tabulate(read.Ratings, AssessmentPeriod.Month(2025, 9));
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllText(path, "last month");
        try
        {
            var write = () => XlsxTableWriter.Default.Write(table, path);

            write.Should().Throw<ArgumentException>().WithMessage("*32768 characters long, more than the 32767*");
            File.ReadAllText(path).Should().Be("last month");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The parts of a package, uncompressed (the zip's own timestamps aside).
    private static string[] Unzipped(Stream package)
    {
        package.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Where(e => !e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .Select(e => { using var r = new StreamReader(e.Open()); return e.FullName + ":" + r.ReadToEnd(); }).ToArray();
    }
}
