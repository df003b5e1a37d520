using CsCheck;
using WindowScoring.History;

namespace WindowScoring.Tests.History;

public sealed class AggregationPropertyTests
{
    private const int Pool = 8;

    // A department's state in a month: absent (0), not assessed (1), or assessed with a total in steps of 0.5 (2–5).
    private static readonly Gen<(int State, decimal Total)> Cell = Gen.Select(Gen.Int[0, 5], Gen.Int[100, 240]).Select((s, t) => (s, t / 2m));

    private static readonly Gen<RankingMethod> Methods = Gen.Enum<RankingMethod>();

    private static RankedTable MonthTable(int month, (int State, decimal Total)[] cells, ScoringEngine engine, decimal? always = null)
    {
        var assessments = new List<Assessment>();
        var notAssessed = new List<NotAssessedEntry>();
        if (always is { } total)
        {
            assessments.Add(Assessment.FromTotal(new Department("D*", "常驻部门"), total));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var department = new Department("D" + i, "部门" + i);
            switch (cells[i].State)
            {
                case 0:
                    break;
                case 1:
                    notAssessed.Add(new NotAssessedEntry(department, "免考核"));
                    break;
                default:
                    assessments.Add(Assessment.FromTotal(department, cells[i].Total));
                    break;
            }
        }

        // Shuffle deterministically by month so input order differs between months.
        var rotated = assessments.Skip(month % Math.Max(1, assessments.Count)).Concat(assessments.Take(month % Math.Max(1, assessments.Count)));
        return engine.Rank(rotated, AssessmentPeriod.Month(2023, month), null, notAssessed);
    }

    [Test]
    public void Property_DepartmentAssessedEveryMonth_AverageIsSumOverMonths()
    {
        var gen = Gen.Select(Gen.Int[1, 12], Cell.Array[Pool].Array[12], Gen.Int[100, 240].Array[12]);
        gen.Sample((months, cells, always) =>
        {
            var totals = always.Take(months).Select(t => t / 2m).ToArray();
            var history = new AssessmentHistory(Enumerable.Range(1, months).Select(m => MonthTable(m, cells[m - 1], ScoringEngine.Default, totals[m - 1])));
            var year = AssessmentPeriod.FullYear(2023);

            foreach (var method in new[] { AggregationMethod.Sum, AggregationMethod.Average })
            {
                var table = history.Aggregate(year, new AggregationOptions { Method = method });
                var row = table.Rows.Single(r => r.Department.Code == "D*");
                row.MonthsAssessed.Should().Be(months);
                row.Sum.Should().Be(totals.Sum());
                row.Average.Should().Be(totals.Sum() / months);
                row.Total.Should().Be(method == AggregationMethod.Sum ? row.Sum : row.Average);
                (table.Rows.Count + table.ListedApart.Count).Should().Be(history.Departments.Count, "every department is ranked or listed apart");
                table.Rows.Should().OnlyContain(r => r.Average == r.Sum / r.MonthsAssessed);
            }
        }, iter: 150);
    }

    [Test]
    public void Property_AggregatingOneMonth_ReturnsThatMonthsTable()
    {
        Gen.Select(Cell.Array[Pool], Cell.Array[Pool], Methods, Gen.Int[1, 12]).Sample((cells, other, method, month) =>
        {
            var engine = new ScoringEngine(new ScoringScheme { RankingMethod = method });
            var table = MonthTable(month, cells, engine);
            var neighbour = MonthTable(month == 12 ? 11 : month + 1, other, engine);
            var history = new AssessmentHistory([neighbour, table]);

            foreach (var aggregation in new[] { AggregationMethod.Sum, AggregationMethod.Average })
            {
                var aggregated = history.Aggregate(table.Period!.Value, new AggregationOptions { Method = aggregation, RankingMethod = method });

                aggregated.Rows.Select(r => (r.Department, r.Rank, r.PrintedRank, r.Total)).Should().Equal(
                    table.Rows.Select(r => (r.Department, r.Rank, r.PrintedRank, r.Total)));
                aggregated.ListedApart.Select(u => u.Department).Should().Equal(table.NotAssessed.Select(a => a.Department));
                aggregated.Months.Should().Equal(table.Period!.Value);
            }
        }, iter: 200);
    }
}
