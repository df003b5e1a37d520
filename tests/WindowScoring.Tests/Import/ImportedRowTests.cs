using WindowScoring.Domain;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>An <see cref="ImportedRow"/> keeps what the file printed exactly, however it stores it.</summary>
public sealed class ImportedRowTests
{
    private static readonly Assessment Some = Assessment.FromTotal(Department.FromName("教育厅"), 89m);

    [TestCase("1")]
    [TestCase("29")]
    [TestCase("999999999")]
    [TestCase("1000000000")]
    [TestCase("01")]
    [TestCase("0")]
    [TestCase("1.5")]
    [TestCase("-1")]
    [TestCase("+2")]
    [TestCase("１")]
    [TestCase("x")]
    [TestCase("")]
    [TestCase(null)]
    public void PrintedRank_IsKeptExactlyAsGiven(string? printed)
    {
        var row = new ImportedRow(2, Some, printed, 89m, []);

        row.PrintedRank.Should().Be(printed);
        (row with { PrintedRank = printed }).Should().Be(row);
        (row with { PrintedRank = "7" }).PrintedRank.Should().Be("7");
        (row with { PrintedRank = "7" }).Should().NotBe(row);
    }

    [Test]
    public void PrintedTotal_NullAndZero_AreDifferent()
    {
        var withTotal = new ImportedRow(2, Some, "1", 0m, []);
        var without = new ImportedRow(2, Some, "1", null, []);

        withTotal.PrintedTotal.Should().Be(0m);
        without.PrintedTotal.Should().BeNull();
        withTotal.Should().NotBe(without);
        new ImportedRow(2, Some, "1", 114.50m, []).Should().Be(new ImportedRow(2, Some, "1", 114.5m, []));
    }

    [Test]
    public void ReadRows_RankTextSurvivesTheCommonPath()
    {
        var rows = AssessmentTableReader.Default.ReadText("序号,部门窗口,实得分值\n1,甲,90\n,乙,90\n03,丙,80\n4.0,丁,70\n1234567890,戊,60\n").Rows;

        rows.Select(r => r.PrintedRank).Should().Equal("1", string.Empty, "03", "4.0", "1234567890");
    }
}
