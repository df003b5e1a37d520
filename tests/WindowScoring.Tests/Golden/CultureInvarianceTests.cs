using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Scoring;

namespace WindowScoring.Tests.Golden;

/// <summary>The whole import → score → rank → export path gives byte-identical output under every culture.</summary>
public sealed class CultureInvarianceTests
{
    private static string Pipeline()
    {
        var imported = AssessmentTableReader.Default.Read(TestData.SeedReportPath);
        var ranked = new ScoringEngine(new ScoringScheme { BonusCap = 15m }).Rank(imported.ToTable());
        var audit = PublishedTableAudit.Default.Check(imported);
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
}
