namespace WindowScoring.Tests.Domain;

public sealed class NotAssessedEntryTests
{
    private static readonly Department Education = Department.FromName("教育厅");

    [Test]
    public void Entry_KeepsDepartmentAndTrimmedReason_AndReadsAsData()
    {
        var entry = new NotAssessedEntry(Education, " 新进驻 ");

        entry.Department.Should().Be(Education);
        entry.Reason.Should().Be("新进驻");
        entry.Group.Should().BeNull();
        entry.ToString().Should().Be("教育厅: not assessed (新进驻)");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void BlankReason_IsNoReason(string? reason)
    {
        var entry = new NotAssessedEntry(Education, reason);

        entry.Reason.Should().BeNull();
        entry.ToString().Should().Be("教育厅: not assessed");
    }

    [TestCase(null, null)]
    [TestCase("  ", null)]
    [TestCase(" 县 ", "县")]
    public void Group_IsTrimmed_BlankIsNone(string? group, string? expected) =>
        new NotAssessedEntry(Education) { Group = group }.Group.Should().Be(expected);

    [Test]
    public void Equality_ComparesDepartmentReasonAndGroup()
    {
        var a = new NotAssessedEntry(Education, "新进驻") { Group = "县" };
        var same = new NotAssessedEntry(Department.FromName(" 教育厅 "), "新进驻 ") { Group = " 县" };

        (a == same).Should().BeTrue();
        a.GetHashCode().Should().Be(same.GetHashCode());
        NotAssessedEntry[] different =
        [
            new NotAssessedEntry(Department.FromName("公安厅"), "新进驻") { Group = "县" },
            new NotAssessedEntry(Education, "免考核") { Group = "县" },
            new NotAssessedEntry(Education, "新进驻"),
        ];
        foreach (var other in different)
        {
            (a == other).Should().BeFalse(other.ToString());
            (a != other).Should().BeTrue(other.ToString());
            a.Equals((object)other).Should().BeFalse(other.ToString());
        }

        ((NotAssessedEntry?)null == null).Should().BeTrue();
        (a == null).Should().BeFalse();
    }

    [Test]
    public void NullDepartment_Throws() =>
        FluentActions.Invoking(() => new NotAssessedEntry(null!)).Should().Throw<ArgumentNullException>().WithParameterName("department");
}
