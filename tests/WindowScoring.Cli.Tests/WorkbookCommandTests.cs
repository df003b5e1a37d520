using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>
/// Excel and Word in the command line: workbooks read by content (<c>rank</c>, <c>audit</c>, <c>--sheet</c>) and written by
/// <c>convert --to xlsx|docx --output</c>. The workbooks read here were made by LibreOffice Calc, not by our writer.
/// </summary>
[TestFixture]
public sealed class WorkbookCommandTests
{
    private string _temp = null!;

    [SetUp]
    public void MakeTempFolder() => Directory.CreateDirectory(_temp = Path.Combine(Path.GetTempPath(), "windowscoring-cli-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveTempFolder() => Directory.Delete(_temp, recursive: true);

    private static string Workbook(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Workbooks", name);

    // The table part of rank's output: what follows the title line (a workbook without a title row is titled by its file name).
    private static string Table(string output) => output[(output.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

    // A ratings export saved as a workbook: every cell of the CSV as text (inline strings), one sheet named after the month.
    private string RatingsWorkbook(string csvName)
    {
        var path = Path.Combine(_temp, Path.ChangeExtension(csvName, ".xlsx"));
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var line in File.ReadAllLines(SampleData(csvName)))
        {
            var row = new Row();
            foreach (var cell in line.Split(','))
            {
                row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell)) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "2025-09" }));
        return path;
    }

    [Test]
    public async Task Ratings_WorkbookExport_PrintsTheSameTableAsTheCsv_AndAssessTakesItToo()
    {
        string[] options = ["--period", "2025-09", "--scheme", SampleData("ratings-rules-guangxi.json"), "--calendar", SampleData("holidays-2025.txt")];
        var workbook = RatingsWorkbook("ratings-2025-09.csv");

        var csv = await RunAsync(["ratings", SampleData("ratings-2025-09.csv"), .. options]);
        var xlsx = await RunAsync(["ratings", workbook, .. options]);
        var assessCsv = await RunAsync("assess", "--scheme", SampleData("sichuan-scheme.json"), "--ratings", SampleData("ratings-2025-09.csv"), "--period", "2025-09", "--calendar", SampleData("holidays-2025.txt"));
        var assessXlsx = await RunAsync("assess", "--scheme", SampleData("sichuan-scheme.json"), "--ratings", workbook, "--period", "2025-09", "--calendar", SampleData("holidays-2025.txt"));

        csv.Output.Should().Contain("2\t教育厅\t6\t3\t1\t1\t1\t0\t83.33%\t1"); // the sample's own figures (CommandLineTests)
        xlsx.Output.Should().Be(csv.Output);
        xlsx.ExitCode.Should().Be(csv.ExitCode);
        xlsx.Error.Should().Contain("WS805"); // the sample's rating of October, named by its cell in the workbook
        assessXlsx.Output.Should().Be(assessCsv.Output).And.Contain("教育厅");
        assessXlsx.ExitCode.Should().Be(assessCsv.ExitCode);
    }

    [TestCase("2023-11.xlsx")]
    [TestCase("2023-11-formulas.xlsx")]
    [TestCase("2023-11-text.xlsx")]
    [TestCase("2023-11-title.xlsx")]
    [TestCase("2023-11.xls")]
    [TestCase("2023-11-title.xls")]
    public async Task Rank_LibreOfficeWorkbook_PrintsTheSameTableAsTheTsv(string name)
    {
        var tsv = await RunAsync("rank", SampleData("2023-11.tsv"));

        var xlsx = await RunAsync("rank", Workbook(name));

        xlsx.ExitCode.Should().Be(0, xlsx.Error);
        xlsx.Error.Should().BeEmpty();
        Table(xlsx.Output).Should().Be(Table(tsv.Output)).And.Contain("1\t自然资源厅\t100\t0\t20\t120\n\t交通运输厅\t100\t0\t20\t120\n");
    }

    [Test]
    public async Task Rank_WorkbookUnderAnotherExtension_IsReadByItsContent()
    {
        var renamed = Path.Combine(_temp, "november.dat");
        File.Copy(Workbook("2023-11.xlsx"), renamed);

        var run = await RunAsync("rank", renamed);

        run.ExitCode.Should().Be(0, run.Error);
        Table(run.Output).Should().Be(Table((await RunAsync("rank", SampleData("2023-11.tsv"))).Output));
    }

    [Test]
    public async Task Rank_SheetOption_NamesTheWorksheet_AndAMissingOneIsWS602_Exit1()
    {
        var named = await RunAsync("rank", Workbook("2023-11.xlsx"), "--sheet", "2023-11");
        var missing = await RunAsync("rank", Workbook("2023-11.xlsx"), "--sheet", "汇总", "--culture", "en");

        named.ExitCode.Should().Be(0, named.Error);
        missing.ExitCode.Should().Be(1);
        missing.Error.Should().Contain("2023-11.xlsx: WS602 error").And.Contain("汇总").And.Contain("2023-11");
        missing.Output.Should().BeEmpty();
    }

    [Test]
    public async Task Audit_Workbook_IsConsistent_Exit0()
    {
        var run = await RunAsync("audit", Workbook("2023-11-title.xlsx"));

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("29 rows checked, 0 findings");
    }

    [Test]
    public async Task Convert_ToXlsx_ThenRankOfTheWorkbook_PrintsWhatRankOfTheTsvPrints()
    {
        var workbook = Path.Combine(_temp, "published.xlsx");

        var convert = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", "xlsx", "--output", workbook);
        var fromWorkbook = await RunAsync("rank", workbook);
        var fromTsv = await RunAsync("rank", SampleData("2023-11.tsv"));

        convert.ExitCode.Should().Be(0, convert.Error);
        convert.Output.Should().BeEmpty();
        fromWorkbook.ExitCode.Should().Be(0, fromWorkbook.Error);
        fromWorkbook.Output.Should().Be(fromTsv.Output, "the title row, every rank (blank on ties) and every figure survive the round trip");
    }

    [Test]
    public async Task Convert_ToDocx_WithOutput_WritesAWordPackage()
    {
        var document = Path.Combine(_temp, "周报附件.docx");

        var run = await RunAsync("convert", Workbook("2023-11.xlsx"), "--to", "docx", "--output", document);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        var bytes = File.ReadAllBytes(document);
        bytes.Take(4).Should().Equal(0x50, 0x4B, 0x03, 0x04);
        System.Text.Encoding.ASCII.GetString(bytes).Should().Contain("word/document.xml");
    }

    [TestCase("xlsx")]
    [TestCase("docx")]
    public async Task Convert_BinaryFormatWithoutOutput_IsRefusedBeforeReading_Exit2(string format)
    {
        var run = await RunAsync("convert", Path.Combine(_temp, "not-read.tsv"), "--to", format);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty("nothing binary reaches standard output");
        run.Error.Should().Contain($"error: convert --to {format} writes a binary file: give --output <file>")
            .And.NotContain("not-read.tsv", "the file is not opened");
    }

    [Test]
    public async Task Help_OfConvert_ListsTheExcelAndWordFormats_AndTheSheetOption()
    {
        var convert = await RunAsync("convert", "--help");
        var rank = await RunAsync("rank", "--help");

        convert.ExitCode.Should().Be(0);
        convert.Output.Should().Contain("--to <csv|markdown|report|xlsx|docx>").And.Contain("xlsx and docx need --output").And.Contain("--sheet <name>");
        rank.Output.Should().Contain(".xlsx workbook").And.Contain("--sheet <name>");
    }
}
