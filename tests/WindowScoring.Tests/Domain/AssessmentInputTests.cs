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

    [Test]
    public void ToAssessment_ZeroBaseScore_IsAccepted()
    {
        new AssessmentInput { DepartmentName = "教育厅", BaseScore = 0m, Deduction = 0m, Bonus = 0m }.ToAssessment().Total.Should().Be(0m);
    }

    [Test]
    public void ToAssessment_NegativeBaseScore_ThrowsInvalidOperation_SayingValidateFirst()
    {
        var input = new AssessmentInput { DepartmentName = "教育厅", BaseScore = -1m, Deduction = 0m, Bonus = 0m };
        FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>()
            .WithMessage("The base score, deduction and bonus must all be given and not negative; validate the input first.");
    }

    [Test]
    public void ToAssessment_BlankGroup_BecomesNoGroup_AndAGroupIsKept()
    {
        var input = new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 0m, Bonus = 0m, Group = "  " };
        input.ToAssessment().Group.Should().BeNull();
        (input with { Group = "A组" }).ToAssessment().Group.Should().Be("A组");
    }

    [Test]
    public void ToAssessment_MarkedNotAssessed_SaysToCallToNotAssessed()
    {
        var input = new AssessmentInput { DepartmentName = "教育厅", NotAssessed = true };
        FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>().WithMessage("*ToNotAssessed*");
    }

    [Test]
    public void ToAssessment_NoDepartment_SaysSo()
    {
        var input = new AssessmentInput { BaseScore = 100m, Deduction = 0m, Bonus = 0m };
        FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>()
            .WithMessage("The input names no department; validate the input first.");
    }

    [Test]
    public void ToNotAssessed_InputNotMarkedNotAssessed_Throws_EvenWithoutFigures()
    {
        var input = new AssessmentInput { DepartmentName = "教育厅" };
        FluentActions.Invoking(input.ToNotAssessed).Should().Throw<InvalidOperationException>().WithMessage("*(ToAssessment)*");
    }

    [TestCase(1, null, null)]
    [TestCase(null, 1, null)]
    [TestCase(null, null, 1)]
    public void ToNotAssessed_AnyOneFigureGiven_Throws(int? baseScore, int? deduction, int? bonus)
    {
        var input = new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, BaseScore = baseScore, Deduction = deduction, Bonus = bonus };
        FluentActions.Invoking(input.ToNotAssessed).Should().Throw<InvalidOperationException>()
            .WithMessage("A department that was not assessed has no figures; validate the input first.");
    }

    [Test]
    public void ToNotAssessed_KeepsReasonAndGroup()
    {
        var entry = new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, NotAssessedReason = "新进驻", Group = "B组" }.ToNotAssessed();
        entry.Reason.Should().Be("新进驻");
        entry.Group.Should().Be("B组");
    }

    [Test]
    public void ToString_NoDepartment_SaysSo()
    {
        new AssessmentInput { BaseScore = 1m }.ToString().Should().Be("(no department): base 1, deduction ?, bonus ?");
        new AssessmentInput { DepartmentName = " ", DepartmentCode = "EDU", Deduction = 2m }.ToString().Should().Be("EDU: base ?, deduction 2, bonus ?");
    }

    [TestCase(5, null, null, "新进驻单位: not assessed (新进驻); base 5, deduction ?, bonus ?")]
    [TestCase(null, 5, null, "新进驻单位: not assessed (新进驻); base ?, deduction 5, bonus ?")]
    [TestCase(null, null, 5, "新进驻单位: not assessed (新进驻); base ?, deduction ?, bonus 5")]
    public void ToString_NotAssessedWithAFigure_ShowsTheFigures(int? baseScore, int? deduction, int? bonus, string expected)
    {
        new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, NotAssessedReason = " 新进驻 ", BaseScore = baseScore, Deduction = deduction, Bonus = bonus }
            .ToString().Should().Be(expected);
    }

    [Test]
    public void ToString_NotAssessedWithoutReasonOrFigures_IsJustNotAssessed()
    {
        new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, NotAssessedReason = " " }.ToString().Should().Be("新进驻单位: not assessed");
    }
}
