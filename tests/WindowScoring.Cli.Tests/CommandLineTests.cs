using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>The command-line sample as a user meets it: output, messages and exit codes of the built program.</summary>
[TestFixture]
public sealed partial class CommandLineTests
{
    private string _temp = null!;

    [SetUp]
    public void MakeTempFolder() => Directory.CreateDirectory(_temp = Path.Combine(Path.GetTempPath(), "windowscoring-cli-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveTempFolder() => Directory.Delete(_temp, recursive: true);

    [Test]
    public async Task NoArguments_PrintsTheNovember2023TableExactlyAsBefore()
    {
        var run = await RunAsync();

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "november-2023.txt"), Encoding.UTF8));
    }

    [Test]
    public async Task Ratings_PrintsTheMonthsTableInThePublishedLayout()
    {
        var data = Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData");

        var run = await RunAsync("ratings", Path.Combine(data, "ratings-2025-09.csv"), "--period", "2025-09",
            "--scheme", Path.Combine(data, "ratings-rules-guangxi.json"), "--calendar", Path.Combine(data, "holidays-2025.txt"));

        run.ExitCode.Should().Be(1); // the sample's rating of October is an error of September's tally
        run.Error.Should().Contain("WS805");
        run.Output.Should().Contain("序号\t部门\t评价数\t非常满意\t满意\t基本满意\t不满意\t非常不满意\t满意率\t差评数")
            .And.Contain("2\t教育厅\t6\t3\t1\t1\t1\t0\t83.33%\t1").And.Contain("\t公安厅\t6\t1\t3\t1\t0\t1\t83.33%\t1");
    }

    [TestCase("--help")]
    [TestCase("rank", "--help")]
    [TestCase("audit", "-h")]
    [TestCase("convert", "--help")]
    [TestCase("history", "--help")]
    [TestCase("rank", "-?")]
    [TestCase("assess", "--help")]
    [TestCase("ratings", "--help")]
    public async Task Help_OnEveryCommand_GoesToStandardOutputWithTheExitCodes(params string[] args)
    {
        var run = await RunAsync(args);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("Usage:").And.Contain("Exit codes:").And.Contain("  2  usage error");
    }

    [Test]
    public async Task Help_OfHistory_ListsTheOptionsUsersAskedFor()
    {
        var run = await RunAsync("history", "--help");

        run.Output.Should().Contain("--period").And.Contain("--method <sum|average|weighted>").And.Contain("--encoding")
            .And.Contain("--format").And.Contain("--culture").And.Contain("--output");
    }

    [TestCase(new[] { "frobnicate" }, "unknown command 'frobnicate': expected one of rank, audit, convert, history")]
    [TestCase(new[] { "convert", "2023-11.tsv", "--to", "pdf" }, "unknown --to format 'pdf': expected csv, markdown, report, xlsx or docx")]
    [TestCase(new[] { "convert", "2023-11.tsv", "--to", "docx" }, "convert --to docx writes a binary file: give --output <file>")]
    [TestCase(new[] { "convert", "2023-11.tsv", "--to", "xlsx" }, "convert --to xlsx writes a binary file: give --output <file>")]
    [TestCase(new[] { "convert", "2023-11.tsv", "--to", "docx", "--output", "a.docx", "--output", "b.docx" }, "Option '--output' expects a single argument but 2 were provided")]
    [TestCase(new[] { "history", "2023-11.tsv", "--period", "2023-Q5" }, "malformed --period '2023-Q5': expected a month (2023-11), a quarter (2023-Q4)")]
    [TestCase(new[] { "history", "2023-11.tsv", "--period", "2023-Q4", "--method", "median" }, "unknown --method 'median': expected sum, average or weighted")]
    [TestCase(new[] { "rank", "2023-11.tsv", "--encoding", "klingon" }, "unknown --encoding 'klingon'")]
    [TestCase(new[] { "rank", "2023-11.tsv", "--culture", "xx-notreal" }, "unknown --culture 'xx-notreal'")]
    [TestCase(new[] { "rank", "2023-11.tsv", "--format", "xml" }, "unknown --format 'xml': expected auto, delimited or report-text")]
    [TestCase(new[] { "history", "2023-11.tsv", "--period", "2023", "--alias", "省林业厅" }, "malformed --alias '省林业厅': expected former=current")]
    [TestCase(new[] { "history", "2023-11.tsv", "--period", "2023", "--round", "abc" }, "malformed --round 'abc': expected a whole number from 0 to 28")]
    [TestCase(new[] { "convert", "2023-11.tsv" }, "Option '--to' is required")]
    [TestCase(new[] { "rank" }, "Required argument missing")]
    public async Task Mistake_IsNamedOnStandardError_WithExitCode2(string[] args, string message)
    {
        var run = await RunAsync(args.Select(a => a == "2023-11.tsv" ? SampleData(a) : a));

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("error: " + message.Split(':')[0]).And.Contain(message).And.Contain("--help' for usage.");
    }

    [Test]
    public async Task Rank_FileWithErrors_ListsThemWithLines_Exit1_InTheLanguageOfCulture()
    {
        var file = Path.Combine(_temp, "2023-12.tsv");
        File.WriteAllText(file, "序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值\n1\t自然资源厅\t100\t0\t20\t120\n2\t公安厅\t100\t5,5\t7\t101.5\n");

        var english = await RunAsync("rank", file, "--culture", "en");
        var chinese = await RunAsync("rank", file, "--culture", "zh-CN");

        english.ExitCode.Should().Be(1);
        chinese.ExitCode.Should().Be(1);
        english.Error.Should().Contain("2023-12.tsv: line 3: WS123 error [减分 分值] '5,5': Expected a plain number");
        chinese.Error.Should().Contain("2023-12.tsv: 第 3 行：WS123 错误 [减分 分值] “5,5”：应为普通数字").And.NotContain("Expected a plain number");
        english.Output.Should().BeEmpty();
    }

    [Test]
    public async Task Rank_MissingFile_Exit2()
    {
        var run = await RunAsync("rank", Path.Combine(_temp, "none.tsv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("none.tsv");
    }

    [Test]
    public async Task Rank_GbkFileWithEncodingOption_ReadsTheChineseNames()
    {
        var file = Path.Combine(_temp, "2023-11.csv");
        var text = File.ReadAllText(SampleData("2023-11.tsv"), Encoding.UTF8).Replace('\t', ',');
        File.WriteAllBytes(file, CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(text));

        var run = await RunAsync("rank", file, "--encoding", "gbk", "--format", "delimited");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("1\t自然资源厅\t100\t0\t20\t120\n\t交通运输厅\t100\t0\t20\t120\n");
    }

    [Test]
    public async Task Audit_TheSeedTable_IsConsistent_Exit0()
    {
        var run = await RunAsync("audit", SampleData("2023-11.tsv"));

        run.ExitCode.Should().Be(0, run.Output + run.Error);
    }

    [Test]
    public async Task Audit_Findings_PrintLikeEveryDiagnostic_InTheLanguageOfCulture_Exit1()
    {
        var file = Path.Combine(_temp, "2023-12.tsv");
        File.WriteAllText(file, "序号\t部门窗口\t基础分\t减分\t加分\t实得分值\n1\t自然资源厅\t100\t0\t20\t120\n2\t公安厅\t100\t0\t7\t108\n");

        var english = await RunAsync("audit", file, "--culture", "en");
        var chinese = await RunAsync("audit", file, "--culture", "zh-CN");

        english.ExitCode.Should().Be(1);
        chinese.ExitCode.Should().Be(1);
        english.Output.Should().Contain("line 3: WS300 error '108': 公安厅 prints the total 108 but base − deduction + bonus = 107.");
        chinese.Output.Should().Contain("第 3 行：WS300 错误 “108”：公安厅：所印实得分值为 108，但 基础分 − 减分 + 加分 = 107。");
    }

    [TestCase("csv", true)]
    [TestCase("markdown", false)]
    [TestCase("report", false)]
    public async Task Convert_WithOutput_WritesTheFile(string format, bool bom)
    {
        var target = Path.Combine(_temp, "out." + format);

        var run = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", format, "--output", target);
        var toStdout = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", format);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        var bytes = File.ReadAllBytes(target);
        bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }).Should().Be(bom);
        Encoding.UTF8.GetString(bytes.AsSpan(bom ? 3 : 0)).Should().Be(toStdout.Output);
    }

    [Test]
    public async Task Convert_UnwritableOutput_Exit2()
    {
        var run = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", "csv", "--output", Path.Combine(_temp, "no-such-folder", "out.csv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("out.csv");
    }

    [Test]
    public async Task History_Average_PrintsTheQuarterAsBefore()
    {
        var run = await RunAsync("history", SampleData("synthetic/2023-10.tsv"), SampleData("synthetic/2023-11.tsv"), SampleData("synthetic/2023-12.tsv"),
            "--period", "2023-Q4", "--method", "average", "--alias", "省林业厅=省林草局");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "history-2023-Q4-average.txt"), Encoding.UTF8));
        run.Error.Should().NotContain("reading file", "progress is shown only when standard error is a terminal");
    }

    [Test]
    public async Task History_Weighted_WithEvaluationsAndRounding_Exit0()
    {
        var run = await RunAsync("history", SampleData("synthetic/2023-10.tsv"), SampleData("synthetic/2023-11.tsv"), SampleData("synthetic/2023-12.tsv"),
            "--period", "2023-Q4", "--method", "weighted", "--evaluations", SampleData("synthetic/evaluations-2023.csv"), "--round", "2");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("2023年第四季度窗口考核汇总（weighted）");
    }

    [Test]
    public async Task History_WithProgressForced_ReportsEachFileOnStandardError()
    {
        var run = await RunAsync(
            ["history", SampleData("synthetic/2023-10.tsv"), SampleData("synthetic/2023-11.tsv"), SampleData("synthetic/2023-12.tsv"), "--period", "2023-Q4"],
            new Dictionary<string, string> { ["WINDOWSCORING_PROGRESS"] = "always" });

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("reading file 1/3: 2023-10.tsv").And.Contain("reading file 3/3: 2023-12.tsv");
        run.Output.Should().NotContain("reading file");
    }

    [Test]
    public async Task Rank_LargeFileWithProgressForced_ReportsRowsRead()
    {
        var file = Path.Combine(_temp, "2023-11.tsv");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            writer.Write("部门窗口\t基础分\t减分\t加分\t实得分值\n");
            for (var i = 0; i < 250_000; i++)
            {
                var bonus = i % 20;
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"窗口{i}\t100\t0\t{bonus}\t{100 + bonus}\n"));
            }
        }

        var run = await RunAsync(["rank", file, "--output", Path.Combine(_temp, "ranked.txt")], new Dictionary<string, string> { ["WINDOWSCORING_PROGRESS"] = "always" });

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("read 100,000 rows").And.Contain("read 200,000 rows").And.Contain("ranking 250,000 rows");
        File.ReadLines(Path.Combine(_temp, "ranked.txt")).Count().Should().Be(2 + 1 + 250_000);
    }

    [Test]
    public async Task Rank_RedirectedStandardError_ShowsNoProgress()
    {
        var run = await RunAsync("rank", SampleData("2023-11.tsv"));

        run.Error.Should().BeEmpty();
        Cr().IsMatch(run.Output).Should().BeFalse();
    }

    [GeneratedRegex("\r")]
    private static partial Regex Cr();
}
