using WindowScoring.Export;
using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingTableWritersTests
{
    private static RatingTable Sample() =>
        RatingTally.Tabulate(RatingSamples.September().Ratings, AssessmentPeriod.Month(2025, 9), calendar: RatingSamples.Calendar(2025), asOf: new DateOnly(2025, 10, 31));

    [Test]
    public void Report_PublishedLayout_BlankRankOnTies()
    {
        var text = ReportTableWriter.Default.ToText(Sample());

        text.Split('\n').Should().Equal(
            "序号\t部门\t评价数\t非常满意\t满意\t基本满意\t不满意\t非常不满意\t满意率\t差评数\t默认评价数\t已整改\t按时整改\t超期\t申诉中\t申诉成立",
            "1\t市场监管局\t4\t3\t1\t0\t0\t0\t100.00%\t0\t0\t0\t0\t0\t0\t0",
            "2\t教育厅\t6\t3\t1\t1\t1\t0\t83.33%\t1\t1\t1\t0\t1\t1\t1",
            "\t公安厅\t6\t1\t3\t1\t0\t1\t83.33%\t1\t0\t1\t1\t0\t0\t0",
            "4\t人社厅\t4\t1\t1\t0\t2\t0\t50.00%\t2\t0\t1\t1\t1\t0\t0",
            string.Empty);
    }

    [Test]
    public void EveryWriter_TextWriterAndStreamAndPath_WriteWhatToTextReturns()
    {
        var table = Sample();
        var path = Path.Combine(Path.GetTempPath(), "ratings-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            foreach (var (name, toText, toWriter, toStream, toPath) in new (string, Func<string>, Action<TextWriter>, Action<Stream>, Action<string>)[]
            {
                ("report", () => ReportTableWriter.Default.ToText(table), w => ReportTableWriter.Default.Write(table, w), null!, null!),
                ("csv", () => CsvTableWriter.Default.ToText(table), w => CsvTableWriter.Default.Write(table, w), s => CsvTableWriter.Default.Write(table, s), p => CsvTableWriter.Default.Write(table, p)),
                ("markdown", () => MarkdownTableWriter.Default.ToText(table), w => MarkdownTableWriter.Default.Write(table, w), s => MarkdownTableWriter.Default.Write(table, s), p => MarkdownTableWriter.Default.Write(table, p)),
            })
            {
                var expected = toText();
                expected.Should().Contain("教育厅", name);
                var writer = new StringWriter();
                toWriter(writer);
                writer.ToString().Should().Be(expected, name + " to a TextWriter");
                if (toStream is null)
                {
                    continue;
                }

                using (var stream = new MemoryStream())
                {
                    toStream(stream);
                    new StreamReader(new MemoryStream(stream.ToArray())).ReadToEnd().Should().Be(expected, name + " to a Stream");
                }

                toPath(path);
                File.ReadAllText(path).Should().Be(expected, name + " to a path");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Csv_EnglishHeadings_RoundsTheRateToTheRulesDecimals()
    {
        var table = RatingTally.Tabulate(RatingSamples.September().Ratings, AssessmentPeriod.Month(2025, 9), new RatingRules { Decimals = 0 });

        var lines = new CsvTableWriter(TableLanguage.English).ToText(table).Split("\r\n");

        lines[0].Should().Be("rank,department,ratings,very satisfied,satisfied,fairly satisfied,dissatisfied,very dissatisfied,satisfaction rate,negative,default ratings,rectified,rectified on time,overdue,pending appeals,upheld appeals");
        lines[2].Should().StartWith("2,教育厅,6,3,1,1,1,0,83%,1,");
    }

    [Test]
    public void Csv_HostileDepartmentName_IsEscapedAgainstFormulas()
    {
        var table = RatingTally.Tabulate([RatingSamples.Make("X", "=1+1", "2025-09-01", RatingLevel.Satisfied)], AssessmentPeriod.Month(2025, 9));

        CsvTableWriter.Default.ToText(table).Split("\r\n")[1].Should().StartWith("1,'=1+1,1,");
    }

    [Test]
    public void Csv_WriteThenReadAsCells_KeepsEveryFigure()
    {
        var table = Sample();
        var csv = CsvTableWriter.Default.ToText(table);

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();

        rows.Select(c => (c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[8]))
            .Should().Equal(table.Rows.Select(r => (r.Department.Name, r.Counted, r.FormatRate(2))));
    }

    [Test]
    public void Markdown_HasEveryRowWithItsRate()
    {
        var text = MarkdownTableWriter.Default.ToText(Sample());

        text.Should().Contain("满意率").And.Contain("| 市场监管局").And.Contain("83.33%").And.Contain("50.00%");
    }
}
