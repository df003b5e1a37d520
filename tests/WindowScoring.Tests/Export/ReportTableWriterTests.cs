using WindowScoring.Export;

namespace WindowScoring.Tests.Export;

public sealed class ReportTableWriterTests
{
    [Test]
    public void Write_TiesBlank_NumbersShortest_DeductionsNegative()
    {
        var ranked = ScoringEngine.Default.Rank([
            new Assessment(Department.FromName("四川测绘局"), 100m, 12.50m, 0m),
            new Assessment(Department.FromName("自然资源厅"), 100.0m, 0m, 20m),
            new Assessment(Department.FromName("四川地震局"), 100m, 12.5m, 0m),
        ]);

        ReportTableWriter.Default.ToText(ranked).Should().Be(
            ReportTableWriter.Header + "\n" +
            "1\t自然资源厅\t100\t0\t20\t120\n" +
            "2\t四川测绘局\t100\t-12.5\t0\t87.5\n" +
            "\t四川地震局\t100\t-12.5\t0\t87.5\n");
    }

    [Test]
    public void Write_SameUnderEveryCulture()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("省市场监管局"), 100m, 0m, 14.5m)]);
        var expected = ReportTableWriter.Default.ToText(ranked);
        foreach (var culture in CultureScope.Torture)
        {
            using var _ = new CultureScope(culture);
            ReportTableWriter.Default.ToText(ranked).Should().Be(expected).And.Contain("114.5");
        }
    }
}
