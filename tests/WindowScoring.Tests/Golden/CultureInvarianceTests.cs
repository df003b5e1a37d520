using System.Globalization;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Golden;

/// <summary>
/// The whole import → score → rank → export path gives byte-identical output under every culture (current and UI):
/// tables, event logs under a JSON scheme, and histories. Messages are left out: they follow the chosen language.
/// </summary>
public sealed class CultureInvarianceTests
{
    private static string Pipeline()
    {
        var imported = AssessmentTableReader.Default.Read(TestData.SeedReportPath);
        var ranked = new ScoringEngine(new ScoringScheme { BonusCap = 15m }).Rank(imported.ToTable());
        var audit = PublishedTableAudit.Default.Check(imported.ToPublishedTable());
        return string.Join("\n---\n",
            ReportTableWriter.Default.ToText(ranked),
            CsvTableWriter.Default.ToText(ranked),
            new CsvTableWriter(TableLanguage.English, ';').ToText(ranked),
            MarkdownTableWriter.Default.ToText(ranked),
            string.Join("\n", imported.Diagnostics.Select(d => d.Code + d.Line + d.Column + d.RawValue)),
            string.Join("\n", ranked.Rows),
            audit.ToString());
    }

    [Test]
    public void ImportRankExport_IsByteIdenticalUnderEveryCulture()
    {
        var invariant = Pipeline();
        foreach (var culture in CultureScope.Torture)
        {
            using var _ = new CultureScope(culture);
            Pipeline().Should().Be(invariant, "culture {0}", culture);
        }

        invariant.Should().Contain("114.5").And.Contain("-12.5").And.NotContain("114,5");
    }

    [Test]
    public void EventsSchemeAssessExport_IsByteIdenticalUnderEveryCulture()
    {
        var invariant = EventPipeline();
        foreach (var culture in CultureScope.Torture)
        {
            using var _ = new CultureScope(culture);
            EventPipeline().Should().Be(invariant, "culture {0}", culture);
        }

        invariant.Should().Contain("87.5").And.Contain("-12.5").And.Contain("WS506").And.Contain("WS123").And.NotContain("87,5");
    }

    [Test]
    public void HistoryAggregateExport_IsByteIdenticalUnderEveryCulture()
    {
        var invariant = HistoryPipeline();
        foreach (var culture in CultureScope.Torture)
        {
            using var _ = new CultureScope(culture);
            HistoryPipeline().Should().Be(invariant, "culture {0}", culture);
        }

        invariant.Should().Contain("99.17").And.Contain("2023-Q4").And.NotContain("99,17");
    }

    [Test]
    public void RecordToStrings_AreInvariant()
    {
        static string[] Texts() =>
        [
            new HonourAward("红旗窗口", Department.FromName("教育厅"), 1m, 114.5m).ToString(),
            new GradeBand(89.5m, "合格").ToString(),
            new ScoredTotal(121.5m, 20m, 114.5m, ScoreLimits.BonusCap | ScoreLimits.TotalCap).ToString(),
            Ranker.Rank([114.5m, 114.5m], k => k, RankingMethod.Fractional)[1].ToString(),
            new PublishedRow(2, new Assessment(Department.FromName("教育厅"), 100m, 12.5m, 1.5m), "1", 89m, []).ToString(),
            new AggregationOptions { Method = AggregationMethod.Weighted, MonthlyWeight = 0.8m, EvaluationWeight = 0.2m }.ToString(),
            new AlertOptions { GradeThreshold = 89.5m, GradeName = "合格" }.ToString(),
        ];

        string[] invariant;
        using (new CultureScope(""))
        {
            invariant = Texts();
        }

        foreach (var culture in CultureScope.Torture)
        {
            using var _ = new CultureScope(culture);
            Texts().Should().Equal(invariant, "culture {0}", culture);
        }

        invariant.Should().Equal(
            "HonourAward { Title = 红旗窗口, Department = 教育厅, Rank = 1, Total = 114.5 }",
            "GradeBand { MinTotal = 89.5, Name = 合格 }",
            "ScoredTotal { RawTotal = 121.5, CountedBonus = 20, Total = 114.5, AppliedLimits = BonusCap, TotalCap }",
            "RankedItem { Item = 114.5, Key = 114.5, Rank = 1.5, Position = 2, InputIndex = 1, TieSize = 2, IsFirstWithRank = False, IsTied = True, PrintedRank =  }",
            "PublishedRow { Line = 2, Assessment = 教育厅: 100 - 12.5 + 1.5 = 89, PrintedRank = 1, PrintedTotal = 89, Extras = [] }",
            "AggregationOptions { Method = Weighted, MonthlyWeight = 0.8, EvaluationWeight = 0.2, MinimumMonths = 1, RoundDecimals = , RankingMethod = Competition, Evaluations = 0 scores, Groups =  }",
            "AlertOptions { Bottom = 10 %, ConsecutiveMonths = 2, MaxDrop = 20 %, GradeThreshold = 89.5, GradeName = 合格 }");
    }

