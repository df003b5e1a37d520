using System.Text;
using WindowScoring.Export;
using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.Export;

/// <summary>
/// Every writer writes every table kind it supports to a path, a stream, a text writer and a string, with the same text;
/// CSV files and streams start with a UTF-8 byte order mark, strings and the other formats have none.
/// </summary>
public sealed class WriterTargetsTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static RankedTable Ranked() => ScoringEngine.Default.Rank(
        [new Assessment(Department.FromName("省市场监管局"), 100m, 0.5m, 14.5m)],
        notAssessed: [new NotAssessedEntry(Department.FromName("省医保局"), "新进驻")]);

    private static AggregatedTable Aggregated() => Quarter().Aggregate(AssessmentPeriod.Quarter(2023, 4));

    private static DepartmentHistory History() => Quarter().Analyze()[Dept(Education)];

    // (format, table kind) → the four targets: path, stream, text writer, string.
    private static IEnumerable<TestCaseData> Cases()
    {
        var csv = CsvTableWriter.Default;
        var md = MarkdownTableWriter.Default;
        var report = ReportTableWriter.Default;
        yield return Case("csv ranked", true, (p) => csv.Write(Ranked(), p), s => csv.Write(Ranked(), s), w => csv.Write(Ranked(), w), () => csv.ToText(Ranked()));
        yield return Case("csv aggregated", true, p => csv.Write(Aggregated(), p), s => csv.Write(Aggregated(), s), w => csv.Write(Aggregated(), w), () => csv.ToText(Aggregated()));
        yield return Case("csv history", true, p => csv.Write(History(), p), s => csv.Write(History(), s), w => csv.Write(History(), w), () => csv.ToText(History()));
        yield return Case("markdown ranked", false, p => md.Write(Ranked(), p), s => md.Write(Ranked(), s), w => md.Write(Ranked(), w), () => md.ToText(Ranked()));
        yield return Case("markdown aggregated", false, p => md.Write(Aggregated(), p), s => md.Write(Aggregated(), s), w => md.Write(Aggregated(), w), () => md.ToText(Aggregated()));
        yield return Case("markdown history", false, p => md.Write(History(), p), s => md.Write(History(), s), w => md.Write(History(), w), () => md.ToText(History()));
        yield return Case("report ranked", false, p => report.Write(Ranked(), p), s => report.Write(Ranked(), s), w => report.Write(Ranked(), w), () => report.ToText(Ranked()));
    }

    private static TestCaseData Case(string name, bool bom, Action<string> toPath, Action<Stream> toStream, Action<TextWriter> toWriter, Func<string> toText) =>
        new TestCaseData(bom, toPath, toStream, toWriter, toText).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Cases))]
    public void Write_EveryTarget_SameText_BomOnlyForCsvFilesAndStreams(bool bom, Action<string> toPath, Action<Stream> toStream, Action<TextWriter> toWriter, Func<string> toText)
    {
        var text = toText();
        var expected = (bom ? Bom : []).Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();

        var path = Path.Combine(Path.GetTempPath(), "ws-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(path, new string('x', 5000)); // overwritten, not appended to
            toPath(path);
            File.ReadAllBytes(path).Should().Equal(expected);
        }
        finally
        {
            File.Delete(path);
        }

        var stream = new MemoryStream();
        toStream(stream);
        stream.ToArray().Should().Equal(expected);
        stream.CanWrite.Should().BeTrue("the stream is left open");

        var writer = new StringWriter();
        toWriter(writer);
        writer.ToString().Should().Be(text);

        text.Should().NotStartWith("\uFEFF").And.Contain("\n");
    }

    [Test]
    public void Write_ToPath_StartsWithBom()
    {
        var path = Path.Combine(Path.GetTempPath(), "ws-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            CsvTableWriter.Default.Write(Ranked(), path);
            File.ReadAllBytes(path)[..3].Should().Equal(Bom);
            File.ReadAllText(path, Encoding.UTF8).Should().Be(CsvTableWriter.Default.ToText(Ranked()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ToText_Csv_HasNoBom() => CsvTableWriter.Default.ToText(Ranked()).Should().StartWith("序号,");

    [Test]
    public void Write_NullTable_ThrowsAndCreatesNoFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "ws-" + Guid.NewGuid().ToString("N") + ".csv");

        FluentActions.Invoking(() => CsvTableWriter.Default.Write((RankedTable)null!, path)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => MarkdownTableWriter.Default.Write((AggregatedTable)null!, path)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportTableWriter.Default.Write(null!, path)).Should().Throw<ArgumentNullException>();

        File.Exists(path).Should().BeFalse();
    }

    [Test]
    public void Write_NullOrBlankTarget_Throws()
    {
        FluentActions.Invoking(() => CsvTableWriter.Default.Write(Ranked(), (string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        FluentActions.Invoking(() => CsvTableWriter.Default.Write(Ranked(), " ")).Should().Throw<ArgumentException>().WithParameterName("path");
        FluentActions.Invoking(() => MarkdownTableWriter.Default.Write(History(), (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => ReportTableWriter.Default.Write(Ranked(), (TextWriter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    [Test]
    public void ReportHeader_IsTheDeclaredColumns() =>
        ReportTableWriter.Default.ToText(ScoringEngine.Default.Rank([])).Should().Be(ReportTableWriter.Header + "\n");
}
