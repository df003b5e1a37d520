using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

public sealed class AssessmentHistoryTests
{
    [Test]
    public void Months_AreSorted_AndTablesKept()
    {
        var tables = QuarterTables();
        var history = new AssessmentHistory(tables.Reverse(), Aliases);

        history.Months.Select(m => m.ToString()).Should().Equal("2023-10", "2023-11", "2023-12");
        history.Tables.Should().Equal(tables);
        history[AssessmentPeriod.Month(2023, 11)].Should().BeSameAs(tables[1]);
        history.TryGetTable(AssessmentPeriod.Month(2023, 9), out _).Should().BeFalse();
        history.Diagnostics.Should().BeEmpty();
        history.ToString().Should().Be("history 2023-10..2023-12: 3 months, 5 departments");
    }

    [Test]
    public void Indexer_MonthWithoutTable_ThrowsKeyNotFound_TryGetTableFindsTheOthers()
    {
        var tables = QuarterTables();
        var history = new AssessmentHistory(tables, Aliases);

        FluentActions.Invoking(() => history[AssessmentPeriod.Month(2023, 9)]).Should().Throw<KeyNotFoundException>().WithMessage("*2023-09*");
        history.TryGetTable(AssessmentPeriod.Month(2023, 9), out var none).Should().BeFalse();
        none.Should().BeNull();
        history.TryGetTable(AssessmentPeriod.Month(2023, 12), out var december).Should().BeTrue();
        december.Should().BeSameAs(tables[2]);
    }

    [Test]
    public void Departments_ByIdentity_InOrderOfFirstAppearance_RenamedShownUnderCurrentName()
    {
        var history = Quarter();

        history.Departments.Select(d => d.Name).Should().Equal(Education, Police, ForestryNow, Tax, Medical);
    }

    [Test]
    public void Departments_NameVariantsAreOneDepartment_LatestNameShown()
    {
        var history = new AssessmentHistory(
        [
            Month(2023, 10, Score("省新闻出版局 (省电影局)", 100m)),
            Month(2023, 11, Score("省新闻出版局（省电影局）窗口", 99m)),
        ]);

        history.Departments.Should().ContainSingle().Which.Name.Should().Be("省新闻出版局（省电影局）窗口");
    }

    [Test]
    public void Departments_KnownOnlyByFormerName_ShownAsAliasTarget()
    {
        var history = new AssessmentHistory([Month(2023, 10, Score(Forestry, 95m))], Aliases);

        history.Departments.Should().ContainSingle().Which.Name.Should().Be(ForestryNow);
    }

    [Test]
    public void Empty_History()
    {
        var history = new AssessmentHistory([]);

        history.Months.Should().BeEmpty();
        history.ToString().Should().Be("empty history");
        history.Aggregate(AssessmentPeriod.Quarter(2023, 4)).Rows.Should().BeEmpty();
    }

    [Test]
    public void Constructor_TableWithoutPeriod_Throws()
    {
        var noPeriod = ScoringEngine.Default.Rank([Score(Education, 100m)]);
        FluentActions.Invoking(() => new AssessmentHistory([noPeriod])).Should().Throw<ArgumentException>().WithParameterName("tables");
    }

    [Test]
    public void Constructor_QuarterTable_Throws()
    {
        var quarter = ScoringEngine.Default.Rank([Score(Education, 100m)], AssessmentPeriod.Quarter(2023, 4));
        FluentActions.Invoking(() => new AssessmentHistory([quarter])).Should().Throw<ArgumentException>().WithMessage("*2023-Q4*");
    }

    [Test]
    public void Constructor_MonthTwice_Throws()
    {
        FluentActions.Invoking(() => new AssessmentHistory([Month(2023, 10), Month(2023, 10)])).Should().Throw<ArgumentException>().WithMessage("*2023-10*");
    }

    [Test]
    public void Constructor_Nulls_Throw()
    {
        FluentActions.Invoking(() => new AssessmentHistory(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new AssessmentHistory([null!])).Should().Throw<ArgumentException>();
    }

    [Test]
    public void FromTables_ReportsBadTablesAsDiagnostics_AndKeepsTheRest()
    {
        var first = Month(2023, 10, Score(Education, 100m));
        var history = AssessmentHistory.FromTables(
        [
            first,
            ScoringEngine.Default.Rank([Score(Education, 99m)], null, "无期间的表"),
            ScoringEngine.Default.Rank([Score(Education, 98m)], AssessmentPeriod.FullYear(2023)),
            Month(2023, 10, Score(Education, 97m)),
            Month(2023, 11, Score(Education, 96m)),
        ]);

        history.Diagnostics.Select(d => (d.Code, d.Severity, d.RawValue)).Should().Equal(
            (DiagnosticCodes.HistoryPeriodNotMonth, DiagnosticSeverity.Error, "无期间的表"),
            (DiagnosticCodes.HistoryPeriodNotMonth, DiagnosticSeverity.Error, "2023"),
            (DiagnosticCodes.HistoryMonthRepeated, DiagnosticSeverity.Error, "2023-10"));
        history.Diagnostics[0].Message.Should().StartWith("Table 2 ('无期间的表') has no period");
        history.Months.Select(m => m.ToString()).Should().Equal("2023-10", "2023-11");
        history[AssessmentPeriod.Month(2023, 10)].Should().BeSameAs(first, "the first table given for a month is kept");
    }

    [Test]
    public void Merger_BothFormerAndCurrentInOneMonth_WS402_FirstInRankedOrderUsed()
    {
        var aliases = DepartmentAliases.Empty.Add("省林业厅", "省林草局").Add("省草原局", "省林草局");
        var history = new AssessmentHistory(
        [
            Month(2023, 10, Score("省草原局", 90m), Score("省林业厅", 95m), Score(Education, 100m)),
            Month(2023, 11, Score("省林草局", 96m), Score(Education, 100m)),
        ], aliases);

        history.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.HistoryDepartmentRepeated && d.RawValue == "省草原局" && d.IsError);
        history.Departments.Select(d => d.Name).Should().Equal(Education, "省林草局");

        var october = history.Aggregate(AssessmentPeriod.Month(2023, 10));
        october.Rows.Single(r => r.Department.Name == "省林草局").Total.Should().Be(95m, "the first row in ranked order (95) is used, the other (90) is not");
    }

    [Test]
    public void Rename_KeepsHistory()
    {
        var q4 = Quarter().Aggregate(AssessmentPeriod.Quarter(2023, 4));

        var forestry = q4.Rows.Single(r => r.Department.Name == ForestryNow);
        forestry.MonthsAssessed.Should().Be(3);
        forestry.Sum.Should().Be(95m + 96m + 94m);
    }
}
