using BenchmarkDotNet.Attributes;
using WindowScoring.Rules;

namespace WindowScoring.Benchmarks;

/// <summary>Events → a month's ranked table: 10^5 and 10^6 approved events over 10^4 departments (time per event shows linearity).</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);
    private ScoringEngine _engine = ScoringEngine.Default;
    private Department[] _roster = [];
    private AssessmentEvent[] _events = [];

    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheme = new ScoringScheme
        {
            BonusCap = 20m,
            Rules =
            [
                new AssessmentRule("JL-01", "纪律作风", RuleKind.Deduction, 0.5m, secondaryShare: 0.5m),
                new AssessmentRule("FW-01", "服务质量", RuleKind.Deduction, 3m, 5m),
                new AssessmentRule("BJ-01", "办件管理", RuleKind.Deduction, 0.5m),
                new AssessmentRule("JJ-03", "重点工作", RuleKind.Bonus, 1m),
            ],
            CategoryBudgets = new Dictionary<string, decimal> { ["纪律作风"] = 10m },
            Grades = [new GradeBand(110m, "优秀"), new GradeBand(90m, "合格"), new GradeBand(decimal.MinValue, "不合格")],
            Honours = [new HonourRule("红旗窗口", 5)],
        };
        _engine = new ScoringEngine(scheme);
        _roster = Enumerable.Range(0, 10_000).Select(i => new Department("D" + i, "部门" + i)).ToArray();
        var random = new Random(20231130);
        string[] rules = ["JL-01", "FW-01", "BJ-01", "JJ-03"];
        _events = new AssessmentEvent[Events];
        for (var i = 0; i < _events.Length; i++)
        {
            var rule = rules[random.Next(rules.Length)];
            _events[i] = new AssessmentEvent(_roster[random.Next(_roster.Length)], new DateOnly(2023, 11, random.Next(1, 31)), rule, 1m, rule == "FW-01" ? 4m : null);
        }
    }

    [Benchmark]
    public int Assess() => _engine.Assess(November, _roster, _events).Table.Rows.Count;
}
