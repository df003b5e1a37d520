using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

/// <summary>Quarter and year figures computed by hand from <see cref="HistoryData"/>.</summary>
public sealed class AggregationTests
{
    private static readonly AssessmentPeriod Q4 = AssessmentPeriod.Quarter(2023, 4);

    private static (string Name, decimal Rank, decimal Total, int Months)[] Summary(AggregatedTable table) =>
        table.Rows.Select(r => (r.Department.Name, r.Rank, r.Total, r.MonthsAssessed)).ToArray();

    [Test]
    public void Quarter_Average_OverAssessedMonthsOnly()
    {
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { Method = AggregationMethod.Average });

        // 教育 (100+99+101)/3 = 100; 公安 297.5/3 = 99.1666…; 林草 (95+96+94)/3 = 95; 医保 (97+88)/2 = 92.5; 税务 (90+92)/2 = 91.
        Summary(q4).Should().Equal(
            (Education, 1m, 100m, 3),
            (Police, 2m, 99.16666666666666666666666667m, 3),
            (ForestryNow, 3m, 95m, 3),
            (Medical, 4m, 92.5m, 2),
            (Tax, 5m, 91m, 2));
        q4.Rows.Select(r => r.PrintedRank).Should().Equal("1", "2", "3", "4", "5");
        q4.Rows.Select(r => r.Sum).Should().Equal(300m, 297.5m, 285m, 185m, 182m);
        q4.Rows.Should().OnlyContain(r => r.Evaluation == null);
        q4.Rows.Single(r => r.Department.Name == Tax).Months.Select(m => m.ToString()).Should().Equal("2023-10", "2023-12");
        q4.ListedApart.Should().BeEmpty();
        q4.Diagnostics.Should().BeEmpty();
        q4.Months.Should().HaveCount(3);
        q4.MissingMonths.Should().BeEmpty();
        q4.ToString().Should().Be("2023-Q4 Average: 5 ranked, 0 listed apart");
    }

    [Test]
    public void Quarter_Sum()
    {
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { Method = AggregationMethod.Sum });

        Summary(q4).Should().Equal(
            (Education, 1m, 300m, 3),
            (Police, 2m, 297.5m, 3),
            (ForestryNow, 3m, 285m, 3),
            (Medical, 4m, 185m, 2),
            (Tax, 5m, 182m, 2));
    }

    [Test]
    public void Quarter_MinimumMonths_ListsPartYearDepartmentsApart()
    {
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { Method = AggregationMethod.Sum, MinimumMonths = 3 });

        Summary(q4).Should().Equal((Education, 1m, 300m, 3), (Police, 2m, 297.5m, 3), (ForestryNow, 3m, 285m, 3));
        q4.ListedApart.Select(u => (u.Department.Name, u.Reason, u.Months.Count, u.Sum, u.Average)).Should().Equal(
            (Tax, UnrankedReason.TooFewMonths, 2, (decimal?)182m, (decimal?)91m),
            (Medical, UnrankedReason.TooFewMonths, 2, (decimal?)185m, (decimal?)92.5m));
        q4.Diagnostics.Select(d => (d.Code, d.Severity, d.RawValue)).Should().Equal(
            (DiagnosticCodes.TooFewMonths, DiagnosticSeverity.Info, Tax),
            (DiagnosticCodes.TooFewMonths, DiagnosticSeverity.Info, Medical));
        q4.ListedApart[0].ToString().Should().Be("TooFewMonths: 省税务局 was assessed in 2 month(s) of 2023-Q4 (2023-10, 2023-12); at least 3 are needed to be ranked, so it is listed apart.");
    }

    [Test]
    public void Quarter_Weighted_EvaluationUnderFormerNameCounts_MissingEvaluationListedApart()
    {
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            MonthlyWeight = 0.8m,
            EvaluationWeight = 0.2m,
            Evaluations = new Dictionary<Department, decimal>
            {
                [Dept(Education)] = 90m,
                [Dept(Police)] = 100m,
                [Dept(Forestry)] = 80m,   // given under the former name
                [Dept(Tax)] = 95m,
            },
        };

        var q4 = Quarter().Aggregate(Q4, options);

        // 教育 0.8×100 + 0.2×90 = 98; 公安 0.8×99.1666… + 20 = 99.333…; 林草 0.8×95 + 0.2×80 = 92; 税务 0.8×91 + 0.2×95 = 91.8.
        q4.Rows.Select(r => (r.Department.Name, r.Rank, r.Evaluation)).Should().Equal(
            (Police, 1m, (decimal?)100m), (Education, 2m, (decimal?)90m), (ForestryNow, 3m, (decimal?)80m), (Tax, 4m, (decimal?)95m));
        q4.Rows.Select(r => r.Total).Skip(1).Should().Equal(98m, 92m, 91.8m);
        q4.Rows[0].Total.Should().BeInRange(99.3333333333m, 99.3333333334m);
        q4.ListedApart.Should().ContainSingle().Which.Should().Match<UnrankedDepartment>(u => u.Department.Name == Medical && u.Reason == UnrankedReason.NoEvaluation);
        q4.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EvaluationMissing);
    }

    [Test]
    public void Weighted_RoundDecimals_AppliedOnceToTheTotal()
    {
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            Evaluations = new Dictionary<Department, decimal> { [Dept(Police)] = 100m },
            RoundDecimals = 2,
        };

        var police = Quarter().Aggregate(Q4, options).Rows.Single();

        police.Total.Should().Be(99.33m);
        police.Average.Should().Be(297.5m / 3m, "the average column is never rounded");
    }

    [Test]
    public void RoundDecimals_MidpointAwayFromZero()
    {
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { RoundDecimals = 0 });

        q4.Rows.Single(r => r.Department.Name == Medical).Total.Should().Be(93m, "92.5 rounds half away from zero, not to even");
        q4.Rows.Single(r => r.Department.Name == Police).Total.Should().Be(99m);
    }

    [Test]
    public void RoundDecimals_TotalsEqualAfterRounding_Tie()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", 90m), Score("乙", 90.01m)),
            Month(2023, 2, Score("甲", 90m), Score("乙", 90m)),
        ]);

        var h1 = history.Aggregate(AssessmentPeriod.Half(2023, 1), new AggregationOptions { RoundDecimals = 1 });

        // 乙 comes first in input order (it ranked first in January), so it keeps the printed rank.
        h1.Rows.Select(r => (r.Department.Name, r.Rank, r.PrintedRank, r.Total)).Should().Equal(("乙", 1m, "1", 90m), ("甲", 1m, "", 90m));
    }

    [Test]
    public void Average_NonTerminating_KeepsDecimalPrecision()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", 100m)),
            Month(2023, 2, Score("甲", 0m)),
            Month(2023, 3, Score("甲", 0m)),
        ]);

        history.Aggregate(AssessmentPeriod.Quarter(2023, 1)).Rows[0].Average.Should().Be(33.333333333333333333333333333m);
    }

    [Test]
    public void Year_Average_Sum_AndMinimumMonths()
    {
        var history = Year();
        var year = AssessmentPeriod.FullYear(2023);

        // 教育 1200/12 = 100; 医保 594/6 = 99; 税务 1078/11 = 98; 公安 (91+…+102) = 1158, /12 = 96.5; 林 (11×95 + 83) = 1128, /12 = 94.
        Summary(history.Aggregate(year)).Should().Equal(
            (Education, 1m, 100m, 12), (Medical, 2m, 99m, 6), (Tax, 3m, 98m, 11), (Police, 4m, 96.5m, 12), (ForestryNow, 5m, 94m, 12));

        Summary(history.Aggregate(year, new AggregationOptions { Method = AggregationMethod.Sum })).Should().Equal(
            (Education, 1m, 1200m, 12), (Police, 2m, 1158m, 12), (ForestryNow, 3m, 1128m, 12), (Tax, 4m, 1078m, 11), (Medical, 5m, 594m, 6));

        var strict = history.Aggregate(year, new AggregationOptions { MinimumMonths = 10 });
        strict.Rows.Select(r => r.Department.Name).Should().Equal(Education, Tax, Police, ForestryNow);
        strict.ListedApart.Should().ContainSingle().Which.Department.Name.Should().Be(Medical);
    }

    [Test]
    public void Year_Halves_AndQuarter()
    {
        var history = Year();

        // H2: 教育 600/6 = 100; 公安 (97+…+102) = 597, /6 = 99.5; 医保 99; 税务 98; 林草 95.
        Summary(history.Aggregate(AssessmentPeriod.Half(2023, 2))).Should().Equal(
            (Education, 1m, 100m, 6), (Police, 2m, 99.5m, 6), (Medical, 3m, 99m, 6), (Tax, 4m, 98m, 6), (ForestryNow, 5m, 95m, 6));

        // H1: 教育 100; 税务 490/5 = 98 (June not assessed); 公安 (91+…+96) = 561, /6 = 93.5; 林业 (5×95 + 83) = 558, /6 = 93. 医保 not yet there.
        Summary(history.Aggregate(AssessmentPeriod.Half(2023, 1))).Should().Equal(
            (Education, 1m, 100m, 6), (Tax, 2m, 98m, 5), (Police, 3m, 93.5m, 6), (ForestryNow, 4m, 93m, 6));

        // Q1: 教育 100; 税务 98; 公安 (91+92+93)/3 = 92; 林业 (95+95+83)/3 = 91.
        Summary(history.Aggregate(AssessmentPeriod.Quarter(2023, 1))).Should().Equal(
            (Education, 1m, 100m, 3), (Tax, 2m, 98m, 3), (Police, 3m, 92m, 3), (ForestryNow, 4m, 91m, 3));
    }

    [Test]
    public void DepartmentOnlyNotAssessed_InPeriod_ListedApartWithNoMonths()
    {
        var history = new AssessmentHistory([Month(2023, 6, Score("甲", 100m), Exempt("乙", "新进驻"))]);

        var june = history.Aggregate(AssessmentPeriod.Month(2023, 6));

        june.ListedApart.Should().ContainSingle().Which.Should().Match<UnrankedDepartment>(u =>
            u.Department.Name == "乙" && u.Months.Count == 0 && u.Sum == null && u.Reason == UnrankedReason.TooFewMonths);
    }

    [Test]
    public void MissingMonth_WS403_OtherMonthsAggregated()
    {
        var history = new AssessmentHistory(QuarterTables().Where(t => t.Period != AssessmentPeriod.Month(2023, 11)), Aliases);

        var q4 = history.Aggregate(Q4, new AggregationOptions { Method = AggregationMethod.Sum });

        q4.MissingMonths.Should().Equal(AssessmentPeriod.Month(2023, 11));
        q4.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.HistoryMonthMissing && d.Severity == DiagnosticSeverity.Warning);
        q4.Rows.First().Should().Match<AggregatedRow>(r => r.Department.Name == Education && r.Total == 201m && r.MonthsAssessed == 2);
    }

    [Test]
    public void UnusedEvaluations_WS407()
    {
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            Evaluations = new Dictionary<Department, decimal>
            {
                [Dept(Forestry)] = 80m,
                [Dept(ForestryNow)] = 85m,   // the same department again, under its current name
                [Dept("省外事办")] = 90m,     // not assessed in the period
            },
        };

        var q4 = Quarter().Aggregate(Q4, options);

        // The score given under the current name wins, whatever the dictionary's order (never hash order).
        q4.Diagnostics.Where(d => d.Code == DiagnosticCodes.EvaluationUnused).Select(d => d.RawValue).Should().Equal(Forestry, "省外事办");
        q4.Rows.Single().Should().Match<AggregatedRow>(r => r.Department.Name == ForestryNow && r.Evaluation == 85m);
    }

    [Test]
    public void Overflow_WS406_ListedApart()
    {
        var huge = 50_000_000_000_000_000_000_000_000_000m;
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", huge), Score("乙", 100m)),
            Month(2023, 2, Score("甲", huge), Score("乙", 100m)),
        ]);

        var table = history.Aggregate(AssessmentPeriod.Half(2023, 1), new AggregationOptions { Method = AggregationMethod.Sum });

        table.Rows.Should().ContainSingle().Which.Department.Name.Should().Be("乙");
        table.ListedApart.Should().ContainSingle().Which.Reason.Should().Be(UnrankedReason.OutOfRange);
        table.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.AggregateOutOfRange).Which.IsError.Should().BeTrue();
    }

    [Test]
    public void UsesMonthlyTotalsAfterTheSchemesCaps()
    {
        var engine = new ScoringEngine(new ScoringScheme { BonusCap = 5m });
        var history = new AssessmentHistory(
        [
            engine.Rank([new Assessment(Dept("甲"), 100m, 0m, 12m)], AssessmentPeriod.Month(2023, 1)),
            engine.Rank([new Assessment(Dept("甲"), 100m, 2m, 1m)], AssessmentPeriod.Month(2023, 2)),
        ]);

        history.Aggregate(AssessmentPeriod.Half(2023, 1), new AggregationOptions { Method = AggregationMethod.Sum }).Rows[0].Total.Should().Be(105m + 99m);
    }

    [Test]
    public void RankingMethod_AndTiesInInputOrder()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", 100m), Score("乙", 90m), Score("丙", 90m), Score("丁", 80m)),
        ]);

        var dense = history.Aggregate(AssessmentPeriod.Quarter(2023, 1), new AggregationOptions { RankingMethod = RankingMethod.Dense });

        dense.Rows.Select(r => (r.Department.Name, r.Rank, r.PrintedRank)).Should().Equal(("甲", 1m, "1"), ("乙", 2m, "2"), ("丙", 2m, ""), ("丁", 3m, "3"));
    }

    [Test]
    public void Groups_RankedOnTheirOwn()
    {
        var history = new AssessmentHistory([Month(2023, 1, Score("甲县", 140m), Score("乙区", 99m), Score("丙县", 130m), Score("丁区", 100m))]);
        var groups = new Dictionary<Department, string> { [Dept("甲县")] = "县", [Dept("丙县")] = "县", [Dept("乙区")] = "区", [Dept("丁区")] = "区" };

        var table = history.Aggregate(AssessmentPeriod.Month(2023, 1), new AggregationOptions { Groups = groups });

        table.Rows.Select(r => (r.Group, r.Department.Name, r.Rank)).Should().Equal(("县", "甲县", 1m), ("县", "丙县", 2m), ("区", "丁区", 1m), ("区", "乙区", 2m));
    }

    [Test]
    public void Options_ValidateTheirValues_AlsoThroughWith()
    {
        FluentActions.Invoking(() => new AggregationOptions { MinimumMonths = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AggregationOptions { RoundDecimals = 29 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AggregationOptions { MonthlyWeight = -0.1m }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AggregationOptions { Method = (AggregationMethod)9 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AggregationOptions { Evaluations = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AggregationOptions.Default with { EvaluationWeight = -1m }).Should().Throw<ArgumentOutOfRangeException>();
        AggregationOptions.Default.Should().Match<AggregationOptions>(o =>
            o.Method == AggregationMethod.Average && o.MonthlyWeight == 0.8m && o.EvaluationWeight == 0.2m && o.MinimumMonths == 1 && o.RoundDecimals == null);
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void SameUnderEveryCulture(string culture)
    {
        using var _ = new CultureScope(culture);
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { MinimumMonths = 3 });

        q4.Rows[1].ToString().Should().Be("2 省公安厅 99.17 (3 months)", "an average prints rounded for display, as the writers print it");
        q4.Rows[1].Total.Should().Be(297.5m / 3m, "the value stays exact");
        Quarter().Aggregate(Q4, new AggregationOptions { Method = AggregationMethod.Sum, MinimumMonths = 3 }).Rows[1].ToString().Should().Be("2 省公安厅 297.5 (3 months)");
        q4.ListedApart[1].Message.Should().Contain("2023-11, 2023-12");
    }
}
