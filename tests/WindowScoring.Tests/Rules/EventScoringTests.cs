using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

public sealed class EventScoringTests
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);
    private static readonly DateOnly Day = new(2023, 11, 10);

    private static ScoringScheme Sample => SchemeJson.LoadFile(SchemeJsonTests.SampleSchemePath).EnsureSuccess().Scheme!;

    private static Department D(string name) => Department.FromName(name);

    private static AssessmentEvent E(string dept, string rule, decimal quantity = 1m, decimal? value = null, int day = 10) =>
        new(D(dept), new DateOnly(2023, 11, day), rule, quantity, value);

    [Test]
    public void WorkedMonth_FromEvents_ReproducesTheSeedTotals()
    {
        var published = AssessmentTableReader.Default.Read(TestData.NovemberTablePath).EnsureSuccess();
        var roster = published.Rows.Select(r => r.Department).ToArray();
        AssessmentEvent[] events =
        [
            // 自然资源厅: 5 + 10 + 7 = 22 in bonuses, cut to the cap of 20 → 120.
            E("自然资源厅", "JJ-02", value: 5m), E("自然资源厅", "JJ-03", 10m), E("自然资源厅", "JJ-01", 14m),
            // 交通运输厅: exactly 20 → 120, the cap not applied.
            E("交通运输厅", "JJ-02", value: 5m), E("交通运输厅", "JJ-03", 15m),
            E("省市场监管局", "JJ-03", 14m), E("省市场监管局", "JJ-01"),
            // 教育厅: complaints 5 + 4 and six late arrivals (3) = −12; one key task +1 → 89.
            E("教育厅", "FW-01", value: 5m), E("教育厅", "FW-01", value: 4m, day: 20), E("教育厅", "JL-01", 6m), E("教育厅", "JJ-03"),
            E("四川消防救援总队", "JL-01"), E("四川消防救援总队", "JJ-03"),
            // 四川测绘局: 2.5 overdue cases and 10 half days away: −12.5 → 87.5.
            E("四川测绘局", "BJ-01", 5m), E("四川测绘局", "JL-02", 10m),
            E("成都海关", "BJ-01", 5m),
        ];

        var result = new ScoringEngine(Sample).Assess(November, roster, events);

        var printed = published.Rows.ToDictionary(r => r.Department, r => r.PrintedTotal!.Value);
        foreach (var name in new[] { "自然资源厅", "交通运输厅", "省市场监管局", "教育厅", "四川消防救援总队", "四川测绘局", "成都海关" })
        {
            result[D(name)].Score!.Value.Total.Should().Be(printed[D(name)], name);
        }

        result[D("自然资源厅")].Score!.Value.AppliedLimits.Should().Be(ScoreLimits.BonusCap);
        result[D("交通运输厅")].Score!.Value.AppliedLimits.Should().Be(ScoreLimits.None);
        result[D("教育厅")].Assessment.Should().Be(new Assessment(D("教育厅"), 100m, 12m, 1m));
        result[D("水利厅")].Score!.Value.Total.Should().Be(100m, "a roster department with no events scores the base");
        result.Counts.Should().Be(new EventCounts(16, 16, 0, 0, 0, 0));
        result.Diagnostics.Should().BeEmpty();
        result.Table.Rows.Take(3).Select(r => (r.Department.Name, r.Rank)).Should().Equal(("自然资源厅", 1m), ("交通运输厅", 1m), ("省市场监管局", 3m));
        // Four departments score above 100; every department tied at 100 shares the fifth place, so all are named.
        var redFlags = result.Honours.Where(h => h.Title == "红旗窗口").ToArray();
        redFlags.Take(4).Select(h => h.Department.Name).Should().Equal("自然资源厅", "交通运输厅", "省市场监管局", "四川消防救援总队");
        redFlags.Skip(4).Should().HaveCount(roster.Length - 7).And.OnlyContain(h => h.Total == 100m && h.Rank == 5m);
    }

    [Test]
    public void Figures_PrintAsWritten_NoScaleLeftByArithmetic()
    {
        // LINQPad query 04 showed Deduction=12.0, Total=89.0 and a chief representative's 6.50: 0.5 × 6 = 3.0 and
        // 3.0 × 0.5 = 1.50 carried their zeros into every sum, ToString(), Dump() and JSON document.
        var events = new[] { E("教育厅", "FW-01", value: 5m), E("教育厅", "FW-01", value: 4m, day: 20), E("教育厅", "JL-01", 6m), E("教育厅", "JJ-03") };

        var result = new ScoringEngine(Sample).Assess(November, [D("教育厅")], events);

        var row = result.Table.Rows.Single();
        row.ToString().Should().Be("1 教育厅 89");
        row.Assessment.ToString().Should().Be("教育厅: 100 - 12 + 1 = 89");
        System.Text.Json.JsonSerializer.Serialize(new { row.Deduction, row.Total, row.RawTotal }).Should().Be("""{"Deduction":12,"Total":89,"RawTotal":89}""");
        result[D("教育厅")].ChiefRepresentativeDeduction.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("6", "(5 + 4 + 3) × 0.5: FW-01 and JL-01 both give the chief representative half");
        result[D("教育厅")].Adjustments.Select(a => a.Counted.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().Equal("5", "3", "1", "4"); // in date order
    }

    [Test]
    public void HugeChiefRepresentativeTally_IsADiagnostic_NotAnException()
    {
        // JL-01 (0.5 per person-time, budget 10 for 纪律作风): the budget keeps the counted deduction at 10, but the chief
        // representative's tally adds the 0.5 share of the full points before budgets, 5 × 1.98e28, beyond decimal range.
        var events = Enumerable.Range(0, 5).Select(_ => E("A", "JL-01", 79_228_162_514_264_337_593_543_950_335m)).ToArray();

        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("B")], events);

        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.NumberOutOfRange);
        result.Table.NotAssessed.Single().Department.Name.Should().Be("A");
        result[D("B")].Score!.Value.Total.Should().Be(100m);
    }

    [Test]
    public void Statuses_OnlyApprovedCount_PendingListed_RejectedIgnored()
    {
        AssessmentEvent[] events =
        [
            E("A", "JL-01"),
            E("A", "JL-01") with { Status = EventStatus.Recorded },
            E("A", "FW-01", value: 3m) with { Status = EventStatus.Appealed },
            E("A", "FW-02") with { Status = EventStatus.Rejected },
        ];

        var result = new ScoringEngine(Sample).Assess(November, [D("A")], events);

        result[D("A")].Score!.Value.Total.Should().Be(99.5m);
        result.Counts.Should().Be(new EventCounts(1, 1, 1, 1, 1, 0));
        result.Counts.Pending.Should().Be(2);
        result.Pending.Should().Equal(events[1], events[2]);
        result[D("A")].Vetoed.Should().BeFalse("the veto event was rejected");
    }

    [Test]
    public void InvalidEvents_AreDiagnostics_NotCounted()
    {
        AssessmentEvent[] events =
        [
            E("A", "JL-01") with { Line = 2 },
            new AssessmentEvent(D("A"), new DateOnly(2023, 12, 1), "JL-01") { Line = 3 },
            E("A", "XX-99") with { Line = 4 },
            E("Nobody", "JL-01") with { Line = 5 },
            E("A", "FW-01", value: 6m) with { Line = 6 },
            E("A", "FW-01") with { Line = 7 },
            E("A", "JL-01", value: 0.7m) with { Line = 8 },
        ];

        var result = new ScoringEngine(Sample).Assess(November, [D("A")], events);

        result.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.EventOutsidePeriod, 3), (DiagnosticCodes.UnknownRule, 4), (DiagnosticCodes.UnknownDepartment, 5),
            (DiagnosticCodes.ValueOutsideRange, 6), (DiagnosticCodes.ValueOutsideRange, 7), (DiagnosticCodes.ValueOutsideRange, 8));
        result.Counts.Invalid.Should().Be(6);
        result[D("A")].Score!.Value.Total.Should().Be(99.5m);
    }

    [TestCase(3, true)]
    [TestCase(5, true)]
    [TestCase(2.5, false)]
    [TestCase(5.5, false)]
    public void Range_ValueMustLieWithin(decimal value, bool counts)
    {
        var result = new ScoringEngine(Sample).Assess(November, [D("A")], [E("A", "FW-01", value: value)]);
        result[D("A")].Score!.Value.Total.Should().Be(counts ? 100m - value : 100m);
    }

    [Test]
    public void CategoryBudget_StopsDeductions_InDateOrder()
    {
        // 纪律作风 has a budget of 10: 8 half days (8) on the 5th, then 6 half days (6) on the 9th: 2 of those count.
        var result = new ScoringEngine(Sample).Assess(November, [D("A")], [E("A", "JL-02", 6m, day: 9), E("A", "JL-02", 8m, day: 5)]);

        var b = result[D("A")];
        b.Score!.Value.Total.Should().Be(90m);
        b.Adjustments.Select(a => (a.Points, a.Counted)).Should().Equal((8m, 8m), (6m, 2m));
        b.BudgetCuts.Should().Equal(new Dictionary<string, decimal> { ["纪律作风"] = 4m });
    }

    [Test]
    public void CategoryBudget_AtTheEdge_NothingCut()
    {
        var b = new ScoringEngine(Sample).Assess(November, [D("A")], [E("A", "JL-02", 10m)])[D("A")];
        b.Score!.Value.Total.Should().Be(90m);
        b.BudgetCuts.Should().BeEmpty();
    }

    [Test]
    public void NoBudget_DeductionsUnlimited()
    {
        var b = new ScoringEngine(Sample).Assess(November, [D("A")], [E("A", "FW-01", 30m, value: 5m)])[D("A")];
        b.Score!.Value.Total.Should().Be(-50m, "服务质量 has no budget (扣分不封顶) and the scheme has no floor");
    }

    [Test]
    public void SecondaryShare_ChiefRepresentativeTally()
    {
        AssessmentEvent[] events =
        [
            E("A", "FW-01", value: 4m),                                          // share 0.5 → 2
            E("A", "BJ-01", 2m),                                                 // no share → 0
            E("A", "JL-01") with { Role = EventRole.ChiefRepresentative },        // the chief's own → 0.5
            E("A", "JJ-01"),                                                      // bonuses do not count
        ];

        var b = new ScoringEngine(Sample).Assess(November, [D("A")], events)[D("A")];

        b.ChiefRepresentativeDeduction.Should().Be(2.5m);
        b.Score!.Value.Total.Should().Be(100m - 4m - 1m - 0.5m + 0.5m);
    }

    [Test]
    public void Veto_BlocksTopHonours_WhateverTheScore()
    {
        AssessmentEvent[] events = [E("A", "JJ-02", value: 5m), E("A", "JJ-03", 15m), E("A", "FW-02"), E("B", "JJ-01")];
        var scheme = new ScoringScheme { BonusCap = 20m, Rules = Sample.Rules, Honours = [new HonourRule("红旗窗口", 1)] };

        var result = new ScoringEngine(scheme).Assess(November, [D("A"), D("B"), D("C")], events);

        result[D("A")].Vetoed.Should().BeTrue();
        result.Honours.Select(h => h.Department.Name).Should().Equal("B");
    }

    [Test]
    public void Honours_TiesAtTheCutOff_AllIncluded()
    {
        var scheme = new ScoringScheme { Rules = Sample.Rules, Honours = [new HonourRule("红旗窗口", 2), new HonourRule("黑榜", 1, HonourSide.Bottom)] };
        AssessmentEvent[] events = [E("A", "JJ-03", 2m), E("B", "JJ-03"), E("C", "JJ-03"), E("E", "BJ-01"), E("F", "BJ-01")];

        var result = new ScoringEngine(scheme).Assess(November, new[] { "A", "B", "C", "D", "E", "F" }.Select(D), events);

        result.Honours.Where(h => h.Title == "红旗窗口").Select(h => h.Department.Name).Should().Equal("A", "B", "C");
        result.Honours.Where(h => h.Title == "黑榜").Select(h => h.Department.Name).Should().Equal("F", "E");
    }

    [Test]
    public void Indexer_DepartmentNotOnRoster_ThrowsKeyNotFound_TryGetBreakdownSaysSo()
    {
        var result = new ScoringEngine(Sample).Assess(November, [D("A")], []);

        FluentActions.Invoking(() => result[D("B")]).Should().Throw<KeyNotFoundException>();
        result.TryGetBreakdown(D("B"), out var none).Should().BeFalse();
        none.Should().BeNull();
        result.TryGetBreakdown(D("A"), out var a).Should().BeTrue();
        result[D("A")].Should().BeSameAs(a);
    }

    [Test]
    public void NotAssessed_ListedApart_EventsReported()
    {
        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("New")], [E("New", "JL-01")],
            new Dictionary<Department, string> { [D("New")] = "新进驻" });

        result.Table.NotAssessed.Single().Reason.Should().Be("新进驻");
        result.Table.Rows.Select(r => r.Department.Name).Should().Equal("A");
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.EventForNotAssessed);
        result[D("New")].Rank.Should().BeNull();
    }

    [Test]
    public void Grades_FromTheSchemeBands()
    {
        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("B")], [E("A", "JJ-03", 10m), E("B", "FW-01", 2m, 4m)]);
        result[D("A")].Grade.Should().Be("优秀");
        result[D("B")].Grade.Should().Be("合格");
    }

    [Test]
    public void AdHocEvent_Counts()
    {
        var e = AssessmentEvent.AdHoc(D("A"), Day, RuleKind.Bonus, "专项表彰", 3m);
        new ScoringEngine(Sample).Assess(November, [D("A")], [e])[D("A")].Score!.Value.Total.Should().Be(103m);
    }

    [Test]
    public void SchemeSet_SelectsTheSchemeInForce()
    {
        var old = new ScoringScheme { Name = "2022版", EffectiveFrom = new DateOnly(2022, 1, 1) };
        var revised = new ScoringScheme { Name = "2023年7月修订", EffectiveFrom = new DateOnly(2023, 7, 1), BonusCap = 20m };
        var set = new SchemeSet([revised, old]);

        set.InForce(AssessmentPeriod.Month(2023, 6))!.Name.Should().Be("2022版");
        set.InForce(AssessmentPeriod.Month(2023, 7))!.Name.Should().Be("2023年7月修订");
        set.InForce(AssessmentPeriod.Month(2021, 12)).Should().BeNull();
        set.InForce(AssessmentPeriod.Quarter(2023, 3))!.Name.Should().Be("2023年7月修订");
        var result = new ScoringEngine(set.InForce(November)!).Assess(November, [D("A")], []);
        result.Scheme.Name.Should().Be("2023年7月修订", "results record the scheme they used");
        FluentActions.Invoking(() => new SchemeSet([old, new ScoringScheme { EffectiveFrom = old.EffectiveFrom }])).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Rules_RejectBadDefinitions()
    {
        FluentActions.Invoking(() => new AssessmentRule("X", "c", RuleKind.Deduction, 5m, 3m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new AssessmentRule("X", "c", RuleKind.Deduction, 1m, secondaryShare: 1.5m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringScheme { Rules = [new AssessmentRule("X", "c", RuleKind.Bonus, 1m), new AssessmentRule("X", "d", RuleKind.Bonus, 1m)] })
            .Should().Throw<ArgumentException>();
    }

    [Test]
    public void Groups_OwnFullMarks_RankedSeparately()
    {
        var scheme = new ScoringScheme { Rules = Sample.Rules, GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m } };
        var groups = new Dictionary<Department, string> { [D("甲县")] = "县", [D("乙县")] = "县" };

        var result = new ScoringEngine(scheme).Assess(November, [D("甲县"), D("乙县"), D("丙区")], [E("乙县", "JJ-03"), E("丙区", "JL-01")], groups: groups);

        result.Table.Rows.Select(r => (r.Group, r.Department.Name, r.Total, r.Rank)).Should().Equal(
            ("县", "乙县", 151m, 1m), ("县", "甲县", 150m, 2m), (null, "丙区", 99.5m, 1m));
    }

    [Test]
    public void HugeQuantities_AreDiagnostics_NotExceptions()
    {
        AssessmentEvent[] events =
        [
            E("A", "FW-01", 20_000_000_000_000_000_000_000_000_000m, 5m),   // value × quantity overflows
            E("B", "JJ-03", 70_000_000_000_000_000_000_000_000_000m),       // each fits; the sum does not
            E("B", "JJ-03", 70_000_000_000_000_000_000_000_000_000m),
            E("B", "JL-01", 70_000_000_000_000_000_000_000_000_000m) with { Role = EventRole.ChiefRepresentative },
        ];

        var result = new ScoringEngine(Sample).Assess(November, [D("A"), D("B")], events);

        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.ValueOutsideRange, DiagnosticCodes.NumberOutOfRange);
        result[D("A")].Score!.Value.Total.Should().Be(100m);
        result.Table.NotAssessed.Single().Department.Name.Should().Be("B");
    }
}
