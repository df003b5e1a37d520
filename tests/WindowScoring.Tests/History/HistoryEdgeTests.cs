using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

/// <summary>Edges of aggregation, alerts and their texts that mutation testing found untested (issue #26).</summary>
public sealed class HistoryEdgeTests
{
    private static readonly AssessmentPeriod Q4 = AssessmentPeriod.Quarter(2023, 4);

    [Test]
    public void Weighted_ProductBeyondDecimal_ListedApartOutOfRange()
    {
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            EvaluationWeight = 2m,
            Evaluations = new Dictionary<Department, decimal> { [Dept(Police)] = decimal.MaxValue, [Dept(Education)] = 90m },
        };

        var q4 = Quarter().Aggregate(Q4, options);

        q4.ListedApart.Should().ContainSingle(u => u.Department.Name == Police).Which.Reason.Should().Be(UnrankedReason.OutOfRange);
        q4.Rows.Should().NotContain(r => r.Department.Name == Police);
        q4.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.AggregateOutOfRange).Which.RawValue.Should().Be(Police);
    }

    [Test]
    public void Groups_DepartmentOutsideTheMap_RankedInTheEmptyGroup()
    {
        var history = new AssessmentHistory([Month(2023, 1, Score("甲县", 140m), Score("乙", 99m), Score("丙", 130m))]);
        var groups = new Dictionary<Department, string> { [Dept("甲县")] = "县" };

        var table = history.Aggregate(AssessmentPeriod.Month(2023, 1), new AggregationOptions { Groups = groups });

        table.Rows.Select(r => (r.Group, r.Department.Name, r.Rank)).Should().Equal(("县", "甲县", 1m), ("", "丙", 1m), ("", "乙", 2m));
    }

    [Test]
    public void Weighted_TwoFormerNamesOfOneDepartment_TheFirstByCodeWins()
    {
        // Neither key is the current name, so the order by code decides: 甲旧一 (U+4E00) before 甲旧二 (U+4E8C).
        var aliases = DepartmentAliases.Empty.Add("甲旧一", "甲").Add("甲旧二", "甲");
        var history = new AssessmentHistory([Month(2023, 10, Score("甲", 100m)), Month(2023, 11, Score("甲", 100m))], aliases);
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            Evaluations = new Dictionary<Department, decimal> { [Dept("甲旧二")] = 70m, [Dept("甲旧一")] = 80m },
        };

        var q4 = history.Aggregate(Q4, options);

        q4.Rows.Single().Evaluation.Should().Be(80m);
        q4.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.EvaluationUnused).Which.RawValue.Should().Be("甲旧二");
    }

    [Test]
    public void TooFewMonths_NeverAssessed_MessageListsNoMonths()
    {
        var history = new AssessmentHistory([Month(2023, 10, Score("甲", 100m), Exempt("乙", "新进驻")), Month(2023, 11, Score("甲", 100m))]);

        var q4 = history.Aggregate(Q4, new AggregationOptions { MinimumMonths = 1 });

        var apart = q4.ListedApart.Should().ContainSingle().Subject;
        apart.Reason.Should().Be(UnrankedReason.TooFewMonths);
        apart.ToString().Should().Be("TooFewMonths: 乙 was assessed in 0 month(s) of 2023-Q4; at least 1 are needed to be ranked, so it is listed apart.");
    }

    [Test]
    public void Options_NullGroups_StayNull_AndToStringCountsTheMaps()
    {
        new AggregationOptions { Groups = null }.Groups.Should().BeNull();
        var options = new AggregationOptions
        {
            Evaluations = new Dictionary<Department, decimal> { [Dept("甲")] = 90m },
            Groups = new Dictionary<Department, string> { [Dept("甲")] = "县", [Dept("乙")] = "区" },
        };

        options.ToString().Should().Contain("Evaluations = 1 scores").And.Contain("Groups = 2 departments");
    }

    [Test]
    public void BottomRun_DecemberThenFebruary_IsNotARun()
    {
        // After December only January of the next year continues a run (not February, not a January two years on).
        var history = new AssessmentHistory(
        [
            Month(2023, 12, Score("甲", 100m), Score("乙", 80m)),
            Month(2024, 2, Score("甲", 100m), Score("乙", 80m)),
            Month(2025, 1, Score("甲", 100m), Score("乙", 80m)),
        ]);

        history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1), ConsecutiveMonths = 2, MaxDrop = null }).Alerts.Should().BeEmpty();
    }

    [Test]
    public void AlertFigures_EqualityOperators()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 11, Score("甲", 100m), Score("乙", 80m)),
            Month(2023, 12, Score("甲", 100m), Score("乙", 80m)),
        ]);
        var figures = history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1), ConsecutiveMonths = 2, MaxDrop = null }).Alerts.Single().Figures;
        var again = history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1), ConsecutiveMonths = 2, MaxDrop = null }).Alerts.Single().Figures;
        AlertFigure? none = null;

        (figures[0] == again[0]).Should().BeTrue();
        (figures[0] != again[0]).Should().BeFalse();
        (figures[0] == figures[1]).Should().BeFalse();
        (figures[0] != figures[1]).Should().BeTrue();
        (figures[0] == none).Should().BeFalse();
        (none == figures[0]).Should().BeFalse();
        (none == null).Should().BeTrue();
        (none != figures[0]).Should().BeTrue();
    }

    [Test]
    public void Texts_NeverRanked_UnknownDepartment_NoPeriod_Movements()
    {
        var history = new AssessmentHistory([Month(2023, 10, Score("甲", 100m), Exempt("乙", "新进驻")), Month(2023, 11, Score("甲", 90m), Score("乙", 95m)), Month(2023, 12, Score("甲", 91m), Score("乙", 99m))]);
        var analysis = history.Analyze();

        analysis.ToString().Should().Be("history: 2 departments, 1 alerts", "甲 fell from 1 to 2, beyond the default 20 %");
        analysis[Dept("乙")].ToString().Should().Be("乙: 2 months ranked, best 1 (2023-11), worst 1 (2023-11)");
        new AssessmentHistory([Month(2023, 10, Score("甲", 100m), Exempt("乙", "新进驻"))]).Analyze()[Dept("乙")].ToString().Should().Be("乙: never ranked");
        FluentActions.Invoking(() => analysis[Dept("丙")]).Should().Throw<KeyNotFoundException>().WithMessage("No month of the period lists 丙*");
        analysis[Dept("甲")].Months.Select(m => m.ToString()).Should().Equal("2023-10 甲 rank 1 (new)", "2023-11 甲 rank 2 (down 1)", "2023-12 甲 rank 2 (same)");
        analysis[Dept("乙")].Months.Select(m => m.ToString()).Should().Equal("2023-10 乙 not assessed", "2023-11 乙 rank 1 (new)", "2023-12 乙 rank 1 (same)");
        new AssessmentHistory([Month(2023, 10, Score("甲", 80m), Score("乙", 90m)), Month(2023, 11, Score("甲", 100m), Score("乙", 90m))]).Analyze()[Dept("甲")].Months[1]
            .ToString().Should().Be("2023-11 甲 rank 1 (up 1)");
    }

    [Test]
    public void TablePlaces_Equality_CountAndPercentDiffer()
    {
        TablePlaces.FromCount(3).Equals(TablePlaces.FromCount(3)).Should().BeTrue();
        TablePlaces.FromCount(3).Equals(TablePlaces.FromPercent(3m)).Should().BeFalse();
        TablePlaces.FromPercent(3m).Equals(TablePlaces.FromCount(3)).Should().BeFalse();
        TablePlaces.FromCount(3).Equals(null).Should().BeFalse();
        TablePlaces.FromPercent(10m).Equals(TablePlaces.FromPercent(10.0m)).Should().BeTrue();
    }
}
