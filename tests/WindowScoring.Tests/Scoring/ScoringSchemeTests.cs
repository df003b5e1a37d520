namespace WindowScoring.Tests.Scoring;

public sealed class ScoringSchemeTests
{
    private static readonly Department D = Department.FromName("自然资源厅");

    [Test]
    public void Default_IsBase100_NoCaps()
    {
        var s = ScoringScheme.Default;
        s.BaseScore.Should().Be(100m);
        s.BonusCap.Should().BeNull();
        s.ToString().Should().Be("base 100, competition");
    }

    [Test]
    public void BonusCap_CutsTheBonus_AndSaysSo()
    {
        var scheme = new ScoringScheme { BonusCap = 20m };
        var score = scheme.Score(new Assessment(D, 100m, 0m, 24.5m));
        score.Should().Be(new ScoredTotal(124.5m, 20m, 120m, ScoreLimits.BonusCap));
    }

    [Test]
    public void BonusCap_AtTheCap_DoesNotApply()
    {
        new ScoringScheme { BonusCap = 20m }.Score(new Assessment(D, 100m, 0m, 20m)).AppliedLimits.Should().Be(ScoreLimits.None);
    }

    [Test]
    public void TotalCap_AndFloor()
    {
        var scheme = new ScoringScheme { TotalCap = 110m, TotalFloor = 60m };
        scheme.Score(new Assessment(D, 100m, 0m, 14.5m)).Should().Be(new ScoredTotal(114.5m, 14.5m, 110m, ScoreLimits.TotalCap));
        scheme.Score(new Assessment(D, 100m, 45m, 0m)).Should().Be(new ScoredTotal(55m, 0m, 60m, ScoreLimits.TotalFloor));
        scheme.Score(Assessment.FromTotal(D, 111m)).Should().Be(new ScoredTotal(111m, null, 110m, ScoreLimits.TotalCap));
    }

    [Test]
    public void BonusCapThenTotalCap_BothReported()
    {
        new ScoringScheme { BonusCap = 20m, TotalCap = 110m }.Score(new Assessment(D, 100m, 0m, 30m))
            .Should().Be(new ScoredTotal(130m, 20m, 110m, ScoreLimits.BonusCap | ScoreLimits.TotalCap));
    }

    [Test]
    public void Score_KeepsTheRawFigures()
    {
        var a = new Assessment(D, 100m, 0m, 30m);
        new ScoringScheme { BonusCap = 20m }.Score(a);
        a.Bonus.Should().Be(30m);
    }

    [Test]
    public void InvalidSettings_Throw()
    {
        FluentActions.Invoking(() => new ScoringScheme { BaseScore = 0m }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringScheme { BonusCap = -1m }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringScheme { Step = 0m }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringEngine(new ScoringScheme { TotalCap = 100m, TotalFloor = 101m })).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Score_ScoreOnlyAssessment_KeepsItsTotal() =>
        ScoringScheme.Default.Score(Assessment.FromTotal(D, 98.75m)).Total.Should().Be(98.75m);
}
