using System.Text;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>
/// <c>assess --scheme --events --ratings --period</c>: a month from a hall's one scheme file, its events and its 好差评
/// ratings. The expected figures are worked out here from the written rules, not read back from the program.
/// </summary>
[TestFixture]
public sealed class AssessCommandTests
{
    // Base 100, −0.5 per person-time late, 差评 capped at 3; ratings worth 10/8/6/3/0 into a component of 10,
    // −2 per 差评 and −1 per 差评 not rectified within 15 working days.
    private const string Scheme = """
        {
          "name": "测试考核办法", "baseScore": 100,
          "rules": [ { "id": "JL-01", "category": "纪律作风", "kind": "deduction", "points": 0.5, "unit": "perPersonTime" } ],
          "categoryBudgets": { "差评": 3 },
          // 好差评
          "ratings": {
            "levelPoints": { "非常满意": 10, "满意": 8, "基本满意": 6, "不满意": 3, "非常不满意": 0 },
            "componentWeight": 10, "negativeDeduction": 2, "overdueDeduction": 1, "rectificationDays": 15
          }
        }
        """;

    private const string Events = "部门,日期,规则,数量,状态\n甲局,2025-09-03,JL-01,2,approved\n";

    // 甲局: 非常满意 and an unrectified 不满意 of 1 September (Monday); its 15th working day is 22 September, before the 30th.
    // 乙局: two 满意 and two 非常不满意, both rectified on 5 September (on time); an upheld appeal that counts nowhere.
    private const string Ratings = """
        评价编号,评价时间,部门,评价等级,整改状态,整改完成时间,申诉状态
        A1,2025-09-01 09:00:00,甲局,非常满意,,,
        A2,2025-09-01 10:00:00,甲局,不满意,整改中,,
        B1,2025-09-02 09:00:00,乙局,满意,,,
        B2,2025-09-02 10:00:00,乙局,满意,,,
        B3,2025-09-02 11:00:00,乙局,非常不满意,已整改,2025-09-05,
        B4,2025-09-03 11:00:00,乙局,非常不满意,已整改,2025-09-05,
        B5,2025-09-04 11:00:00,乙局,非常不满意,,,申诉成立
        """;

    private string _temp = null!;

