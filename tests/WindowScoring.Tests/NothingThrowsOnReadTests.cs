using System.Text.Json;
using WindowScoring.Audit;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;
using WindowScoring.Tests.History;
using WindowScoring.Tests.Rules;

namespace WindowScoring.Tests;

/// <summary>
/// Nothing public throws on read: every public property of every object reachable from the library's results is read
/// by reflection (as LINQPad's <c>Dump()</c> and a debugger view do) and every result is serialized with System.Text.Json's
/// default options. The results are built to hold every state: ties, a department not assessed, errors and warnings,
/// findings, pending and invalid events, honours and grades, listed-apart departments, alerts.
/// </summary>
public sealed class NothingThrowsOnReadTests
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);

    private static RankedTable Ranked() => new ScoringEngine(new ScoringScheme { BonusCap = 15m, TotalCap = 110m }).Rank(
        [
            new Assessment(Department.FromName("自然资源厅"), 100m, 0m, 20m) { Group = "省直" },
            new Assessment(Department.FromName("交通运输厅"), 100m, 0m, 20m) { Group = "省直" }, // a tie, printed rank blank
            new Assessment(Department.FromName("教育厅"), 100m, 12m, 1m) { Group = "省直" },
            Assessment.FromTotal(Department.FromName("成都市"), 98.75m),
        ],
        November,
        "2023年11月窗口考核结果",
        [new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻") { Group = "省直" }]);

    // An error (WS123), warnings (a rank that is not a number, deductions printed with both signs) and a row not assessed.
    private static ImportResult Imported() => AssessmentTableReader.Default.ReadText(
        "序号,部门窗口,基础分,减分,加分,实得分值\n1,自然资源厅,100,0,20,120\n一,交通运输厅,100,0.5,20,119.5\n3,教育厅,100,5,5,100\n" +
        "4,公安厅,100,-2,1,99\n,新进驻单位,,,,不参与考核\n5,水利厅,100,abc,1,\n");

    private static AuditReport Audited() => PublishedTableAudit.Default.Check(
        Imported().ToPublishedTable(), [Department.FromName("自然资源厅"), Department.FromName("省医保局")]);

    private static PeriodAssessment FromEvents()
    {
        var sample = SchemeJson.LoadFile(SchemeJsonTests.SampleSchemePath).EnsureSuccess().Scheme!;
        var scheme = new ScoringScheme
        {
            Rules = sample.Rules,
            CategoryBudgets = new Dictionary<string, decimal> { ["纪律作风"] = 1m },
            Grades = [new GradeBand(90m, "优秀"), new GradeBand(0m, "合格")],
            Honours = [new HonourRule("红旗窗口", 1), new HonourRule("黑榜", 1, HonourSide.Bottom)],
        };
        var day = new DateOnly(2023, 11, 10);
        AssessmentEvent[] events =
        [
            new(Department.FromName("甲"), day, "JL-01", 3m),
            new(Department.FromName("甲"), day, "FW-02"),                                         // a veto
            new(Department.FromName("乙"), day, "JJ-01", 2m),
            new AssessmentEvent(Department.FromName("乙"), day, "FW-01", 1m, 4m) { Status = EventStatus.Appealed },
            new(Department.FromName("丙"), day, "NO-SUCH-RULE"),                                  // invalid
            new(Department.FromName("新"), day, "JL-01"),                                         // not assessed: a warning
        ];
        return new ScoringEngine(scheme).Assess(
            November,
            [Department.FromName("甲"), Department.FromName("乙"), Department.FromName("丙"), Department.FromName("新")],
            events,
            new Dictionary<Department, string> { [Department.FromName("新")] = "新进驻" });
    }

    private static AggregatedTable Quarter() =>
        HistoryData.Quarter().Aggregate(AssessmentPeriod.Quarter(2023, 4), new AggregationOptions { MinimumMonths = 3 });

    private static IEnumerable<TestCaseData> Roots()
    {
        yield return new TestCaseData((Func<object>)(() => Ranked())).SetArgDisplayNames("RankedTable");
        yield return new TestCaseData((Func<object>)(() => Imported())).SetArgDisplayNames("ImportResult");
        yield return new TestCaseData((Func<object>)(() => AssessmentTableReader.Default.ReadEach(
            new StringReader("部门窗口,实得分值\n甲,abc\n乙,不参与考核\n"), _ => { }))).SetArgDisplayNames("ImportSummary");
        yield return new TestCaseData((Func<object>)(() => Audited())).SetArgDisplayNames("AuditReport");
        yield return new TestCaseData((Func<object>)(() => FromEvents())).SetArgDisplayNames("PeriodAssessment");
        yield return new TestCaseData((Func<object>)(() => Quarter())).SetArgDisplayNames("AggregatedTable");
        yield return new TestCaseData((Func<object>)(() => HistoryData.Quarter())).SetArgDisplayNames("AssessmentHistory");
        yield return new TestCaseData((Func<object>)(() => HistoryData.Quarter().Analyze())).SetArgDisplayNames("HistoryAnalysis");
    }

    [TestCaseSource(nameof(Roots))]
    public void EveryPublicProperty_Reads_WithoutThrowing(Func<object> root) =>
        FluentActions.Invoking(() => PropertyWalker.Walk(root())).Should().NotThrow();

    [TestCaseSource(nameof(Roots))]
    public void SystemTextJson_DefaultOptions_Serializes(Func<object> root)
    {
        var value = root();

        var json = JsonSerializer.Serialize(value, value.GetType());

        json.Should().StartWith("{");
    }

    [Test]
    public void Json_PeriodIsItsText_DepartmentIsCodeAndName_BothAsKeysToo_AndReadBack()
    {
        var value = new Dictionary<Department, AssessmentPeriod> { [new Department("EDU", "教育厅")] = November };
        var keyed = new Dictionary<AssessmentPeriod, Department> { [November] = new Department("EDU", "教育厅") };

        JsonSerializer.Serialize(value).Should().Be("{\"EDU\":\"2023-11\"}");
        JsonSerializer.Serialize(keyed, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Should().Be("{\"2023-11\":{\"Code\":\"EDU\",\"Name\":\"教育厅\"}}");
        JsonSerializer.Deserialize<Dictionary<AssessmentPeriod, Department>>(JsonSerializer.Serialize(keyed))!.Single()
            .Should().Match<KeyValuePair<AssessmentPeriod, Department>>(p => p.Key == November && p.Value.Code == "EDU" && p.Value.Name == "教育厅");
        JsonSerializer.Deserialize<AssessmentPeriod>("\"2023年第四季度\"").Should().Be(AssessmentPeriod.Quarter(2023, 4));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<AssessmentPeriod>("\"2023-13\"")).Should().Throw<JsonException>();
    }

    [Test]
    public void Walker_ReachesTheResultTypes_SoItCannotPassByReadingNothing()
    {
        var types = Roots().SelectMany(c => PropertyWalker.Walk(((Func<object>)c.Arguments[0]!)())).ToHashSet();

        types.Should().Contain(
        [
            typeof(RankedTable), typeof(RankedRow), typeof(Assessment), typeof(NotAssessedEntry), typeof(Department), typeof(ScoringScheme),
            typeof(ImportResult), typeof(ImportSummary), typeof(PublishedRow), typeof(Diagnostic), typeof(AuditReport),
            typeof(PeriodAssessment), typeof(DepartmentBreakdown), typeof(Adjustment), typeof(HonourAward), typeof(AssessmentEvent),
            typeof(AggregatedTable), typeof(AggregatedRow), typeof(UnrankedDepartment), typeof(AssessmentHistory), typeof(HistoryAnalysis),
            typeof(RankMovement), typeof(AssessmentPeriod),
        ]);
        types.Count(t => t.Assembly == typeof(Assessment).Assembly && !t.Name.Contains('<', StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(30);
    }

    [Test]
    public void Walker_CatchesAPropertyThatThrows_AndNamesItsPath() =>
        FluentActions.Invoking(() => PropertyWalker.Walk(new { Rows = new[] { new Throwing() } }))
            .Should().Throw<PropertyReadException>()
            .WithMessage("Reading root.Rows[0].Total threw InvalidOperationException: not assessed*")
            .WithInnerException<InvalidOperationException>();

    [Test]
    public void Walker_CatchesAToDumpThatThrows() =>
        FluentActions.Invoking(() => PropertyWalker.Walk(new ThrowingDump())).Should().Throw<PropertyReadException>().WithMessage("*root.ToDump()*");

    // The shape of the old Assessment of a department not assessed: a Total that throws.
    private sealed class Throwing
    {
        public string Name => "新进驻单位";

        public decimal Total => throw new InvalidOperationException("not assessed: it has no total");
    }

    private sealed class ThrowingDump
    {
        public int Line => 1;

        private object ToDump() => throw new InvalidOperationException("no dump");
    }
}
