using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

public sealed class AlertTests
{
    private static readonly AlertOptions BottomOnly = new() { Bottom = TablePlaces.FromCount(2), ConsecutiveMonths = 2, MaxDrop = null };

    private static IEnumerable<(AlertKind Kind, string Department, string Months)> Summary(IEnumerable<Alert> alerts) =>
        alerts.Select(a => (a.Kind, a.Department.Name, string.Join(" ", a.Months)));

    [Test]
    public void BottomRun_FiresForTwoConsecutiveMonths()
    {
        // Bottom 2 — Oct: 林业 95, 税务 90. Nov: 医保 97, 林业 96. Dec: 税务 92, 医保 88.
        var alerts = Quarter().Analyze(BottomOnly).Alerts;

        Summary(alerts).Should().Equal(
            (AlertKind.BottomRun, ForestryNow, "2023-10 2023-11"),
            (AlertKind.BottomRun, Medical, "2023-11 2023-12"));
        alerts[0].Figures.Select(f => f.ToString()).Should().Equal("2023-10 rank 3 of 4 (95)", "2023-11 rank 4 of 4 (96)");
        alerts[0].Message.Should().Be("in the bottom 2 for 2 consecutive months: 2023-10 rank 3 of 4 (95), 2023-11 rank 4 of 4 (96).");
        alerts[0].ToString().Should().Be("2023-11 省林草局: " + alerts[0].Message);
    }

    [Test]
    public void BottomRun_NotAssessedMonthBreaksTheRun()
    {
        // 税务 is in the bottom 2 in October and December but was not assessed in November.
        Quarter().Analyze(BottomOnly).Alerts.Should().NotContain(a => a.Department.Name == Tax);
    }

    [Test]
    public void BottomRun_OneMonthShortDoesNotFire()
    {
        Quarter().Analyze(BottomOnly with { ConsecutiveMonths = 3 }).Alerts.Should().BeEmpty();
    }

