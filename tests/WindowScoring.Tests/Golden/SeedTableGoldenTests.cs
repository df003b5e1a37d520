using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.Tests.Golden;

/// <summary>The acceptance test that matters: the November 2023 table of the Sichuan hall, reproduced exactly.</summary>
public sealed class SeedTableGoldenTests
{
    [Test]
    public void SampleTable_IsTheSeedAppendixVerbatim()
    {
        File.ReadAllLines(TestData.NovemberTablePath).Should().Equal(TestData.SeedAppendixLines());
    }

    [Test]
    public void ReadRankWrite_RecomputedFromBreakdown_ReproducesThePublishedLinesExactly()
    {
        var imported = AssessmentTableReader.Default.Read(TestData.NovemberTablePath).EnsureSuccess();

        // Rank from base, deduction and bonus only: the printed total and rank columns take no part.
        var recomputed = imported.Rows.Select(r => new Assessment(r.Department,
            r.Assessment!.BaseScore!.Value, r.Assessment.Deduction!.Value, r.Assessment.Bonus!.Value));
        var ranked = ScoringEngine.Default.Rank(recomputed, imported.Period);
        var written = ReportTableWriter.Default.ToText(ranked).Split('\n')[..^1];

        var published = TestData.SeedAppendixLines().Where(l => l.Length > 0).ToArray();
        written.Should().HaveCount(30);
        written.Should().Equal(published);
    }

    [Test]
    public void PrintedTotalsAndRanks_AllAgreeWithTheRecomputation()
    {
        var imported = AssessmentTableReader.Default.Read(TestData.NovemberTablePath).EnsureSuccess();
        var ranked = ScoringEngine.Default.Rank(imported.ToTable());

        imported.Rows.Should().HaveCount(29);
        imported.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        foreach (var (row, rankedRow) in imported.Rows.Zip(ranked.Rows))
        {
            rankedRow.Department.Should().Be(row.Department, "the published table is already in ranked order");
            rankedRow.Total.Should().Be(row.PrintedTotal!.Value, "line {0} prints {1}", row.Line, row.PrintedTotal);
            rankedRow.PrintedRank.Should().Be(row.PrintedRank, "line {0}", row.Line);
        }
    }

    [Test]
    public void SeedTable_KnownFigures()
    {
        var ranked = ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(TestData.NovemberTablePath).ToTable());

        ranked.Rows.Select(r => r.Rank).Should().StartWith([1m, 1m, 3m, 4m]);
        ranked.Rows.Should().ContainSingle(r => r.Department.Name == "教育厅").Which.Should().Match<RankedRow>(r =>
            r.Total == 89m && r.Deduction == 12m && r.Bonus == 1m && r.Rank == 27m);
        ranked.Rows.Where(r => r.Total == 104m).Select(r => r.Rank).Should().Equal(17m, 17m, 17m);
        ranked.Rows[^1].Should().Match<RankedRow>(r => r.Department.Name == "四川地震局" && r.Rank == 28m && r.PrintedRank == string.Empty);
    }
}
