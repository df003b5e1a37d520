using WindowScoring.Validation;

namespace WindowScoring.Tests.Domain;

public sealed class AssessmentInputTests
{
    [Test]
    public void ToAssessment_CodeAndName_KeepsBoth()
    {
        var a = new AssessmentInput { DepartmentCode = "EDU", DepartmentName = "教育厅", BaseScore = 100m, Deduction = 12m, Bonus = 1m }.ToAssessment();
        a.Department.Code.Should().Be("EDU");
        a.Department.Name.Should().Be("教育厅");
        a.Total.Should().Be(89m);
    }

    [Test]
    public void ToAssessment_NameOnly_DerivesTheCode()
    {
        new AssessmentInput { DepartmentName = "省新闻出版局 (省电影局)", BaseScore = 100m, Deduction = 0m, Bonus = 1m }.ToAssessment()
            .Department.Should().Be(Department.FromName("省新闻出版局（省电影局）"));
    }

    [Test]
    public void ToAssessment_CodeOnly_UsesTheCodeAsName()
    {
        new AssessmentInput { DepartmentCode = "EDU", BaseScore = 100m, Deduction = 0m, Bonus = 0m }.ToAssessment().Department.Name.Should().Be("EDU");
    }

    [Test]
    public void ToString_IsInvariant()
    {
        using var _ = new CultureScope("de-DE");
        new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 12.5m, Bonus = null }.ToString()
            .Should().Be("教育厅: base 100, deduction 12.5, bonus ?");
        new AssessmentInput { DepartmentCode = "EDU", NotAssessed = true, NotAssessedReason = "新进驻" }.ToString()
            .Should().Be("EDU: not assessed (新进驻)");
    }

    [Test]
    public void ToAssessment_InvalidInput_ThrowsInvalidOperation_NeverRepairs()
    {
        var valid = new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 0m, Bonus = 0m };
        AssessmentInput[] invalid =
        [
            valid with { DepartmentName = " " },
            valid with { Deduction = null },
            valid with { Bonus = -1m },
            valid with { NotAssessed = true },
        ];
        foreach (var input in invalid)
        {
            FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>(input.ToString());
        }
    }
}
