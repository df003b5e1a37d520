using CsCheck;
using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingTallyTests
{
    private static readonly AssessmentPeriod September = AssessmentPeriod.Month(2025, 9);

    [Test]
    public void Sample_September2025_MatchesTheHandCountedTable()
    {
        // Hand-counted from samples/data/ratings-2025-09.csv with the 2025 holiday schedule, as of 2025-10-31:
        // 教育厅: counted R001 R002 R003 R004 R005 R006 (6; R007 upheld, R008 pending); 5 satisfied → 5/6; R005 (2025-09-25)
        //   rectified 10-23, deadline 10-22 → overdue. 公安厅: 6 counted, 5 satisfied → 5/6 (ties); R103 (09-26) rectified
        //   10-23, deadline 10-23 → on time. 市场监管局: 4/4. 人社厅: R301 R302 R303 R304 (R304's appeal rejected: counts),
        //   2/4; R301 (09-30) unrectified, deadline 10-28 → overdue; R304 rectified on time. R900 is dated October.
        var table = RatingTally.Tabulate(RatingSamples.September().Ratings, September, calendar: RatingSamples.Calendar(2025), asOf: new DateOnly(2025, 10, 31));

        table.Rows.Select(r => (r.PrintedRank, r.Department.Name, r.Counted, r.VerySatisfied, r.Satisfied, r.FairlySatisfied, r.Dissatisfied, r.VeryDissatisfied,
            r.FormatRate(2), r.Negative, r.Defaults, r.Rectified, r.RectifiedOnTime, r.Overdue, r.PendingAppeals, r.UpheldAppeals)).Should().Equal(
            ("1", "市场监管局", 4, 3, 1, 0, 0, 0, "100.00%", 0, 0, 0, 0, 0, 0, 0),
            ("2", "教育厅", 6, 3, 1, 1, 1, 0, "83.33%", 1, 1, 1, 0, 1, 1, 1),
            ("", "公安厅", 6, 1, 3, 1, 0, 1, "83.33%", 1, 0, 1, 1, 0, 0, 0),
            ("4", "人社厅", 4, 1, 1, 0, 2, 0, "50.00%", 2, 0, 1, 1, 1, 0, 0));
        table.Rows[2].Rank.Should().Be(2m);
        table.Pending.Select(r => r.Id).Should().Equal("R008");
        table.OverdueRatings.Select(r => r.Id).Should().Equal("R005", "R301");
        table.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.RatingOutsidePeriod && d.Line == 24);
    }

    [Test]
    public void AsOfThePeriodsEnd_AnUnrectifiedNegativeIsNotYetDue()
    {
        var table = RatingTally.Tabulate(RatingSamples.September().Ratings, September, calendar: RatingSamples.Calendar(2025));

        table.Rows.Single(r => r.Department.Name == "人社厅").Overdue.Should().Be(0);
    }

    [Test]
    public void DefaultRatings_NotCounted_WhenTheRulesSaySo_ButStillShown()
    {
        var rules = new RatingRules { CountDefaultRatings = false };

        var row = RatingTally.Tabulate(RatingSamples.September().Ratings, September, rules).Rows.Single(r => r.Department.Name == "教育厅");

        row.Should().Match<RatingRow>(r => r.Counted == 5 && r.Defaults == 1 && r.SatisfiedCount == 4);
    }

    [Test]
    public void Rates_CompareAsExactFractions_TwoThirdsTiesFourSixths()
    {
        var ratings = Many("A", 2, 1).Concat(Many("B", 4, 2)).Concat(Many("C", 7, 1)).Concat(Many("D", 0, 0));

        var table = RatingTally.Tabulate(ratings, September, roster: [Department.FromName("D")]);

        table.Rows.Select(r => (r.Department.Name, r.Rank, r.FormatRate(2))).Should().Equal(
            ("C", 1m, "87.50%"), ("A", 2m, "66.67%"), ("B", 2m, "66.67%"), ("D", null, string.Empty));
        table.Rows[0].SatisfactionRate.Should().Be(0.875m);
    }

    [Test]
    public void RankByNegativeCount_FewestFirst()
    {
        var ratings = Many("A", 1, 2).Concat(Many("B", 5, 0)).Concat(Many("C", 0, 2));

        var table = RatingTally.Tabulate(ratings, September, new RatingRules { RankBy = RatingRankCriterion.NegativeCount });

        table.Rows.Select(r => (r.Department.Name, r.Rank)).Should().Equal(("B", 1m), ("A", 2m), ("C", 2m));
    }

    [Test]
    public void Deadline_PastTheCalendar_IsAWarningNotAGuess()
    {
        var late = RatingSamples.Make("X", "A", "2025-12-22", RatingLevel.VeryDissatisfied);

        var table = RatingTally.Tabulate([late], AssessmentPeriod.Month(2025, 12), calendar: RatingSamples.Calendar(2025), asOf: new DateOnly(2026, 3, 1));

        table.Diagnostics.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.DeadlineBeyondCalendar && d.Severity == DiagnosticSeverity.Warning);
        table.Rows.Single().Should().Match<RatingRow>(r => r.Negative == 1 && r.Overdue == 0 && r.RectifiedOnTime == 0);
    }

    [Test]
    public void Properties_CountsSum_RateInUnitInterval_RanksAreCompetitionRanksOfExactRates()
    {
        var rating = Gen.Select(Gen.Int[0, 5], Gen.Int[1, 5], Gen.Int[0, 3], Gen.Bool, Gen.Int[1, 30]);
        rating.Array[0, 60].Sample(items =>
        {
            var ratings = items.Select((x, i) => RatingSamples.Make("R" + i, "D" + x.Item1, $"2025-09-{x.Item5:00}", (RatingLevel)x.Item2) with
            {
                Appeal = (AppealState)x.Item3,
                IsDefault = x.Item4,
            }).ToArray();
            var table = RatingTally.Tabulate(ratings, September);

            table.Rows.Sum(r => r.Counted + r.PendingAppeals + r.UpheldAppeals).Should().Be(ratings.Length);
            foreach (var row in table.Rows)
            {
                Enum.GetValues<RatingLevel>().Sum(row.Count).Should().Be(row.Counted);
                (row.SatisfiedCount + row.Negative).Should().Be(row.Counted);
                (row.SatisfactionRate is null ? row.Counted == 0 : row.SatisfactionRate >= 0m && row.SatisfactionRate <= 1m).Should().BeTrue();
            }

            var ranked = table.Rows.Where(r => r.Rank is not null).ToArray();
            foreach (var row in ranked)
            {
                // Competition rank: 1 + the number of rows with a strictly greater exact fraction (cross-multiplied).
                var better = ranked.Count(o => (long)o.SatisfiedCount * row.Counted > (long)row.SatisfiedCount * o.Counted);
                row.Rank.Should().Be(better + 1);
            }
        });
    }

    private static IEnumerable<Rating> Many(string department, int satisfied, int negative) =>
        Enumerable.Range(0, satisfied).Select(i => RatingSamples.Make($"{department}s{i}", department, "2025-09-10", RatingLevel.Satisfied))
            .Concat(Enumerable.Range(0, negative).Select(i => RatingSamples.Make($"{department}n{i}", department, "2025-09-10", RatingLevel.Dissatisfied)));
}
