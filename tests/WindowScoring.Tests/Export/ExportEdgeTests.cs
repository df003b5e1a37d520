using System.Text;
using System.Text.RegularExpressions;
using WindowScoring.Export;
using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.Export;

/// <summary>What mutation testing found the writers' tests did not pin down (issue #26): words in both languages, the
/// 分组 column's rule, null tables, flushing a host's writer, the atomic file write's temporary file and links.</summary>
public sealed class ExportEdgeTests
{
    private static readonly AssessmentPeriod Q4 = AssessmentPeriod.Quarter(2023, 4);

    private static RankedTable Ranked() => ScoringEngine.Default.Rank(
        [new Assessment(Dept("甲"), 100m, 1m, 2m), new Assessment(Dept("乙"), 100m, 0m, 0m)],
        AssessmentPeriod.Month(2023, 11),
        notAssessed: [new NotAssessedEntry(Dept("丙"), "新进驻")]);

    [Test]
    public void History_English_SameAndNotAssessed()
    {
        new CsvTableWriter(TableLanguage.English).ToText(Quarter().Analyze()[Dept(Tax)]).Should().Be(
            "month,department,rank,ranked,total,previous month,previous rank,change,note\r\n" +
            "2023-10,省税务局,4,4,90,,,new,\r\n" +
            "2023-11,省税务局,,4,,2023-10,4,not assessed,系统升级\r\n" +
            "2023-12,省税务局,4,5,92,2023-10,4,same,\r\n");
    }

    [Test]
    public void History_Summary_NeverRanked_NoFirsts_AndFirstsInChinese()
    {
        var history = new AssessmentHistory([Month(2023, 10, Score("甲", 100m), Exempt("乙", "新进驻"))]).Analyze();
        MarkdownTableWriter.Default.ToText(history[Dept("乙")]).Split('\n')[^2].Should().Be("未参与排名");
        new MarkdownTableWriter(TableLanguage.English).ToText(history[Dept("乙")]).Split('\n')[^2].Should().Be("never ranked");

        new MarkdownTableWriter(TableLanguage.English).ToText(Quarter().Analyze()[Dept(ForestryNow)]).Split('\n')[^2]
            .Should().Be("best rank 3 (2023-10), worst rank 4 (2023-11), rank 1 in 0 month(s)");
        MarkdownTableWriter.Default.ToText(Quarter().Analyze()[Dept(Education)]).Split('\n')[^2]
            .Should().Be("最好名次 1（2023-10），最差名次 2（2023-11），第一名 2 个月：2023-10, 2023-12");
    }

