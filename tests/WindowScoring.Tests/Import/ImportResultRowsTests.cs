using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>The rows of a result are kept in chunks (no large array for millions of rows); they behave as a plain read-only list.</summary>
public sealed class ImportResultRowsTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1023)]
    [TestCase(1024)]
    [TestCase(1025)]
    [TestCase(5000)]
    public void Rows_AcrossChunkBoundaries_IndexAndEnumerateInInputOrder(int count)
    {
        var text = "部门窗口,实得分值\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"部门{i},{i}\n"));

        var rows = AssessmentTableReader.Default.ReadText(text).Rows;

        rows.Should().HaveCount(count);
        rows.Select(r => r.Line).Should().Equal(Enumerable.Range(2, count));
        Enumerable.Range(0, count).Select(i => rows[i].Assessment!.Total).Should().Equal(Enumerable.Range(1, count).Select(i => (decimal)i));
        rows.Invoking(r => r[count]).Should().Throw<ArgumentOutOfRangeException>();
        rows.Invoking(r => r[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Rows_CannotBeCastToAMutableCollection()
    {
        var rows = AssessmentTableReader.Default.ReadText("部门窗口,实得分值\n甲,1\n").Rows;

        rows.Should().NotBeAssignableTo<ICollection<PublishedRow>>();
        rows.Should().NotBeAssignableTo<PublishedRow[]>();
    }
}