    [SetUp]
    public void MakeTempFolder() => Directory.CreateDirectory(_temp = Path.Combine(Path.GetTempPath(), "windowscoring-cli-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveTempFolder() => Directory.Delete(_temp, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string F(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Assess_EventsAndRatings_TotalsIncludeTheRatingsComponentAndDeductions_UnderTheSchemesCap()
    {
        // 甲局: component 10 × (10 + 3) / (10 × 2) = 6.5, shortfall 3.5; one 差评 −2; overdue −1; late 2 person-times × 0.5.
        var aDeducted = (10m - (10m * (10 + 3) / (10 * 2))) + 2m + 1m + (2 * 0.5m);
        // 乙局: component 10 × (8 + 8 + 0 + 0) / (10 × 4) = 4, shortfall 6; two 差评 −4 cut to the budget of 3; none overdue.
        var bDeducted = (10m - (10m * (8 + 8 + 0 + 0) / (10 * 4))) + Math.Min(2 * 2m, 3m);

        var run = await RunAsync("assess", "--scheme", File("scheme.json", Scheme), "--events", File("events.csv", Events),
            "--ratings", File("ratings.csv", Ratings), "--period", "2025-09", "--calendar", SampleData("holidays-2025.txt"));

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        aDeducted.Should().Be(7.5m);
        run.Output.Should().StartWith("2025年9月窗口考核结果\n（测试考核办法）\n")
            .And.Contain($"1\t甲局\t100\t-{F(aDeducted)}\t0\t{F(100m - aDeducted)}\n")
            .And.Contain($"2\t乙局\t100\t-{F(bDeducted)}\t0\t{F(100m - bDeducted)}\n")
            .And.Contain("甲局\t群众评议\t-3.5\t-3.5\t6.5/10 ×2\n")
            .And.Contain("甲局\t差评\t-2\t-2\tA2\n").And.Contain("甲局\t差评整改\t-1\t-1\tA2\n")
            .And.Contain("乙局\t差评\t-2\t-2\tB3\n").And.Contain("乙局\t差评\t-2\t-1\tB4\n")
            .And.NotContain("B5\n")
            .And.Contain("政务服务“好差评”情况");
    }

    [Test]
    public async Task Assess_EventsOnly_ScoresTheEventsAlone()
    {
        var run = await RunAsync("assess", "--scheme", File("scheme.json", Scheme), "--events", File("events.csv", Events), "--period", "2025-09");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain($"1\t甲局\t100\t-{F(2 * 0.5m)}\t0\t{F(100m - (2 * 0.5m))}\n").And.NotContain("好差评");
    }

    [Test]
    public async Task Assess_RatingOutsideThePeriod_IsListedWithItsFileAndLine_ExitOne()
    {
        var ratings = File("ratings.csv", Ratings + "\nC1,2025-10-02 09:00:00,甲局,非常满意,,,\n");

        var run = await RunAsync("assess", "--scheme", File("scheme.json", Scheme), "--ratings", ratings, "--period", "2025-09", "--culture", "en");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("ratings.csv: line 9: WS805");
        run.Output.Should().Contain("甲局\t群众评议\t-3.5");
    }

    [Test]
    public async Task Assess_UnknownPropertyInTheRatingsSection_IsAUsageErrorNamingThePath()
    {
        var scheme = File("scheme.json", Scheme.Replace("\"componentWeight\"", "\"componentWieght\"", StringComparison.Ordinal));

        var run = await RunAsync("assess", "--scheme", scheme, "--ratings", File("ratings.csv", Ratings), "--period", "2025-09", "--culture", "en");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("WS510").And.Contain("$.ratings.componentWieght").And.Contain("componentWeight").And.NotContain("RatingRules");
    }

    [TestCase("assess", "--scheme", "s.json", "--period", "2025-09")]
    [TestCase("assess", "--events", "e.csv", "--period", "2025-09")]
    [TestCase("assess", "--scheme", "s.json", "--events", "e.csv")]
    [TestCase("assess", "--scheme", "", "--events", "e.csv", "--period", "2025-09")]
    [TestCase("assess", "--scheme", "s.json", "--events", "e.csv", "--period", "2025-13")]
    public async Task Assess_MissingOrMalformedOptions_AreUsageErrors(params string[] args)
    {
        var run = await RunAsync(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error: ").And.Contain("Run 'WindowScoring.Cli assess --help'");
    }

    [Test]
    public async Task Assess_MissingFile_IsExitTwo()
    {
        var run = await RunAsync("assess", "--scheme", File("scheme.json", Scheme), "--events", Path.Combine(_temp, "none.csv"), "--period", "2025-09");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("none.csv");
    }

    [Test]
    public async Task Ratings_SchemeFileWithARatingsSection_UsesItsRules()
    {
        var run = await RunAsync("ratings", File("ratings.csv", Ratings), "--period", "2025-09", "--scheme", File("scheme.json", Scheme.Replace("\"componentWeight\"", "\"rankBy\": \"差评数\", \"componentWeight\"", StringComparison.Ordinal)));

        run.ExitCode.Should().Be(0);
        // Ranked by 差评数 (fewer first): 甲局 1, 乙局 2 (the upheld appeal removed); by 满意率 乙局 (2/4) would trail 甲局 (1/2) tied.
        run.Output.Should().Contain("1\t甲局\t2\t1\t0\t0\t1\t0\t50.00%\t1").And.Contain("2\t乙局\t4\t0\t2\t0\t0\t2\t50.00%\t2");
    }
}
