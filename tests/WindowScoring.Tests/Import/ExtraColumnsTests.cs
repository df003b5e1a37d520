using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>A hall's own columns (extras) survive every path that keeps rows: read, ToTable, ToPartialTable, rank, write, read.</summary>
public sealed class ExtraColumnsTests
{
    private const string Table = "部门窗口,基础分,减分,加分,实得分值,办件量,备注\n教育厅,100,-2,1,99,1200,整改中\n交通运输厅,100,0,0,100,,\n";

    [Test]
    public void Read_ExtrasAreOnTheRowAndTheAssessment_TheNoteOnlyOnTheRow()
    {
        var row = AssessmentTableReader.Default.ReadText(Table).Rows[0];

        row.Extras.Should().Equal(Pairs("办件量", "1200", "备注", "整改中"));
        row.Assessment!.Extras.Should().Equal(Pairs("办件量", "1200"));
    }

    [Test]
    public void ToTableAndToPartialTable_KeepTheExtras()
    {
        var read = AssessmentTableReader.Default.ReadText(Table + "坏行,100,x,0,100,5,\n");

        read.ToPartialTable().Assessments[0].Extras.Should().Equal(Pairs("办件量", "1200"));
        AssessmentTableReader.Default.ReadText(Table).ToTable().Assessments.Select(a => a.Extras.Count).Should().Equal(1, 0);
    }

    [Test]
    public void RankWriteCsvRead_GivesTheSameAssessmentsWithTheirExtras()
    {
        var table = AssessmentTableReader.Default.ReadText(Table).ToTable();
        var csv = CsvTableWriter.Default.ToText(ScoringEngine.Default.Rank(table));

        csv.Split("\r\n")[0].Should().EndWith(",备注,办件量");
        var back = AssessmentTableReader.Default.ReadText(csv).ToTable();
        back.Assessments.OrderBy(a => a.Department.Name, StringComparer.Ordinal)
            .Should().Equal(table.Assessments.OrderBy(a => a.Department.Name, StringComparer.Ordinal));
        back.Assessments.Single(a => a.Department.Name == "教育厅").Extras.Should().Equal(Pairs("办件量", "1200"));
    }

    [Test]
    public void Markdown_PrintsTheExtraColumn()
    {
        var ranked = ScoringEngine.Default.Rank(AssessmentTableReader.Default.ReadText(Table).ToTable());

        MarkdownTableWriter.Default.ToText(ranked).Split('\n')[0].Should().EndWith("| 办件量 |");
    }

    [Test]
    public void AssessmentsWithExtrasSetInCode_AreWritten_AndEqualityComparesThem()
    {
        var a = new Assessment(Department.FromName("A"), 100m, 0m, 1m) { Extras = [new("办件量", "7")] };

        a.Should().NotBe(new Assessment(Department.FromName("A"), 100m, 0m, 1m));
        a.Should().Be(new Assessment(Department.FromName("A"), 100m, 0m, 1m) { Extras = [new("办件量", "7")] });
        CsvTableWriter.Default.ToText(ScoringEngine.Default.Rank([a])).Should().Contain(",办件量\r\n").And.Contain(",7\r\n");
    }

    [Test]
    public void ANoteOrAnotherTableColumnAmongTheExtras_IsNotPrintedTwice()
    {
        var a = new Assessment(Department.FromName("A"), 100m, 0m, 1m) { Extras = [new("说明", "x"), new("Group", "y")] };

        CsvTableWriter.Default.ToText(ScoringEngine.Default.Rank([a])).Split("\r\n")[0]
            .Should().Be(string.Join(",", ColumnCatalogue.PublishedTable.Select(c => c.Chinese)));
    }

    private static KeyValuePair<string, string>[] Pairs(params string[] keysAndValues) =>
        keysAndValues.Chunk(2).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToArray();
}
