using WindowScoring.Domain;

namespace WindowScoring.Tests.Domain;

public sealed class AssessmentTests
{
    private static readonly Department Education = Department.FromName("教育厅");

    [Test]
    public void Total_IsBaseMinusDeductionPlusBonus_Exactly()
    {
        new Assessment(Education, 100m, 12m, 1m).Total.Should().Be(89m);
        new Assessment(Education, 100m, 0.1m, 0.2m).Total.Should().Be(100.1m, "decimal arithmetic is exact where double gives 100.10000000000001");
        new Assessment(Education, 100m, 0m, 0.9167m).Total.Should().Be(100.9167m);
    }

    [Test]
    public void Equality_TrailingZerosDoNotMatter()
    {
        new Assessment(Education, 100m, 0m, 14.50m).Should().Be(new Assessment(Education, 100.0m, 0m, 14.5m));
    }

    [Test]
    public void NotAssessed_HasNoFigures()
    {
        var a = Assessment.NotAssessed(Education, "新进驻");
        a.IsAssessed.Should().BeFalse();
        a.Total.Should().BeNull();
        a.BaseScore.Should().BeNull();
        a.NotAssessedReason.Should().Be("新进驻");
        a.ToString().Should().Be("教育厅: not assessed (新进驻)");
    }

    [Test]
    public void FromTotal_HasNoBreakdown()
    {
        var a = Assessment.FromTotal(Education, 98.75m);
        a.HasBreakdown.Should().BeFalse();
        a.Total.Should().Be(98.75m);
        a.ToString().Should().Be("教育厅: 98.75");
    }

    [Test]
    public void ToString_IsInvariant()
    {
        using var _ = new CultureScope("de-DE");
        new Assessment(Education, 100m, 12.5m, 1.5m).ToString().Should().Be("教育厅: 100 - 12.5 + 1.5 = 89");
    }

    [TestCase(-1, 0, 0)]
    [TestCase(100, -0.5, 0)]
    [TestCase(100, 0, -1)]
    public void Constructor_NegativeFigures_Throw(decimal baseScore, decimal deduction, decimal bonus)
    {
        FluentActions.Invoking(() => new Assessment(Education, baseScore, deduction, bonus)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