    [Test]
    public void BottomRun_MonthMissingFromHistoryBreaksTheRun()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 9, Score("甲", 100m), Score("乙", 80m)),
            Month(2023, 11, Score("甲", 100m), Score("乙", 80m)),
        ]);

        history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1) }).Alerts.Should().BeEmpty();
    }

    [Test]
    public void BottomRun_LongRun_OneAlertNamingEveryMonth_AcrossTheYearEnd()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 11, Score("甲", 100m), Score("乙", 80m)),
            Month(2023, 12, Score("甲", 100m), Score("乙", 80m)),
            Month(2024, 1, Score("甲", 100m), Score("乙", 80m)),
        ]);

        Summary(history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1) }).Alerts).Should().Equal((AlertKind.BottomRun, "乙", "2023-11 2023-12 2024-01"));
    }

    [Test]
    public void BottomRun_TiedAtTheEdge_AllIn()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", 100m), Score("乙", 90m), Score("丙", 90m)),
            Month(2023, 2, Score("甲", 100m), Score("乙", 90m), Score("丙", 90m)),
        ]);

        Summary(history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1) }).Alerts).Should().Equal(
            (AlertKind.BottomRun, "乙", "2023-01 2023-02"), (AlertKind.BottomRun, "丙", "2023-01 2023-02"));
    }

    [Test]
    public void RankDrop_MoreThanMaxDropFires_ExactlyMaxDropDoesNot()
    {
        // 医保 3 (Nov) → 5 (Dec): a drop of 2. Every other drop is 1.
        var fires = Quarter().Analyze(new AlertOptions { Bottom = null, MaxDrop = TablePlaces.FromCount(1) }).Alerts;
        Summary(fires).Should().Equal((AlertKind.RankDrop, Medical, "2023-11 2023-12"));
        fires[0].Message.Should().Be("dropped 2 ranks, more than 1: 2023-11 rank 3 of 4 (97), 2023-12 rank 5 of 5 (88).");

        Quarter().Analyze(new AlertOptions { Bottom = null, MaxDrop = TablePlaces.FromCount(2) }).Alerts.Should().BeEmpty();
    }

    [Test]
    public void RankDrop_AcrossANotAssessedMonth_NamesBothMonths()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 1, Score("甲", 100m), Score("乙", 90m), Score("丙", 80m)),
            Month(2023, 2, Score("乙", 90m), Score("丙", 80m), Exempt("甲", "免考核")),
            Month(2023, 3, Score("乙", 90m), Score("丙", 80m), Score("甲", 70m)),
        ]);

        Summary(history.Analyze(new AlertOptions { Bottom = null, MaxDrop = TablePlaces.FromCount(1) }).Alerts).Should().Equal((AlertKind.RankDrop, "甲", "2023-01 2023-03"));
    }

    [Test]
    public void GradeBelow_StrictlyBelowThresholdFires_EqualDoesNot()
    {
        // 税务 90 in October equals the threshold; 医保 88 in December is below it.
        var alerts = Quarter().Analyze(new AlertOptions { Bottom = null, MaxDrop = null, GradeThreshold = 90m, GradeName = "合格" }).Alerts;

        Summary(alerts).Should().Equal((AlertKind.GradeBelow, Medical, "2023-12"));
        alerts[0].Figures.Should().Equal(new AlertFigure(AssessmentPeriod.Month(2023, 12), 5m, 5, 88m));
        alerts[0].Message.Should().Be("a total of 88 in 2023-12, below 合格 (90): 2023-12 rank 5 of 5 (88).");

        Quarter().Analyze(new AlertOptions { Bottom = null, MaxDrop = null, GradeThreshold = 88m }).Alerts.Should().BeEmpty();
    }

    [Test]
    public void Alerts_OrderedByMonthThenKindThenPlace_AndKeptPerDepartment()
    {
        var analysis = Quarter().Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(2), MaxDrop = TablePlaces.FromCount(1), GradeThreshold = 90m });

        Summary(analysis.Alerts).Should().Equal(
            (AlertKind.BottomRun, ForestryNow, "2023-10 2023-11"),
            (AlertKind.BottomRun, Medical, "2023-11 2023-12"),
            (AlertKind.RankDrop, Medical, "2023-11 2023-12"),
            (AlertKind.GradeBelow, Medical, "2023-12"));
        analysis[Dept(Medical)].Alerts.Select(a => a.Kind).Should().Equal(AlertKind.BottomRun, AlertKind.RankDrop, AlertKind.GradeBelow);
    }

    [Test]
    public void Period_KeepsAlertsArisingInIt()
    {
        var options = new AlertOptions { Bottom = TablePlaces.FromCount(2), MaxDrop = null };

        Summary(Quarter().Analyze(AssessmentPeriod.Month(2023, 11), options).Alerts).Should().Equal((AlertKind.BottomRun, ForestryNow, "2023-10 2023-11"));
        Quarter().Analyze(AssessmentPeriod.Month(2023, 10), options).Alerts.Should().BeEmpty();
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void Messages_InAFixedLanguage_SameUnderEveryCulture(string culture)
    {
        using var _ = new CultureScope(culture);
        using var language = new MessageCultureScope("");
        var alerts = new AssessmentHistory(QuarterTables(), Aliases).Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(2), MaxDrop = TablePlaces.FromCount(1), GradeThreshold = 88.5m }).Alerts;

        alerts.Select(a => a.ToString()).Should().Equal(
            "2023-11 省林草局: in the bottom 2 for 2 consecutive months: 2023-10 rank 3 of 4 (95), 2023-11 rank 4 of 4 (96).",
            "2023-12 省医保局: in the bottom 2 for 2 consecutive months: 2023-11 rank 3 of 4 (97), 2023-12 rank 5 of 5 (88).",
            "2023-12 省医保局: dropped 2 ranks, more than 1: 2023-11 rank 3 of 4 (97), 2023-12 rank 5 of 5 (88).",
            "2023-12 省医保局: a total of 88 in 2023-12, below 88.5: 2023-12 rank 5 of 5 (88).");
    }

    [Test]
    public void Options_ValidateTheirValues()
    {
        FluentActions.Invoking(() => new AlertOptions { Bottom = TablePlaces.FromCount(0) }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AlertOptions { ConsecutiveMonths = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => AlertOptions.Default with { MaxDrop = TablePlaces.FromCount(-1) }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