    [Test]
    public void Aggregated_EveryReasonListedApart_InBothLanguages()
    {
        // 丙 never assessed (0 months: no month list), 乙 without an evaluation, 丁 beyond decimal once weighted.
        var history = new AssessmentHistory(
        [
            Month(2023, 10, Score("甲", 100m), Score("乙", 99m), Score("丁", 98m), Exempt("丙", "新进驻")),
            Month(2023, 11, Score("甲", 100m), Score("乙", 99m), Score("丁", 98m)),
        ]);
        var options = new AggregationOptions
        {
            Method = AggregationMethod.Weighted,
            EvaluationWeight = 2m,
            Evaluations = new Dictionary<Department, decimal> { [Dept("甲")] = 90m, [Dept("丁")] = decimal.MaxValue },
        };
        var table = history.Aggregate(Q4, options);

        var chinese = CsvTableWriter.Default.ToText(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var english = new CsvTableWriter(TableLanguage.English).ToText(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        table.ListedApart.Select(a => (a.Department.Name, a.Reason)).Should().BeEquivalentTo(
            [("乙", UnrankedReason.NoEvaluation), ("丙", UnrankedReason.TooFewMonths), ("丁", UnrankedReason.OutOfRange)]);
        chinese.Single(l => l.Contains(",丙,", StringComparison.Ordinal)).Should().EndWith(",考核月数不足");
        chinese.Single(l => l.Contains(",乙,", StringComparison.Ordinal)).Should().EndWith(",\"缺少评价分; 参评月份: 2023-10, 2023-11\"");
        chinese.Single(l => l.Contains(",丁,", StringComparison.Ordinal)).Should().EndWith(",\"超出数值范围; 参评月份: 2023-10, 2023-11\"");
        english.Single(l => l.Contains(",丙,", StringComparison.Ordinal)).Should().EndWith(",too few months");
        english.Single(l => l.Contains(",乙,", StringComparison.Ordinal)).Should().EndWith(",\"no evaluation score; months: 2023-10, 2023-11\"");
        english.Single(l => l.Contains(",丁,", StringComparison.Ordinal)).Should().EndWith(",\"out of range; months: 2023-10, 2023-11\"");

        // 丙 has no month, so no sum and no average: blank cells, not a zero.
        var header = chinese[0].Split(',');
        var never = chinese.Single(l => l.Contains(",丙,", StringComparison.Ordinal)).Split(',');
        never[Array.IndexOf(header, ColumnCatalogue.Average.Chinese)].Should().BeEmpty();
        never[Array.IndexOf(header, ColumnCatalogue.Sum.Chinese)].Should().BeEmpty();
    }

    [Test]
    public void Markdown_GroupColumn_WhenAnyRowOrAnyDepartmentNotAssessedHasAGroup()
    {
        var someRows = ScoringEngine.Default.Rank([new Assessment(Dept("甲"), 100m, 0m, 0m) { Group = "县" }, new Assessment(Dept("乙"), 100m, 0m, 0m)]);
        var onlyNotAssessed = ScoringEngine.Default.Rank([new Assessment(Dept("甲"), 100m, 0m, 0m)], notAssessed: [new NotAssessedEntry(Dept("丙"), "新进驻") { Group = "区" }]);
        var none = ScoringEngine.Default.Rank([new Assessment(Dept("甲"), 100m, 0m, 0m)], notAssessed: [new NotAssessedEntry(Dept("丙"), "新进驻")]);

        MarkdownTableWriter.Default.ToText(someRows).Split('\n')[0].Should().Contain("| 分组 |");
        MarkdownTableWriter.Default.ToText(onlyNotAssessed).Split('\n')[0].Should().Contain("| 分组 |");
        MarkdownTableWriter.Default.ToText(none).Split('\n')[0].Should().NotContain("分组");
    }

    [Test]
    public void Writers_NullTable_ArgumentNullException_BeforeAnyOutput()
    {
        var stream = new MemoryStream();
        FluentActions.Invoking(() => ReportTableWriter.Default.Write((RankedTable)null!, stream)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => ReportTableWriter.Default.Write((RankedTable)null!, TextWriter.Null)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => ReportTableWriter.Default.ToText((RankedTable)null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => ReportTableWriter.Default.Write((WindowScoring.Ratings.RatingTable)null!, TextWriter.Null)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => ReportTableWriter.Default.ToText((WindowScoring.Ratings.RatingTable)null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => MarkdownTableWriter.Default.ToText((RankedTable)null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        stream.Length.Should().Be(0);
    }

    [Test]
    public void Write_ToAHostsTextWriter_FlushedAndLeftOpen()
    {
        (string Name, Action<RankedTable, TextWriter> Write, Func<RankedTable, string> ToText)[] writers =
        [
            ("csv", CsvTableWriter.Default.Write, CsvTableWriter.Default.ToText),
            ("markdown", MarkdownTableWriter.Default.Write, MarkdownTableWriter.Default.ToText),
            ("report", ReportTableWriter.Default.Write, ReportTableWriter.Default.ToText),
        ];
        foreach (var (name, write, toText) in writers)
        {
            var bytes = new MemoryStream();
            var writer = new StreamWriter(bytes, new UTF8Encoding(false)) { AutoFlush = false };
            write(Ranked(), writer);

            Encoding.UTF8.GetString(bytes.ToArray()).Should().Be(toText(Ranked()), "the {0} writer flushes the writer it was given", name);
            writer.Write("after");
            writer.Flush();
            Encoding.UTF8.GetString(bytes.ToArray()).Should().EndWith("after", "the {0} writer leaves the writer open", name);
        }
    }

    [Test]
    public void Report_NameWithALineBreakOrTab_KeptOnOneCell()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(Department.FromName("\n甲\t窗口"), 100m, 0m, 0m)]);

        var lines = ReportTableWriter.Default.ToText(table).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // A name is trimmed (Department), so only a break or tab inside it is left to replace.
        lines.Should().Equal("序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值", "1\t甲 窗口\t100\t0\t0\t100");
    }

    [Test]
    public void ColumnHeader_UnknownLanguage_IsRefused()
    {
        FluentActions.Invoking(() => RankedColumns.Table.Columns[0].Header((TableLanguage)9)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown table language.*");
    }

    [Test]
    public void IsSystemFile_DevicesAndKernelFiles_NotOthers()
    {
        TextTarget.IsSystemFile("/dev/null").Should().Be(!OperatingSystem.IsWindows());
        TextTarget.IsSystemFile("/proc/self/fd/1").Should().Be(!OperatingSystem.IsWindows());
        TextTarget.IsSystemFile("/sys/kernel/x").Should().Be(!OperatingSystem.IsWindows());
        TextTarget.IsSystemFile("/tmp/dev/x.csv").Should().BeFalse();
        TextTarget.IsSystemFile("/device/x.csv").Should().BeFalse();
    }

    [Test]
    public void ToFile_WritesATemporaryFileBesideTheTarget_ThenNothingIsLeft()
    {
        var folder = Directory.CreateTempSubdirectory("ws-export-");
        try
        {
            var path = Path.Combine(folder.FullName, "月报.csv");
            string[] during = [];
            IEnumerable<int> Body(TextWriter writer)
            {
                writer.Write("x");
                during = Directory.GetFiles(folder.FullName).Select(Path.GetFileName).ToArray()!;
                yield return 0;
            }

            TextTarget.ToFile(path, TextTarget.Utf8, Body);

            during.Should().ContainSingle().Which.Should().MatchRegex(@"^\.月报\.csv\.[0-9a-f]{32}\.tmp$");
            Directory.GetFiles(folder.FullName).Select(Path.GetFileName).Should().Equal("月报.csv");
            File.ReadAllText(path).Should().Be("x");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void ToFile_ThroughAChainOfLinks_ReplacesTheFinalFile_KeepsTheLinks()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Symbolic links need privileges on Windows.");
        }

        var folder = Directory.CreateTempSubdirectory("ws-export-");
        try
        {
            var file = Path.Combine(folder.FullName, "file.csv");
            File.WriteAllText(file, "old");
            var inner = Path.Combine(folder.FullName, "inner.csv");
            File.CreateSymbolicLink(inner, file);
            var outer = Path.Combine(folder.FullName, "outer.csv");
            File.CreateSymbolicLink(outer, inner);

            CsvTableWriter.Default.Write(Ranked(), outer);

            new FileInfo(outer).LinkTarget.Should().Be(inner);
            new FileInfo(inner).LinkTarget.Should().Be(file);
            File.ReadAllText(file).Should().Be(CsvTableWriter.Default.ToText(Ranked()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Note_LimitsThatChangedATotal_InTheTablesLanguage_NeverAnEnumName()
    {
        var scheme = new ScoringScheme { BonusCap = 20m, TotalCap = 110m, TotalFloor = 60m };
        var table = new ScoringEngine(scheme).Rank(
        [
            new Assessment(Dept("甲"), 100m, 0m, 30m),  // bonus cut to 20, total 120 cut to 110
            new Assessment(Dept("乙"), 100m, 0m, 25m),  // bonus cut to 20, total 120 cut to 110
            new Assessment(Dept("丙"), 100m, 50m, 0m),  // 50 raised to 60
            new Assessment(Dept("丁"), 100m, 1m, 2m),   // no limit
        ]);

        var chinese = CsvTableWriter.Default.ToText(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var english = new CsvTableWriter(TableLanguage.English).ToText(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // In rank order: 甲 and 乙 (110), 丁 (101), 丙 (60).
        chinese.Skip(1).Select(l => l.Split(',')[^1]).Should().Equal("加分封顶，总分封顶", "加分封顶，总分封顶", "", "总分保底");
        english[1].Should().EndWith(",\"bonus capped, total capped\"");
        english[2].Should().EndWith(",\"bonus capped, total capped\"");
        english[3].Should().EndWith(",101,");
        english[4].Should().EndWith(",60,total raised to the floor");
    }

    [Test]
    public void Note_ARewordedLimitTerm_IsPrinted()
    {
        var table = new ScoringEngine(new ScoringScheme { BonusCap = 20m }).Rank([new Assessment(Dept("甲"), 100m, 0m, 30m)]);
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        MessageCatalog.SetText("Limit.BonusCap", chinese, "加分超过上限");
        try
        {
            CsvTableWriter.Default.ToText(table).Should().EndWith(",加分超过上限\r\n");
        }
        finally
        {
            MessageCatalog.ClearText("Limit.BonusCap", chinese);
        }
    }
}
