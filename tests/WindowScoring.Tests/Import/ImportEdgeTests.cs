using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Import rules that mutation testing found untested (issue #26).</summary>
public sealed class ImportEdgeTests
{
    private static ImportResult Read(string text) =>
        AssessmentTableReader.Default.Read(new StringReader(text), new ImportOptions { Format = TableFormat.Delimited });

    [TestCase("2023年11月窗口考核结果", true)]
    [TestCase("2023年11月窗口考核排名", true)]
    [TestCase("2023年11月窗口考核得分", true)]
    [TestCase("2023年11月窗口考核说明", false)] // 考核 alone names no result
    [TestCase("2023年11月窗口得分结果", false)] // no 考核
    public void OneCellLineBeforeTheHeader_IsTheTitle_OnlyWhenItNamesAnAssessmentResult(string line, bool title)
    {
        var result = Read(line + ",,\n序号,部门,实得分值\n1,甲,100\n");

        result.Title.Should().Be(title ? line : null);
        result.Rows.Should().ContainSingle(string.Join("; ", result.Diagnostics));
    }

    [Test]
    public void StrayQuote_LongRecord_RawValueCutAt80Characters()
    {
        var name = "甲" + new string('x', 100) + "\"y";

        var result = Read("序号,部门,实得分值\n1," + name + ",100\n");

        var warning = result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MalformedRecord).Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.RawValue.Should().HaveLength(81).And.EndWith("…").And.StartWith("1,甲xxx");
    }
}
