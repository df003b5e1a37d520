using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

public sealed class MovementTests
{
    private static IEnumerable<(string Month, decimal? Rank, RankChange Change, decimal? Delta)> Moves(DepartmentHistory? history) =>
        history!.Months.Select(m => (m.Month.ToString(), m.Rank, m.Change, m.Delta));

    [Test]
    public void Indexer_UnknownDepartment_ThrowsKeyNotFound_TryGetHistoryResolvesFormerNames()
    {
        var analysis = Quarter().Analyze();

        FluentActions.Invoking(() => analysis[Dept("省外事办")]).Should().Throw<KeyNotFoundException>();
        analysis.TryGetHistory(Dept("省外事办"), out var none).Should().BeFalse();
        none.Should().BeNull();
        analysis.TryGetHistory(Dept(Forestry), out var forestry).Should().BeTrue();
        forestry!.Department.Name.Should().Be(ForestryNow);
        analysis[Dept(Forestry)].Should().BeSameAs(forestry);
    }

    [Test]
    public void Movement_UpDownSameNew_AgainstTheLatestRankedMonth()
    {
        var analysis = Quarter().Analyze();

        // Oct: 教育 1, 公安 2, 林业 3, 税务 4. Nov: 公安 1, 教育 2, 医保 3, 林业 4 (税务 not assessed). Dec: 教育 1, 公安 2, 林草 3, 税务 4, 医保 5.
        Moves(analysis[Dept(Education)]).Should().Equal(("2023-10", 1m, RankChange.New, null), ("2023-11", 2m, RankChange.Down, -1m), ("2023-12", 1m, RankChange.Up, 1m));
        Moves(analysis[Dept(Medical)]).Should().Equal(("2023-11", 3m, RankChange.New, null), ("2023-12", 5m, RankChange.Down, -2m));
        Moves(analysis[Dept(Tax)]).Should().Equal(
            ("2023-10", 4m, RankChange.New, null), ("2023-11", null, RankChange.NotAssessed, null), ("2023-12", 4m, RankChange.Same, 0m));

        var taxDecember = analysis[Dept(Tax)].Months[2];
        taxDecember.PreviousMonth.Should().Be(AssessmentPeriod.Month(2023, 10), "November was not assessed, so December compares with October");
        taxDecember.PreviousRank.Should().Be(4m);
        analysis[Dept(Tax)].Months[1].NotAssessedReason.Should().Be("系统升级");
    }

    [Test]
    public void Movement_RenamedDepartment_OneHistory_NamesAsPrinted()
    {
        var forestry = Quarter().Analyze()[Dept(Forestry)];

        forestry!.Department.Name.Should().Be(ForestryNow);
        forestry.Months.Select(m => m.NameAsPrinted).Should().Equal(Forestry, Forestry, ForestryNow);
        Moves(forestry).Should().Equal(("2023-10", 3m, RankChange.New, null), ("2023-11", 4m, RankChange.Down, -1m), ("2023-12", 3m, RankChange.Up, 1m));
    }

    [Test]
    public void Summary_BestWorstAndMonthsAtRankOne()
    {
        var analysis = Quarter().Analyze();

        var police = analysis[Dept(Police)];
        police.BestMonth!.Month.Should().Be(AssessmentPeriod.Month(2023, 11));
        police.WorstMonth!.Month.Should().Be(AssessmentPeriod.Month(2023, 10), "October and December are both rank 2: the earliest is named");
        police.MonthsAtRankOne.Should().Equal(AssessmentPeriod.Month(2023, 11));
        police.RankedMonths.Should().Be(3);

        var education = analysis[Dept(Education)];
        education.MonthsAtRankOne.Should().Equal(AssessmentPeriod.Month(2023, 10), AssessmentPeriod.Month(2023, 12));
        education.ToString().Should().Be("省教育厅: 3 months ranked, best 1 (2023-10), worst 2 (2023-11)");

        analysis[Dept(Tax)].RankedMonths.Should().Be(2);
        analysis.TryGetHistory(Dept("省外事办"), out _).Should().BeFalse();
    }

    [Test]
    public void FlatMovements_MonthByMonth_RankedOrderThenNotAssessed()
    {
        var november = Quarter().Analyze().Movements.Where(m => m.Month == AssessmentPeriod.Month(2023, 11));

        november.Select(m => m.Department.Name).Should().Equal(Police, Education, Medical, ForestryNow, Tax);
        november.Select(m => m.RankedCount).Should().OnlyContain(c => c == 4);
        november.First().ToString().Should().Be("2023-11 省公安厅 rank 1 (up 1)");
        november.Last().ToString().Should().Be("2023-11 省税务局 not assessed");
    }

    [Test]
    public void Period_FirstMonthComparesWithTheMonthBefore()
    {
        var q3 = Year().Analyze(AssessmentPeriod.Quarter(2023, 3));

        q3.Period.Should().Be(AssessmentPeriod.Quarter(2023, 3));
        q3.Movements.Select(m => m.Month).Distinct().Select(m => m.ToString()).Should().Equal("2023-07", "2023-08", "2023-09");
        // May: 教育 100 (1), 税务 98 (2), 公安 95 (3), 林业 95 (3). June: 教育 100 (1), 公安 96 (2), 林业 95 (3); 税务 not assessed.
        // July: 教育 100 (1), 医保 99 (2), 税务 98 (3), 公安 97 (4), 林草 95 (5).
        var july = q3[Dept(Tax)].Months[0];
        july.Should().Match<RankMovement>(m => m.Rank == 3m && m.Change == RankChange.Down && m.Delta == -1m && m.PreviousMonth == AssessmentPeriod.Month(2023, 5));
        q3[Dept(Medical)].Months[0].Change.Should().Be(RankChange.New);
        q3[Dept(Police)].Months[0].Should().Match<RankMovement>(m => m.Rank == 4m && m.PreviousRank == 2m && m.Delta == -2m);
        q3.Departments.Should().HaveCount(5);
        q3.ToString().Should().StartWith("2023-Q3: 5 departments");
    }
}
