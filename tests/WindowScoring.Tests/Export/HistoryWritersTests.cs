using WindowScoring.Export;
using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.Export;

/// <summary>Aggregated tables and department histories through the per-format writers.</summary>
public sealed class HistoryWritersTests
{
    private static readonly AssessmentPeriod Q4 = AssessmentPeriod.Quarter(2023, 4);

    private static AggregatedTable Weighted() => Quarter().Aggregate(Q4, new AggregationOptions
    {
        Method = AggregationMethod.Weighted,
        Evaluations = new Dictionary<Department, decimal> { [Dept(Education)] = 90m, [Dept(Police)] = 100m, [Dept(Forestry)] = 80m, [Dept(Tax)] = 95m },
        RoundDecimals = 2,
    });

    [Test]
    public void Markdown_AggregatedAverage_RoundsAveragesToTwoDecimals()
    {
        var q4 = Quarter().Aggregate(Q4, new AggregationOptions { MinimumMonths = 3 });

        MarkdownTableWriter.Default.ToText(q4).Should().Be(
            "| 序号 | 部门窗口 | 考核月数 | 月度合计 | 月均分 | 综合得分 | 备注 |\n" +
            "|---:|---|---:|---:|---:|---:|---|\n" +
            "| 1 | 省教育厅 | 3 | 300 | 100 | 100 |  |\n" +
            "| 2 | 省公安厅 | 3 | 297.5 | 99.17 | 99.17 |  |\n" +
            "| 3 | 省林草局 | 3 | 285 | 95 | 95 |  |\n" +
            "|  | 省税务局 | 2 | 182 | 91 | 不参与排名 | 考核月数不足; 参评月份: 2023-10, 2023-12 |\n" +
            "|  | 省医保局 | 2 | 185 | 92.5 | 不参与排名 | 考核月数不足; 参评月份: 2023-11, 2023-12 |\n");
    }

    [Test]
    public void Csv_AggregatedWeighted_English_EveryColumn()
    {
        new CsvTableWriter(TableLanguage.English).ToText(Weighted()).Should().Be(
            "rank,department,code,group,months,sum,average,evaluation,total,note\r\n" +
            "1,省公安厅,省公安厅,,3,297.5,99.17,100,99.33,\r\n" +
            "2,省教育厅,省教育厅,,3,300,100,90,98,\r\n" +
            "3,省林草局,省林草局,,3,285,95,80,92,\r\n" +
            "4,省税务局,省税务局,,2,182,91,95,91.8,\"months: 2023-10, 2023-12\"\r\n" +
            ",省医保局,省医保局,,2,185,92.5,,not ranked,\"no evaluation score; months: 2023-11, 2023-12\"\r\n");
    }

    [Test]
    public void Markdown_AggregatedWeighted_ShowsEvaluationColumn()
    {
        MarkdownTableWriter.Default.ToText(Weighted()).Split('\n')[0].Should().Be("| 序号 | 部门窗口 | 考核月数 | 月度合计 | 月均分 | 评价分 | 综合得分 | 备注 |");
    }

    [Test]
    public void Csv_Aggregated_EscapesFormulaLikeText_AndStreamHasBom()
    {
        var history = new AssessmentHistory([Month(2023, 1, Score("=HYPERLINK(\"x\")", 100m))]);
        var table = history.Aggregate(AssessmentPeriod.Month(2023, 1));

        CsvTableWriter.Default.ToText(table).Split("\r\n")[1].Should().StartWith("1,\"'=HYPERLINK(\"\"x\"\")\",\"'=hyperlink(\"\"x\"\")\",");
        var stream = new MemoryStream();
        CsvTableWriter.Default.Write(table, stream);
        stream.ToArray()[..3].Should().Equal(0xEF, 0xBB, 0xBF);
    }

    [Test]
    public void Csv_DepartmentHistory_NotAssessedMonth()
    {
        var tax = Quarter().Analyze()[Dept(Tax)];

        CsvTableWriter.Default.ToText(tax).Should().Be(
            "月份,部门窗口,名次,参评数,实得分值,上次月份,上次名次,变化,备注\r\n" +
            "2023-10,省税务局,4,4,90,,,新,\r\n" +
            "2023-11,省税务局,,4,,2023-10,4,不参与考核,系统升级\r\n" +
            "2023-12,省税务局,4,5,92,2023-10,4,持平,\r\n");
    }

    [Test]
    public void Markdown_DepartmentHistory_RenamedDepartment_NameAsPrintedAndSummary()
    {
        var forestry = Quarter().Analyze()[Dept(ForestryNow)];

        MarkdownTableWriter.Default.ToText(forestry).Should().Be(
            "| 月份 | 部门窗口 | 名次 | 参评数 | 实得分值 | 上次月份 | 上次名次 | 变化 | 备注 |\n" +
            "|---|---|---:|---:|---:|---|---:|---|---|\n" +
            "| 2023-10 | 省林业厅 | 3 | 4 | 95 |  |  | 新 |  |\n" +
            "| 2023-11 | 省林业厅 | 4 | 4 | 96 | 2023-10 | 3 | 下降 1 |  |\n" +
            "| 2023-12 | 省林草局 | 3 | 5 | 94 | 2023-11 | 4 | 上升 1 |  |\n" +
            "\n" +
            "最好名次 3（2023-10），最差名次 4（2023-11），第一名 0 个月\n");
    }

    [Test]
    public void DepartmentHistory_English_HeadersAndWords()
    {
        var education = Quarter().Analyze()[Dept(Education)];
        new CsvTableWriter(TableLanguage.English, ';').ToText(education).Should().Be(
            "month;department;rank;ranked;total;previous month;previous rank;change;note\r\n" +
            "2023-10;省教育厅;1;4;100;;;new;\r\n" +
            "2023-11;省教育厅;2;4;99;2023-10;1;down 1;\r\n" +
            "2023-12;省教育厅;1;5;101;2023-11;2;up 1;\r\n");
        new MarkdownTableWriter(TableLanguage.English).ToText(education).Split('\n')[^2].Should().Be("best rank 1 (2023-10), worst rank 2 (2023-11), rank 1 in 2 month(s): 2023-10, 2023-12");
    }

    [Test]
    public void Writers_RejectBadArguments()
    {
        FluentActions.Invoking(() => new CsvTableWriter(delimiter: '|')).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MarkdownTableWriter((TableLanguage)7)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CsvTableWriter.Default.ToText((AggregatedTable)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MarkdownTableWriter.Default.Write((DepartmentHistory)null!, TextWriter.Null)).Should().Throw<ArgumentNullException>();
    }
}
