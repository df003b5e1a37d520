using WindowScoring.Domain;

namespace WindowScoring.Tests.Domain;

public sealed class DepartmentTests
{
    [TestCase("省新闻出版局 (省电影局)", "省新闻出版局（省电影局）")]
    [TestCase("  省林草局 ", "省林草局")]
    [TestCase("省林草局窗口", "省林草局")]
    [TestCase("省 林草局", "省林草局")]
    [TestCase("Sichuan  Customs", "sichuan customs")]
    [TestCase("省\u3000林草局", "省林草局")]
    public void FromName_NameVariants_AreTheSameDepartment(string a, string b)
    {
        Department.FromName(a).Should().Be(Department.FromName(b));
    }

    [Test]
    public void FromName_KeepsTheDisplayNameAsGiven()
    {
        var d = Department.FromName("省新闻出版局 (省电影局)");
        d.Name.Should().Be("省新闻出版局 (省电影局)");
        d.Code.Should().Be("省新闻出版局(省电影局)");
        d.ToString().Should().Be("省新闻出版局 (省电影局)");
    }

    [Test]
    public void Identity_IsTheCode_NotTheName()
    {
        Contracts.Equality(new Department("11510000MB1234567X", "省林业厅"), new Department("11510000MB1234567X", "省林草局"), new Department("X2", "省林业厅"));
    }

    [Test]
    public void DifferentNames_AreDifferentDepartments()
    {
        Department.FromName("水利厅").Should().NotBe(Department.FromName("商务厅"));
        Department.FromName("窗口").Code.Should().Be("窗口", "a bare suffix is not removed");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void FromName_Blank_Throws(string? name)
    {
        FluentActions.Invoking(() => Department.FromName(name!)).Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
