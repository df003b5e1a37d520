using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;

namespace WindowScoring.Tests.History;

/// <summary>The README's history example, kept compiling and true.</summary>
public sealed class HistoryDemoTests
{
    [Test]
    public void Readme_QuarterFromFiles()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", "synthetic");
        var files = new[] { "2023-10.tsv", "2023-11.tsv", "2023-12.tsv" }.Select(f => Path.Combine(folder, f));

        // --- README ---
        var months = files.Select(f => ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(f).EnsureSuccess().ToTable()));
        var aliases = DepartmentAliases.Empty.Add("省林业厅", "省林草局");           // renamed: keeps its history
        var history = AssessmentHistory.FromTables(months, aliases);                 // history.Diagnostics: WS400–WS402

        var q4 = history.Aggregate(AssessmentPeriod.Parse("2023-Q4"), new AggregationOptions
        {
            Method = AggregationMethod.Average,   // or Sum, or Weighted (MonthlyWeight × average + EvaluationWeight × evaluation)
            MinimumMonths = 3,                    // fewer months: listed apart (WS404), not ranked
        });
        var markdown = MarkdownTableWriter.Default.ToText(q4);

        var analysis = history.Analyze(AssessmentPeriod.Parse("2023-Q4"), new AlertOptions { Bottom = TablePlaces.FromCount(3) });   // the hall's written rule: bottom 3 for 2 months
        var forestry = analysis[Department.FromName("省林业厅")];            // the former name finds 省林草局
        // --- end ---

        history.Diagnostics.Should().BeEmpty();
        q4.Rows.Select(r => r.Department.Name).Should().Equal("省教育厅", "省公安厅", "省林草局");
        q4.ListedApart.Select(u => u.Department.Name).Should().Equal("省税务局", "省医保局");
        markdown.Should().Contain("| 3 | 省林草局 | 3 | 285 | 95 | 95 |  |");
        analysis.Alerts.Select(a => (a.Kind, a.Department.Name, a.Months.Count)).Should().Equal(
            (AlertKind.BottomRun, "省林草局", 3), (AlertKind.BottomRun, "省医保局", 2), (AlertKind.RankDrop, "省医保局", 2));
        history.Analyze(AssessmentPeriod.Parse("2023-Q4")).Alerts.Select(a => a.Kind).Should().Equal([AlertKind.RankDrop],
            "by default only the last of 4 or 5 departments is in the bottom, never the same two months running here");
        forestry!.Months.Select(m => m.Change).Should().Equal(RankChange.New, RankChange.Down, RankChange.Up);
        MarkdownTableWriter.Default.ToText(forestry).Should().EndWith("最好名次 3（2023-10），最差名次 4（2023-11），第一名 0 个月\n");
    }
}
