using CsCheck;

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
    public void FromTotal_HasNoBreakdown()
    {
        var a = Assessment.FromTotal(Education, 98.75m);
        a.HasBreakdown.Should().BeFalse();
        a.Total.Should().Be(98.75m);
        a.ToString().Should().Be("教育厅: 98.75");
    }

    [Test]
    public void Group_KeepsShapeAndFigures_InEveryCombination()
    {
        // Setting a group changes nothing else, and a blank group is no group whether set by init or by the reader.
        foreach (var group in new[] { null, string.Empty, "  ", "县", " 县 " })
        {
            var breakdown = new Assessment(Education, 100m, 12.5m, 1m) { Group = group };
            var expectedGroup = string.IsNullOrWhiteSpace(group) ? null : "县";
            breakdown.Should().BeEquivalentTo(new { HasBreakdown = true, BaseScore = 100m, Deduction = 12.5m, Bonus = 1m, Total = 88.5m, Group = expectedGroup });

            var scoreOnly = Assessment.FromTotal(Education, -3.25m).InGroup(group);
            scoreOnly.Should().BeEquivalentTo(new { HasBreakdown = false, BaseScore = (decimal?)null, Total = -3.25m, Group = expectedGroup });
            new Assessment(Education, 100m, 12.5m, 1m).InGroup(group).Should().Be(breakdown);
        }
    }

    // Figures of every kind: short and wide digits, scales 0 to 28, and (for totals) both signs and negative zero.
    private static Gen<decimal> Figures(bool signed) => Gen.Select(
        Gen.UInt, Gen.Frequency((4, Gen.Const(0u)), (1, Gen.UInt[0, 1 << 20])), Gen.Frequency((4, Gen.Const(0u)), (1, Gen.UInt[0, 1 << 20])),
        Gen.Bool, Gen.Frequency((4, Gen.Byte[0, 2]), (1, Gen.Byte[0, 28])),
        (lo, mid, hi, negative, scale) => new decimal((int)lo, (int)mid, (int)hi, signed && negative, scale));

    [Test]
    public void Figures_AreKeptExactly_HoweverTheyAreStored()
    {
        // Digits, scale and sign of every figure come back as given (the total: as decimal arithmetic gives it, without the
        // trailing zeros none of its figures had), in a group or not.
        Gen.Select(Figures(false), Figures(false), Figures(false), Figures(true), Gen.OneOfConst<string?>(null, "县")).Sample((b, d, p, t, group) =>
        {
            if (!ScoreArithmetic.TryExactTotal(b, d, p, out _))
            {
                // Never rounded: a total decimal cannot hold exactly is refused.
                FluentActions.Invoking(() => new Assessment(Education, b, d, p)).Should().Throw<OverflowException>();
                return;
            }

            var full = new Assessment(Education, b, d, p).InGroup(group);
            decimal.GetBits(full.BaseScore!.Value).Should().Equal(decimal.GetBits(b));
            decimal.GetBits(full.Deduction!.Value).Should().Equal(decimal.GetBits(d));
            decimal.GetBits(full.Bonus!.Value).Should().Equal(decimal.GetBits(p));
            full.Total.Should().Be(b - d + p);
            ScoreArithmetic.TrailingZeros(full.Total).Should().BeLessThanOrEqualTo(new[] { b, d, p }.Max(ScoreArithmetic.TrailingZeros), "no zeros the figures did not have");
            full.Group.Should().Be(group);

            var scoreOnly = Assessment.FromTotal(Education, t).InGroup(group);
            decimal.GetBits(scoreOnly.Total).Should().Equal(decimal.GetBits(t));
            scoreOnly.HasBreakdown.Should().BeFalse();
            scoreOnly.Group.Should().Be(group);
        }, iter: 20_000);
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

    [Test]
    public void Equality_EveryMemberCounts_AndTheOperatorsAgree()
    {
        var a = new Assessment(Education, 100m, 12.5m, 1m) { Group = "县" };
        var same = new Assessment(Education, 100.0m, 12.50m, 1m) { Group = "县" };
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.GetHashCode().Should().Be(same.GetHashCode());

        Assessment[] different =
        [
            new Assessment(Department.FromName("公安厅"), 100m, 12.5m, 1m) { Group = "县" },
            new Assessment(Education, 101m, 13.5m, 1m) { Group = "县" },   // same total, other base
            new Assessment(Education, 100m, 12m, 0.5m) { Group = "县" },   // same total, other figures
            new Assessment(Education, 100m, 12.5m, 2m) { Group = "县" },
            new Assessment(Education, 100m, 12.5m, 1m),
            Assessment.FromTotal(Education, 88.5m).InGroup("县"),           // same total, no breakdown
        ];
        foreach (var other in different)
        {
            (a == other).Should().BeFalse(other.ToString());
            (a != other).Should().BeTrue(other.ToString());
            a.Equals(other).Should().BeFalse(other.ToString());
        }

        ((Assessment?)null == null).Should().BeTrue();
        (a == null).Should().BeFalse();
    }
}
