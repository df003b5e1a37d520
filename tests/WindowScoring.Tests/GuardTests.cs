using WindowScoring.Rules;

namespace WindowScoring.Tests;

/// <summary>
/// Programmer errors are standard exceptions with the parameter's name, at the public entry point, even where the rest of
/// the call would have nothing to do (an empty input): every guard clause of the ranking, the engine and the scheme.
/// </summary>
public sealed class GuardTests
{
    private static readonly decimal[] NoKeys = [];
    private static readonly decimal[] TwoKeys = [120m, 114.5m];

    private static IEnumerable<TestCaseData> Calls()
    {
        // The message pattern says what a programmer reads (English, invariant: these are exceptions, not diagnostics).
        TestCaseData Case(string name, Action call, Type exception, string? parameter, string message = "*") =>
            new TestCaseData(call, exception, parameter, message).SetArgDisplayNames(name);

        yield return Case("Rank(null items)", () => Ranker.Rank<decimal>(null!, k => k), typeof(ArgumentNullException), "items");
        yield return Case("Rank(null key selector)", () => Ranker.Rank(NoKeys, null!), typeof(ArgumentNullException), "keySelector");
        yield return Case("Rank(unknown method, empty)", () => Ranker.Rank(NoKeys, k => k, (RankingMethod)99), typeof(ArgumentOutOfRangeException), "method");
        yield return Case("Rank(unknown order, empty)", () => Ranker.Rank(NoKeys, k => k, RankingMethod.Competition, (RankOrder)99), typeof(ArgumentOutOfRangeException), "order");
        yield return Case("RankWithinGroups(null items)", () => Ranker.RankWithinGroups<decimal, string>(null!, k => "", k => k), typeof(ArgumentNullException), "items");
        yield return Case("RankWithinGroups(null group selector)", () => Ranker.RankWithinGroups<decimal, string>(NoKeys, null!, k => k), typeof(ArgumentNullException), "groupSelector");
        yield return Case("RankWithinGroups(null key selector)", () => Ranker.RankWithinGroups<decimal, string>(NoKeys, k => "", null!), typeof(ArgumentNullException), "keySelector");
        yield return Case("ComputeRanks int(fractional)", () => Ranker.ComputeRanks(TwoKeys, new int[2], RankingMethod.Fractional), typeof(ArgumentException), "method", "*Fractional*decimal overload*");
        yield return Case("RankWithinGroups(unknown method, empty)", () => Ranker.RankWithinGroups(NoKeys, k => "", k => k, (RankingMethod)99), typeof(ArgumentOutOfRangeException), "method");
        yield return Case("ComputeRanks int(unknown method, empty)", () => Ranker.ComputeRanks(NoKeys, Span<int>.Empty, (RankingMethod)99), typeof(ArgumentOutOfRangeException), "method");
        yield return Case("ComputeRanks int(unknown order, empty)", () => Ranker.ComputeRanks(NoKeys, Span<int>.Empty, RankingMethod.Competition, (RankOrder)99), typeof(ArgumentOutOfRangeException), "order");
        yield return Case("ComputeRanks int(short buffer)", () => Ranker.ComputeRanks(TwoKeys, new int[1]), typeof(ArgumentException), "ranks", "*rank buffer is shorter*");
        yield return Case("ComputeRanks decimal(unknown method, empty)", () => Ranker.ComputeRanks(NoKeys, Span<decimal>.Empty, (RankingMethod)99), typeof(ArgumentOutOfRangeException), "method");
        yield return Case("ComputeRanks decimal(unknown order, empty)", () => Ranker.ComputeRanks(NoKeys, Span<decimal>.Empty, RankingMethod.Competition, (RankOrder)99), typeof(ArgumentOutOfRangeException), "order");
        yield return Case("ComputeRanks decimal(short buffer)", () => Ranker.ComputeRanks(TwoKeys, new decimal[1]), typeof(ArgumentException), "ranks", "*rank buffer is shorter*");
        yield return Case("Engine.Rank(null table)", () => ScoringEngine.Default.Rank((AssessmentTable)null!), typeof(ArgumentNullException), "table");
        yield return Case("Engine.Rank(null assessments)", () => ScoringEngine.Default.Rank((IEnumerable<Assessment>)null!), typeof(ArgumentNullException), "assessments");
        yield return Case("Engine.Rank(a null assessment)", () => ScoringEngine.Default.Rank([null!]), typeof(ArgumentException), "assessments", "*null assessment*");
        yield return Case("Scheme.Score(null)", () => ScoringScheme.Default.Score(null!), typeof(ArgumentNullException), "assessment");
        yield return Case("Engine.Rank(a null not-assessed entry)", () => ScoringEngine.Default.Rank([], notAssessed: [null!]), typeof(ArgumentException), "notAssessed", "*null not-assessed*");
        yield return Case("AssessmentTable(a null not-assessed entry)", () => new AssessmentTable([], notAssessed: [null!]), typeof(ArgumentException), "notAssessed", "*null not-assessed*");
        yield return Case("Scheme.Rules(a null rule)", () => _ = new ScoringScheme { Rules = [null!] }, typeof(ArgumentException), "Rules", "*rule is null*");
        yield return Case("Scheme.Rules(an identifier twice)", () => _ = new ScoringScheme { Rules = [new AssessmentRule("JL-01", "纪律作风", RuleKind.Deduction, 1m), new AssessmentRule("JL-01", "服务质量", RuleKind.Deduction, 2m)] }, typeof(ArgumentException), "Rules", "*Two rules*JL-01*");
        yield return Case("Scheme(total cap below base)", () => _ = new ScoringEngine(new ScoringScheme { TotalCap = 90m }), typeof(ArgumentException), null, "*WS211*");
        yield return Case("Scheme.Grades(a null band)", () => _ = new ScoringScheme { Grades = [null!] }, typeof(ArgumentException), "Grades", "*grade band*");
        yield return Case("Scheme.Grades(a blank name)", () => _ = new ScoringScheme { Grades = [new GradeBand(90m, " ")] }, typeof(ArgumentException), "Grades", "*grade band*");
        yield return Case("Scheme.Honours(a null rule)", () => _ = new ScoringScheme { Honours = [null!] }, typeof(ArgumentException), "Honours", "*honour*");
        yield return Case("Scheme.Honours(a blank title)", () => _ = new ScoringScheme { Honours = [new HonourRule(" ", 5)] }, typeof(ArgumentException), "Honours", "*honour*");
        yield return Case("Scheme.Honours(count 0)", () => _ = new ScoringScheme { Honours = [new HonourRule("红旗窗口", 0)] }, typeof(ArgumentOutOfRangeException), "Honours");
        yield return Case("Scheme.Honours(unknown side)", () => _ = new ScoringScheme { Honours = [new HonourRule("红旗窗口", 5, (HonourSide)9)] }, typeof(ArgumentOutOfRangeException), "Honours");
    }

