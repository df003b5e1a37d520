using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// <see cref="AssessmentTableReader.ReadEach(string, Action{PublishedRow}, ImportOptions?)"/>: the streaming read passes on
/// exactly the rows <see cref="AssessmentTableReader.Read(string, ImportOptions?)"/> returns, in order, with the same
/// diagnostics, period and title, and keeps none of them.
/// </summary>
public sealed class ReadEachTests
{
    private static string Golden(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "golden", name);

    // The golden files, the November table and the whole seed report (paths relative to the test directory).
    private static readonly string[] Files =
    [
        "SampleData/2023-11.tsv", "Data/weekly-report-2024-01.txt", "Data/golden/bad-rows.csv", "Data/golden/comma-quoted.csv",
        "Data/golden/repeated-header-mixed-sign.tsv", "Data/golden/score-only-extra.csv", "Data/golden/semicolon-bom-english.csv",
    ];

    [TestCaseSource(nameof(Files))]
    public void ReadEach_PassesOnWhatReadReturns(string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, file);
        var rows = new List<PublishedRow>();

        var summary = AssessmentTableReader.Default.ReadEach(path, rows.Add);
        var result = AssessmentTableReader.Default.Read(path);

        rows.Should().BeEquivalentTo(result.Rows, o => o.WithStrictOrdering().ComparingByMembers<PublishedRow>());
        rows.Select(r => r.ToString()).Should().Equal(result.Rows.Select(r => r.ToString()));
        summary.RowCount.Should().Be(result.Rows.Count);
        summary.Diagnostics.Should().Equal(result.Diagnostics);
        summary.Period.Should().Be(result.Period);
        summary.Title.Should().Be(result.Title);
        summary.HasErrors.Should().Be(result.HasErrors);
        summary.ToString().Should().Be(result.ToString());
    }

    [Test]
    public void ReadEach_StreamAndText_AgreeWithRead()
    {
        var text = "序号,部门窗口,基础分,减分,加分,实得分值\n1,教育厅,100,-12,1,89\n2,,100,0,0,100\n3,公安厅,100,x,0,100\n";
        var fromStream = new List<PublishedRow>();
        var fromText = new List<PublishedRow>();

        var streamSummary = AssessmentTableReader.Default.ReadEach(new MemoryStream(Encoding.UTF8.GetBytes(text)), fromStream.Add);
        var textSummary = AssessmentTableReader.Default.ReadEach(new StringReader(text), fromText.Add);
        var expected = AssessmentTableReader.Default.ReadText(text);

        fromStream.Should().Equal(expected.Rows);
        fromText.Should().Equal(expected.Rows);
        streamSummary.Diagnostics.Where(d => d.IsError).Should().Equal(expected.Errors);
        textSummary.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.DepartmentMissing, 3), (DiagnosticCodes.NumberInvalid, 4));
        textSummary.RowCount.Should().Be(1);
    }

    [Test]
    public void ReadEach_RowsArriveInInputOrder_BeforeTheReadEnds()
    {
        var lines = new List<int>();
        var text = "部门窗口,实得分值\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"部门{i},{i}\n"));

        AssessmentTableReader.Default.ReadEach(new StringReader(text), row => lines.Add(row.Line));

        lines.Should().Equal(Enumerable.Range(2, 500));
    }

    [Test]
    public void ReadEach_AnExceptionFromTheCallback_EndsTheReadAndPropagates()
    {
        var text = "部门窗口,实得分值\n甲,1\n乙,2\n丙,3\n";
        var seen = 0;

        var act = () => AssessmentTableReader.Default.ReadEach(new StringReader(text), row =>
        {
            if (++seen == 2)
            {
                throw new InvalidOperationException("stop at " + row.Department.Name);
            }
        });

        act.Should().Throw<InvalidOperationException>().WithMessage("stop at 乙");
        seen.Should().Be(2);
    }

    [Test]
    public void ReadEach_EnsureSuccess_ThrowsWithEveryDiagnostic()
    {
        var summary = AssessmentTableReader.Default.ReadEach(new StringReader("部门窗口,实得分值\n甲,x\n"), _ => { });

        summary.Invoking(s => s.EnsureSuccess()).Should().Throw<DiagnosticException>()
            .Which.Diagnostics.Should().Equal(summary.Diagnostics);
        AssessmentTableReader.Default.ReadEach(new StringReader("部门窗口,实得分值\n甲,1\n"), _ => { }).EnsureSuccess().RowCount.Should().Be(1);
    }

    [Test]
    public void ReadEach_NullArguments_Throw()
    {
        var reader = AssessmentTableReader.Default;

        reader.Invoking(r => r.ReadEach((string)null!, _ => { })).Should().Throw<ArgumentNullException>().WithParameterName("path");
        reader.Invoking(r => r.ReadEach(Golden("comma-quoted.csv"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("onRow");
        reader.Invoking(r => r.ReadEach((Stream)null!, _ => { })).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        reader.Invoking(r => r.ReadEach(new MemoryStream(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("onRow");
        reader.Invoking(r => r.ReadEach((TextReader)null!, _ => { })).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        reader.Invoking(r => r.ReadEach(new StringReader(string.Empty), null!)).Should().Throw<ArgumentNullException>().WithParameterName("onRow");
    }

    [Test]
    public void ReadEach_ThenComputeRanks_AsTheReadmeShows_GivesThePublishedRanks()
    {
        // The README's national roll-up, on the November 2023 table: totals streamed out of the file without keeping a row,
        // ranked in one call, against the 序号 and 实得分值 columns of the published appendix (a blank 序号 repeats the rank above).
        var totals = new List<decimal>();
        var summary = AssessmentTableReader.Default.ReadEach(TestData.NovemberTablePath, row =>
        {
            if (row.Assessment is { } assessment)
            {
                totals.Add(assessment.Total);
            }
        });
        summary.EnsureSuccess();
        var ranks = new int[totals.Count];

        Ranker.ComputeRanks(CollectionsMarshal.AsSpan(totals), ranks);

        var published = TestData.SeedAppendixLines().Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        var publishedRanks = new List<int>();
        foreach (var cells in published)
        {
            publishedRanks.Add(cells[0].Length > 0 ? int.Parse(cells[0], CultureInfo.InvariantCulture) : publishedRanks[^1]);
        }

        totals.Should().Equal(published.Select(c => decimal.Parse(c[^1], CultureInfo.InvariantCulture)));
        ranks.Should().Equal(publishedRanks);
    }
}