    private static string EventPipeline()
    {
        var scheme = SchemeJson.LoadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", "sichuan-scheme.json")).EnsureSuccess().Scheme!;
        var log = EventLogReader.Default.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "events", "2023-11-events.csv"));
        // A second log in the English layout, with a bad date and a decimal comma, so diagnostics are part of the comparison.
        var adHoc = EventLogReader.Default.ReadText("department;date;kind;category;points\n自然资源厅;2023-11-31;bonus;Commendation;2\n教育厅;2023-11-05;deduction;Discipline;0,5\n教育厅;2023-11-06;deduction;Discipline;1.5\n");
        var roster = AssessmentTableReader.Default.Read(TestData.NovemberTablePath).Rows.Select(r => r.Department);
        var result = new ScoringEngine(scheme).Assess(AssessmentPeriod.Month(2023, 11), roster, log.Events.Concat(adHoc.Events));
        return string.Join("\n---\n",
            SchemeJson.Save(scheme),
            CsvTableWriter.Default.ToText(result.Table),
            ReportTableWriter.Default.ToText(result.Table),
            MarkdownTableWriter.Default.ToText(result.Table),
            string.Join("\n", log.Diagnostics.Concat(adHoc.Diagnostics).Concat(result.Diagnostics).Select(d => d.Code + d.Line + d.Column + d.RawValue)),
            // (formatted invariantly here: this is the test's own text, not the library's)
            string.Join("\n", result.Breakdowns.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Department} {(object?)b.Assessment ?? b.NotAssessed} {b.Score?.Total} {b.Rank} {b.Grade} {b.Vetoed} {b.ChiefRepresentativeDeduction}"))),
            string.Join("\n", result.Honours),
            string.Join("\n", result.Breakdowns.SelectMany(b => b.Adjustments)),
            string.Join("\n", result.Breakdowns),
            result.Counts.ToString(),
            result.ToString());
    }

    private static string HistoryPipeline()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", "synthetic");
        var months = new[] { "2023-10.tsv", "2023-11.tsv", "2023-12.tsv" }
            .Select(f => ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(Path.Combine(folder, f)).ToTable()));
        var history = AssessmentHistory.FromTables(months, DepartmentAliases.Empty.Add("省林业厅", "省林草局"));
        var q4 = AssessmentPeriod.Parse("2023-Q4");
        var average = history.Aggregate(q4, new AggregationOptions { MinimumMonths = 3 });
        var sum = history.Aggregate(q4, new AggregationOptions { Method = AggregationMethod.Sum });
        var analysis = history.Analyze(q4);
        return string.Join("\n---\n",
            CsvTableWriter.Default.ToText(average),
            new CsvTableWriter(TableLanguage.English, '\t').ToText(sum),
            MarkdownTableWriter.Default.ToText(average),
            string.Join("\n", analysis.Departments.Select(CsvTableWriter.Default.ToText)),
            string.Join("\n", analysis.Departments.Select(new MarkdownTableWriter(TableLanguage.English).ToText)),
            string.Join("\n", analysis.Movements),
            string.Join("\n", history.Diagnostics.Select(d => d.Code + d.Line + d.Column + d.RawValue)),
            history.ToString(),
            analysis.ToString());
    }
}