    [TestCaseSource(nameof(Calls))]
    public void PublicEntryPoint_BadArgument_ThrowsTheStandardExceptionNamingIt(Action call, Type exception, string? parameter, string message)
    {
        var thrown = FluentActions.Invoking(call).Should().Throw<ArgumentException>().WithMessage(message).Which;
        thrown.GetType().Should().Be(exception);
        if (parameter is not null)
        {
            thrown.ParamName.Should().Be(parameter);
        }
    }

    [Test]
    public void Scheme_ToString_NamesEverySetting()
    {
        new ScoringScheme { BonusCap = 20m, TotalCap = 120m, TotalFloor = 0m, Step = 0.5m, DisplayDecimals = 2 }.ToString()
            .Should().Be("base 100, bonus cap 20, total cap 120, floor 0, step 0.5, 2 decimals, competition");
        ScoringScheme.Default.ToString().Should().Be("base 100, competition");
    }

    [Test]
    public void Assessment_TotalBeyondExactDecimal_ThrowsOverflowNamingTheFigures()
    {
        FluentActions.Invoking(() => new Assessment(Department.FromName("甲"), 100m, 0.0000000000000000000000000001m, 0m))
            .Should().Throw<OverflowException>().WithMessage("100 - 0.0000000000000000000000000001 + 0 cannot be held exactly*");
    }

    [Test]
    public void RankedItem_Equality_ComparesEveryMember_AndTheOperatorsAgree()
    {
        var a = Ranker.Rank(TwoKeys, k => k);
        var b = Ranker.Rank(TwoKeys, k => k);
        (a[0] == b[0]).Should().BeTrue();
        (a[0] != b[0]).Should().BeFalse();
        a[0].GetHashCode().Should().Be(b[0].GetHashCode());
        (a[0] == a[1]).Should().BeFalse();
        (a[0] != a[1]).Should().BeTrue();

        var tied = Ranker.Rank([120m, 120m], k => k);
        tied[0].Should().NotBe(tied[1], "the same key and rank at another position and input index");
        Ranker.Rank([120m, 120m], k => k, RankingMethod.Ordinal)[1].Should().NotBe(tied[1], "another rank");
        Ranker.Rank([121m, 114.5m], k => k)[0].Should().NotBe(a[0], "another key");
    }

    [Test]
    public void RankedGroup_And_NotAssessed_ToString_ReadAsData()
    {
        var groups = Ranker.RankWithinGroups([("县", 150m), ("区", 100m)], x => x.Item1, x => x.Item2);
        groups[0].ToString().Should().Be("RankedGroup { Group = 县, Items = 1 ranked }");
        new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻").ToString().Should().Be("新进驻单位: not assessed (新进驻)");
        new NotAssessedEntry(Department.FromName("新进驻单位")).ToString().Should().Be("新进驻单位: not assessed");
    }
}
