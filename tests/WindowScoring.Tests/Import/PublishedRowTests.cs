using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>An <see cref="PublishedRow"/> keeps what the file printed exactly, and compares by value.</summary>
public sealed class PublishedRowTests
{
    private static readonly Assessment Some = Assessment.FromTotal(Department.FromName("教育厅"), 89m);

    [TestCase("1")]
    [TestCase("01")]
    [TestCase("1.5")]
    [TestCase("x")]
    [TestCase("")]
    [TestCase(null)]
    public void PrintedRank_IsKeptExactlyAsRead(string? printed)
    {
        var rows = AssessmentTableReader.Default.ReadText($"序号,部门,实得分值\n{printed},教育厅,89\n").Rows;
        rows.Single().PrintedRank.Should().Be(printed ?? string.Empty);
    }

    [Test]
    public void Equals_ComparesEveryMemberByValue()
    {
        var a = new PublishedRow(2, Some, "1", 89.50m, [new("工单数", "12")]);
        var same = new PublishedRow(2, Some, "1", 89.5m, [new("工单数", "12")]);
        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());

        a.Should().NotBe(new PublishedRow(3, Some, "1", 89.5m, [new("工单数", "12")]));
        a.Should().NotBe(new PublishedRow(2, Assessment.FromTotal(Department.FromName("教育厅"), 88m), "1", 89.5m, [new("工单数", "12")]));
        a.Should().NotBe(new PublishedRow(2, Some, "", 89.5m, [new("工单数", "12")]));
        a.Should().NotBe(new PublishedRow(2, Some, "1", null, [new("工单数", "12")]));
        a.Should().NotBe(new PublishedRow(2, Some, "1", 89.5m, [new("工单数", "13")]));
        a.Should().NotBe(new PublishedRow(2, Some, "1", 89.5m, []));
    }

    [Test]
    public void EmptyExtraCells_AreNotKept()
    {
        var row = AssessmentTableReader.Default.ReadText("部门,实得分值,工单数,备注\n教育厅,89,,\n交通运输厅,90,7,\n").Rows;
        row[0].Extras.Should().BeEmpty();
        row[1].Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("工单数", "7"));
    }
}
