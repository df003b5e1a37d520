using WindowScoring.History;

namespace WindowScoring.Tests.History;

public sealed class DepartmentAliasesTests
{
    [Test]
    public void Resolve_Rename_GivesCurrentDepartmentObject()
    {
        var current = Department.FromName("省林草局");
        var aliases = DepartmentAliases.Empty.Add(Department.FromName("省林业厅"), current);

        aliases.Resolve(Department.FromName("省林业厅")).Should().BeSameAs(current);
        aliases.Resolve(Department.FromName("省林业厅窗口")).Should().BeSameAs(current, "identity is the normalised name, not the printed one");
        aliases.IsFormer(Department.FromName("省林业厅")).Should().BeTrue();
        aliases.IsFormer(current).Should().BeFalse();
        aliases.Count.Should().Be(1);
        aliases.ToString().Should().Be("1 alias");
    }

    [Test]
    public void Resolve_Unaliased_GivesTheDepartmentItself()
    {
        var d = Department.FromName("省教育厅");
        DepartmentAliases.Empty.Resolve(d).Should().BeSameAs(d);
    }

    [Test]
    public void Resolve_Chain_GoesToTheEnd()
    {
        var aliases = DepartmentAliases.Empty.Add("甲", "乙").Add("乙", "丙");

        aliases.Resolve(Department.FromName("甲")).Name.Should().Be("丙");
        aliases.Resolve(Department.FromName("乙")).Name.Should().Be("丙");
        aliases.Resolve(Department.FromName("丙")).Name.Should().Be("丙");
    }

    [Test]
    public void Merger_SeveralFormersToOne()
    {
        var aliases = new DepartmentAliases(new Dictionary<Department, Department>
        {
            [Department.FromName("省林业厅")] = Department.FromName("省林草局"),
            [Department.FromName("省草原局")] = Department.FromName("省林草局"),
        });

        aliases.Resolve(Department.FromName("省林业厅")).Should().Be(aliases.Resolve(Department.FromName("省草原局")));
        aliases.ToString().Should().Be("2 aliases");
    }

    [Test]
    public void MatchesByCode_NotByName()
    {
        var aliases = DepartmentAliases.Empty.Add(new Department("11510000MB0000001A", "省林业厅"), new Department("11510000MB0000002B", "省林草局"));

        aliases.Resolve(new Department("11510000MB0000001A", "四川省林业厅")).Code.Should().Be("11510000MB0000002B");
        aliases.Resolve(new Department("OTHER", "省林业厅")).Code.Should().Be("OTHER");
    }

    [Test]
    public void Cycle_Throws()
    {
        FluentActions.Invoking(() => DepartmentAliases.Empty.Add("甲", "乙").Add("乙", "甲")).Should().Throw<ArgumentException>().WithMessage("*cycle*");
        FluentActions.Invoking(() => DepartmentAliases.Empty.Add("甲", "乙").Add("乙", "丙").Add("丙", "甲")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void SelfAndConflictingPairs_Throw()
    {
        FluentActions.Invoking(() => DepartmentAliases.Empty.Add("甲", "甲窗口")).Should().Throw<ArgumentException>().WithMessage("*itself*");
        FluentActions.Invoking(() => DepartmentAliases.Empty.Add("甲", "乙").Add("甲", "丙")).Should().Throw<ArgumentException>().WithMessage("*both*");
        DepartmentAliases.Empty.Add("甲", "乙").Add("甲", "乙").Count.Should().Be(1, "repeating a pair is harmless");
    }

    [Test]
    public void Add_LeavesTheOriginalUnchanged()
    {
        var one = DepartmentAliases.Empty.Add("甲", "乙");
        one.Add("丙", "丁");
        one.Count.Should().Be(1);
        DepartmentAliases.Empty.Count.Should().Be(0);
    }

    [Test]
    public void NullArguments_Throw()
    {
        FluentActions.Invoking(() => new DepartmentAliases(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DepartmentAliases.Empty.Add(null!, Department.FromName("乙"))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DepartmentAliases.Empty.Resolve(null!)).Should().Throw<ArgumentNullException>();
    }
}
