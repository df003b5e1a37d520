<Query Kind="Statements">
  <NuGetReference>WindowScoring</NuGetReference>
  <Namespace>WindowScoring</Namespace>
  <Namespace>WindowScoring.Export</Namespace>
</Query>

// Rank a month's table given inline: total = base − deduction + bonus, competition ranks (1, 1, 3).
var ranked = ScoringEngine.Default.Rank(
[
    new Assessment(Department.FromName("自然资源厅"), 100m, 0m, 20m),
    new Assessment(Department.FromName("交通运输厅"), 100m, 0m, 20m),
    new Assessment(Department.FromName("省市场监管局"), 100m, 0m, 14.5m),
    new Assessment(Department.FromName("教育厅"), 100m, 12m, 1m),          // the deduction is a magnitude: printed as -12
], AssessmentPeriod.Parse("2023年11月"),
    notAssessed: [new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻")]); // listed apart, never ranked

ranked.Rows.Dump("Ranked");
ranked.NotAssessed.Dump("Not assessed");
ReportTableWriter.Default.ToText(ranked).Dump("The published layout (blank 序号 on ties)");
MarkdownTableWriter.Default.ToText(ranked).Dump("Markdown (the same writers take aggregated tables and department histories)");
CsvTableWriter.Default.ToText(ranked).Dump("CSV as a string (no BOM; Write(ranked, path) and Write(ranked, stream) add one so Excel shows Chinese)");
