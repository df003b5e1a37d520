namespace WindowScoring.Tests.Scoring;

public sealed class ScoringEngineTests
{
    [Test]
    public void Rank_NotAssessed_ListedApart_NeverRanked()
    {
        var table = new AssessmentTable(
        [
            new Assessment(Department.FromName("A"), 100m, 0m, 1m),
            new Assessment(Department.FromName("C"), 100m, 2m, 0m),
        ], AssessmentPeriod.Month(2023, 11), notAssessed: [new NotAssessedEntry(Department.FromName("B"), "新进驻")]);

        var ranked = ScoringEngine.Default.Rank(table);

        ranked.Rows.Select(r => (r.Department.Name, r.Rank)).Should().Equal(("A", 1m), ("C", 2m));
        ranked.NotAssessed.Should().ContainSingle().Which.Department.Name.Should().Be("B");
        ranked.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        ranked.ToString().Should().Be("2023-11: 2 ranked, 1 not assessed");
    }

    [Test]
    public void Rank_UsesSchemeMethodAndCaps()
    {
        var engine = new ScoringEngine(new ScoringScheme { BonusCap = 20m, RankingMethod = RankingMethod.Dense });
        var ranked = engine.Rank([
            new Assessment(Department.FromName("A"), 100m, 0m, 25m),
            new Assessment(Department.FromName("B"), 100m, 0m, 20m),
            new Assessment(Department.FromName("C"), 100m, 0m, 5m),
        ]);

        ranked.Rows.Select(r => (r.Department.Name, r.Total, r.Rank, r.AppliedLimits)).Should().Equal(
            ("A", 120m, 1m, ScoreLimits.BonusCap), ("B", 120m, 1m, ScoreLimits.None), ("C", 105m, 2m, ScoreLimits.None));
        ranked.Rows[0].Bonus.Should().Be(25m);
        ranked.Rows[0].CountedBonus.Should().Be(20m);
        ranked.Rows[0].RawTotal.Should().Be(125m);
    }

    [Test]
    public void Rank_Empty_GivesEmptyTable()
    {
        ScoringEngine.Default.Rank([]).Rows.Should().BeEmpty();
    }

    [Test]
    public void Rank_Groups_RankedSeparately_InOneTable()
    {
        var ranked = ScoringEngine.Default.Rank([
            new Assessment(Department.FromName("甲区"), 100m, 0m, 5m) { Group = "区" },
            new Assessment(Department.FromName("乙县"), 150m, 2m, 0m) { Group = "县" },
            new Assessment(Department.FromName("丙区"), 100m, 1m, 0m) { Group = "区" },
            new Assessment(Department.FromName("丁县"), 150m, 0m, 0m) { Group = "县" },
        ]);

        ranked.Rows.Select(r => (r.Group, r.Department.Name, r.Rank)).Should().Equal(
            ("区", "甲区", 1m), ("区", "丙区", 2m), ("县", "丁县", 1m), ("县", "乙县", 2m));
    }
}
