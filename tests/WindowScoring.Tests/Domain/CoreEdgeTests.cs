namespace WindowScoring.Tests.Domain;

/// <summary>
/// Edges of the core (ranking, the model, the scheme) that the mutation run found untested: each test fails when one
/// comparison, message or branch named in its name is changed.
/// </summary>
public sealed class CoreEdgeTests
{
    [Test]
    public void RankedItem_DiffersInAnyOneProperty_IsNotEqual()
    {
        var item = new RankedItem<string>("A", 120m, 1m, 0, 0, 2, true);
        var same = new RankedItem<string>("A", 120m, 1m, 0, 0, 2, true);
        item.Should().Be(same);
        (item == same).Should().BeTrue();
        foreach (var other in new[]
        {
            new RankedItem<string>("B", 120m, 1m, 0, 0, 2, true),
            new RankedItem<string>("A", 119m, 1m, 0, 0, 2, true),
            new RankedItem<string>("A", 120m, 2m, 0, 0, 2, true),
            new RankedItem<string>("A", 120m, 1m, 1, 0, 2, true),
            new RankedItem<string>("A", 120m, 1m, 0, 1, 2, true),
            new RankedItem<string>("A", 120m, 1m, 0, 0, 1, true),
            new RankedItem<string>("A", 120m, 1m, 0, 0, 2, false),
        })
        {
            item.Equals(other).Should().BeFalse($"{other} differs from {item}");
            (item != other).Should().BeTrue();
        }
    }

    [Test]
    public void UsesCounting_WideSpan_CountsUpToTheDistinctLimitAndSortsPastIt()
    {
        // A wide span (steps of 10^9) with at most max(1024, n / 8) distinct keys is counted through a lookup.
        var atLimit = Enumerable.Range(0, 1024).Select(i => i * 1_000_000_000m).ToArray();
        var pastLimit = Enumerable.Range(0, 1025).Select(i => i * 1_000_000_000m).ToArray();
        Ranker.UsesCounting(atLimit, RankOrder.Descending).Should().BeTrue("1024 distinct keys is the limit, not past it");
        Ranker.UsesCounting(pastLimit, RankOrder.Descending).Should().BeFalse("1025 distinct keys of 1025 is past max(1024, n / 8)");
    }

    [TestCase(RankingMethod.Ordinal)]
    [TestCase(RankingMethod.Competition)]
    [TestCase(RankingMethod.Dense)]
    [TestCase(RankingMethod.ModifiedCompetition)]
    public void ComputeRanks_CountingPath_TiesInterleavedWithOtherKeys_RankAsThePublishedMethod(RankingMethod method)
    {
        // Ties spread through the input: ordinal positions follow input order within each tie, and later ties' starts are unchanged.
        decimal[] keys = [110m, 120m, 110m, 99.5m, 120m, 110m];
        Ranker.UsesCounting(keys, RankOrder.Descending).Should().BeTrue();
        var ranks = new int[keys.Length];
        Ranker.ComputeRanks(keys, ranks, method);
        int[] expected = method switch
        {
            RankingMethod.Ordinal => [3, 1, 4, 6, 2, 5],
            RankingMethod.Competition => [3, 1, 3, 6, 1, 3],
            RankingMethod.Dense => [2, 1, 2, 3, 1, 2],
            _ => [5, 2, 5, 6, 2, 5],
        };
        ranks.Should().Equal(expected);
    }

    [Test]
    public void ComputeRanksDecimal_UnknownMethodAndShortBuffer_ReportsTheMethodFirst()
    {
        // The decimal overload checks its own arguments in the order of the whole-number one: method, order, buffer.
        FluentActions.Invoking(() => Ranker.ComputeRanks([1m, 2m], new decimal[1], (RankingMethod)99))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("method");
        FluentActions.Invoking(() => Ranker.ComputeRanks([1m, 2m], new decimal[1], RankingMethod.Fractional, (RankOrder)99))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("order");
    }

    [Test]
    public void Assessment_WithNoExtras_IsTheSameInstance_WithExtras_ACopyHoldingThem()
    {
        var a = new Assessment(Department.FromName("A"), 100m, 1m, 2m);
        a.WithExtras([]).Should().BeSameAs(a, "no extras to add: nothing to copy");
        var b = a.WithExtras([new("说明", "x")]);
        b.Should().NotBeSameAs(a);
        b.Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("说明", "x"));
        b.WithExtras([]).Extras.Should().BeEmpty("an empty list replaces the extras");
    }

    [Test]
    public void Total_NotExact_IsDecimalsRoundedBaseMinusDeductionPlusBonus()
    {
        // 9·10^27 + 1 − 2.1 = 8999999999999999999999999998.9 is beyond 96 bits of digits: decimal rounds it to ...999, then + 5.
        ScoreArithmetic.TryExactTotal(9_000_000_000_000_000_000_000_000_001m, 2.1m, 5m, out _).Should().BeFalse();
        ScoreArithmetic.Total(9_000_000_000_000_000_000_000_000_001m, 2.1m, 5m).Should().Be(9_000_000_000_000_000_000_000_000_004m);
        ScoreArithmetic.Total(100m, 12.5m, 2m).Should().Be(89.5m);
    }

    [Test]
    public void Add_KeepsTheTrailingZerosOfTheFigureWithMost()
    {
        ScoreArithmetic.Add(1.5m, 2.00m).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("3.50");
        ScoreArithmetic.Add(2.00m, 1.5m).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("3.50");
        ScoreArithmetic.Add(1.5m, 2.5m).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("4");
    }

    [Test]
    public void GradeOfGroup_BeyondDecimalRangeWhenCrossMultiplied_ComparesTheRatiosInclusively()
    {
        // 2·10^27 × 100 is beyond decimal: the grade falls back to 2·10^27 / 200 ≥ 10^27 / 100, equal ratios reaching the band.
        var scheme = new ScoringScheme
        {
            GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 200m },
            Grades = [new GradeBand(1_000_000_000_000_000_000_000_000_000m, "巨"), new GradeBand(decimal.MinValue, "其他")],
        };
        scheme.Grade(2_000_000_000_000_000_000_000_000_000m, "县").Should().Be("巨");
        scheme.Grade(1_999_999_999_999_999_999_999_999_998m, "县").Should().Be("其他");
        scheme.Grade(1_000_000_000_000_000_000_000_000_000m, null).Should().Be("巨");
    }

    [Test]
    public void Honours_NullOrUntitled_IsRefusedWithItsMessage()
    {
        FluentActions.Invoking(() => new ScoringScheme { Honours = [new HonourRule(" ", 1)] })
            .Should().Throw<ArgumentException>().WithMessage("An honour is null or has no title.*").Which.ParamName.Should().Be("Honours");
        FluentActions.Invoking(() => new ScoringScheme { Honours = [null!] })
            .Should().Throw<ArgumentException>().WithMessage("An honour is null or has no title.*");
    }

    [Test]
    public void Validate_SeveralProblems_NamesEachWithItsCodeSeparatedBySpaces()
    {
        // A cap below the base and a floor above the cap: two problems in one message, the first's property as the parameter.
        var scheme = new ScoringScheme { TotalCap = 90m, TotalFloor = 95m };
        var e = FluentActions.Invoking(scheme.Validate).Should().Throw<ArgumentException>().Which;
        e.ParamName.Should().Be(nameof(ScoringScheme.TotalFloor));
        e.Message.Should().StartWith(DiagnosticCodes.FloorAboveCap + ": ");
        e.Message.Should().Contain(". " + DiagnosticCodes.CapBelowBase + ": ");
    }
}
