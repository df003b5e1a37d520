using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;

namespace WindowScoring.Tests.Export;

/// <summary>Numbers as people print them: the shortest form, or the scheme's display decimals; averages rounded for display.</summary>
public sealed class DisplayDecimalsTests
{
    [TestCase("-12.0", null, "-12")]
    [TestCase("4.50", null, "4.5")]
    [TestCase("145.2", 2, "145.20")]
    [TestCase("145.20", 2, "145.20")]
    [TestCase("92.345", 2, "92.35")]
    [TestCase("-0.125", 2, "-0.13")]
    [TestCase("-0.001", 2, "0.00")]
    [TestCase("99.5", 0, "100")]
    [TestCase("100", 1, "100.0")]
    public void FormatDisplay_RoundsHalfAwayFromZero_AndPadsToTheDecimals(string value, int? decimals, string expected) =>
        ScoreText.FormatDisplay(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals).Should().Be(expected);

    [TestCase("99.16666666666666666666666667", null, "99.17")]
    [TestCase("95", null, "95")]
    [TestCase("92.345", null, "92.35")]
    [TestCase("95", 2, "95.00")]
    [TestCase("99.16666666666666666666666667", 1, "99.2")]
    public void FormatAverage_DefaultsToTwoDecimals_ShortestForm(string value, int? decimals, string expected) =>
        ScoreText.FormatAverage(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals).Should().Be(expected);

    [Test]
    public void FormatDisplay_DecimalsOutOfRange_Throws() =>
        FluentActions.Invoking(() => ScoreText.FormatDisplay(1m, 29)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decimals");

    [TestCase(-1)]
    [TestCase(29)]
    public void Scheme_DisplayDecimalsOutOfRange_Throws(int decimals) =>
        FluentActions.Invoking(() => new ScoringScheme { DisplayDecimals = decimals }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DisplayDecimals");

    [Test]
    public void Scheme_ToString_NamesDisplayDecimals() =>
        new ScoringScheme { DisplayDecimals = 2 }.ToString().Should().Be("base 100, 2 decimals, competition");

    [Test]
    public void Writers_NoDisplayDecimals_PrintShortestForm()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("省林草局"), 100.0m, 12.0m, 4.50m)]);

        CsvTableWriter.Default.ToText(ranked).Split("\r\n")[1].Should().Be("1,省林草局,省林草局,,100,-12,4.5,92.5,");
        ReportTableWriter.Default.ToText(ranked).Split('\n')[1].Should().Be("1\t省林草局\t100\t-12\t4.5\t92.5");
    }

    [Test]
    public void Writers_TwoDisplayDecimals_TablePublishedWithTwoIsWrittenBackWithTwo()
    {
        const string published = "序号,部门窗口,基础分,减分,加分,实得分值\r\n1,省教育厅,100.00,-0.50,45.70,145.20\r\n2,省林草局,100.00,-12.00,0.00,88.00\r\n";
        var scheme = new ScoringScheme { DisplayDecimals = 2 };
        var ranked = new ScoringEngine(scheme).Rank(AssessmentTableReader.Default.ReadText(published).EnsureSuccess().ToTable());

        CsvTableWriter.Default.ToText(ranked).Should().Be(
            "序号,部门窗口,部门代码,分组,基础分,减分,加分,实得分值,备注\r\n" +
            "1,省教育厅,省教育厅,,100.00,-0.50,45.70,145.20,\r\n" +
            "2,省林草局,省林草局,,100.00,-12.00,0.00,88.00,\r\n");
        ReportTableWriter.Default.ToText(ranked).Should().Be(
            ReportTableWriter.Header + "\n" +
            "1\t省教育厅\t100.00\t-0.50\t45.70\t145.20\n" +
            "2\t省林草局\t100.00\t-12.00\t0.00\t88.00\n");
        MarkdownTableWriter.Default.ToText(ranked).Split('\n')[2].Should().Be("| 1 | 省教育厅 | 100.00 | -0.50 | 45.70 | 145.20 |  |");
    }

    [Test]
    public void Aggregated_AveragesRoundedForDisplay_ExactValuesStayOnTheRows()
    {
        var scheme = new ScoringScheme { DisplayDecimals = 1 };
        var months = new[] { 100m, 98m, 97m }.Select((total, i) => new ScoringEngine(scheme).Rank(
            [Assessment.FromTotal(Department.FromName("省公安厅"), total)], AssessmentPeriod.Month(2023, 10 + i)));
        var q4 = new AssessmentHistory(months).Aggregate(AssessmentPeriod.Quarter(2023, 4));

        CsvTableWriter.Default.ToText(q4).Split("\r\n")[1].Should().Be("1,省公安厅,省公安厅,,3,295.0,98.3,,98.3,");
        q4.Rows.Single().Average.Should().Be(295m / 3);

        var exact = new AssessmentHistory(new[] { 100m, 98m, 99.5m }.Select((total, i) => ScoringEngine.Default.Rank(
            [Assessment.FromTotal(Department.FromName("省公安厅"), total)], AssessmentPeriod.Month(2023, 10 + i)))).Aggregate(AssessmentPeriod.Quarter(2023, 4));
        CsvTableWriter.Default.ToText(exact).Split("\r\n")[1].Should().Be("1,省公安厅,省公安厅,,3,297.5,99.17,,99.17,");
        exact.Rows.Single().Average.Should().Be(297.5m / 3);
    }
}
