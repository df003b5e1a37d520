using System.Globalization;
using System.Text;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>The sample's promises (issue #26): its exit codes, the audit's findings printed with their count, history figures.</summary>
public sealed partial class CommandLineTests
{
    private const string AuditHead = "序号\t部门窗口\t基础分\t减分\t加分\t实得分值\n";

    private string Write(string name, string text)
    {
        var file = Path.Combine(_temp, name);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    // 0: done; 1: the data has errors or the audit findings; 2: the command line is wrong (README "Exit codes").
    [TestCase("rank", "good", 0)]
    [TestCase("audit", "good", 0)]
    [TestCase("convert", "good", 0)]
    [TestCase("rank", "bad", 1)]
    [TestCase("convert", "bad", 1)]
    [TestCase("audit", "findings", 1)]
    [TestCase("audit", "warning", 1)]
    [TestCase("rank", "missing", 2)]
    [TestCase("audit", "missing", 2)]
    [TestCase("frobnicate", "good", 2)]
    public async Task ExitCode_SaysDoneDataProblemOrUsage(string command, string input, int exitCode)
    {
        var file = input switch
        {
            "good" => SampleData("2023-11.tsv"),
            "bad" => Write("bad.tsv", AuditHead + "1\t自然资源厅\t100\t0\tabc\t120\n"),
            "findings" => Write("findings.tsv", AuditHead + "1\t自然资源厅\t100\t0\t20\t121\n"),
            "warning" => Write("warning.tsv", AuditHead + "1\t自然资源厅\t100\t0\t20\t120\n1\t交通运输厅\t100\t0\t20\t120\n"),
            _ => Path.Combine(_temp, "no-such-file.tsv"),
        };
        string[] extra = command == "convert" ? ["--to", "csv"] : [];

        var run = await RunAsync([command, file, .. extra]);

        run.ExitCode.Should().Be(exitCode, run.Output + run.Error);
    }

    [Test]
    public async Task Audit_TableWithFindings_PrintsEveryFindingAndTheirCount_Exit1()
    {
        // Line 2: the total is 120, not 121; line 3: tied with line 2 at 120, so rank 1, not 3; line 4 is right.
        var file = Write("2023-12.tsv", AuditHead + "1\t自然资源厅\t100\t0\t20\t121\n3\t交通运输厅\t100\t0\t20\t120\n3\t公安厅\t100\t0\t7\t107\n");

        var run = await RunAsync("audit", file, "--culture", "en");

        run.ExitCode.Should().Be(1, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Equal(
            "line 2: WS300 error '121': 自然资源厅 prints the total 121 but base − deduction + bonus = 120.",
            "line 3: WS301 error '3': 交通运输厅 prints the rank 3 but its total 120 ranks 1.",
            "3 rows checked, 2 findings");
    }

    // Monthly totals of samples/data/synthetic (2023-10, -11, -12) with 省林业厅 renamed 省林草局, and evaluations-2023.csv.
    private static readonly (string Name, decimal[] Months, decimal Evaluation)[] Quarter =
    [
        ("省教育厅", [100m, 99m, 101m], 90m),
        ("省公安厅", [98m, 100.5m, 99m], 100m),
        ("省林草局", [95m, 96m, 94m], 80m),
        ("省税务局", [90m, 92m], 95m),
        ("省医保局", [97m, 88m], 85m),
    ];

    [TestCase("sum")]
    [TestCase("average")]
    [TestCase("weighted")]
    public async Task History_FiguresOfEveryRow_AreTheQuarterComputedByHand(string method)
    {
        // Computed here from the monthly totals: sum, average of the months assessed, 0.8 × average + 0.2 × evaluation (the
        // defaults), each rounded to 2 places away from zero as printed; ranked by the method's figure, highest first.
        static string F(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        var expected = Quarter
            .Select(q => (q.Name, Months: q.Months.Length, Sum: q.Months.Sum(), Average: q.Months.Sum() / q.Months.Length, q.Evaluation))
            .Select(q => (q.Name, q.Months, q.Sum, q.Average, q.Evaluation, Total: method switch
            {
                "sum" => q.Sum,
                "average" => q.Average,
                _ => (0.8m * q.Average) + (0.2m * q.Evaluation),
            }))
            .OrderByDescending(q => q.Total)
            .Select((q, i) => method == "weighted"
                ? $"| {i + 1} | {q.Name} | {q.Months} | {F(q.Sum)} | {F(q.Average)} | {F(q.Evaluation)} | {F(q.Total)} |"
                : $"| {i + 1} | {q.Name} | {q.Months} | {F(q.Sum)} | {F(q.Average)} | {F(q.Total)} |")
            .ToArray();
        string[] evaluations = method == "weighted" ? ["--evaluations", SampleData("synthetic/evaluations-2023.csv")] : [];

        var run = await RunAsync([
            "history", SampleData("synthetic/2023-10.tsv"), SampleData("synthetic/2023-11.tsv"), SampleData("synthetic/2023-12.tsv"),
            "--period", "2023-Q4", "--method", method, "--alias", "省林业厅=省林草局", "--round", "2", .. evaluations]);

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2]))
            .Select(l => l[..(l.LastIndexOf(" |", l.Length - 2, StringComparison.Ordinal) + 2)]) // without the note column
            .ToArray();
        rows.Should().Equal(expected);
    }
}
