using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>ImportOptions.MaxDiagnostics: every reader keeps the first diagnostics, counts the rest by code in one WS104,
/// and still fails when errors were left out.</summary>
public sealed class DiagnosticBoundTests
{
    private static string BadRows(int count, int firstLine = 2)
    {
        var text = new StringBuilder("部门窗口,实得分值\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("窗口").Append(firstLine + i).Append(",x\n"); // WS123: not a number
        }

        return text.ToString();
    }

    [Test]
    public void Read_MoreBadRowsThanTheBound_KeepsTheFirst_AndCountsTheRestByCodeInOneWS104()
    {
        var result = AssessmentTableReader.Default.ReadText(BadRows(50), new ImportOptions { MaxDiagnostics = 10 });

        result.Diagnostics.Should().HaveCount(11);
        result.Diagnostics.Take(10).Select(d => d.Line).Should().Equal(Enumerable.Range(2, 10).Cast<int?>());
        var last = result.Diagnostics[^1];
        last.Code.Should().Be(DiagnosticCodes.TooManyDiagnostics);
        last.Severity.Should().Be(DiagnosticSeverity.Error);
        last.Line.Should().Be(12);
        last.Message.Should().Contain("40").And.Contain(result.Diagnostics[0].Code + " × 40");
        result.HasErrors.Should().BeTrue();
    }

    [Test]
    public void Read_ErrorsOnlyBeyondTheBound_StillFail_NothingIsAcceptedSilently()
    {
        // The one diagnostic kept is information (a repeated header); the errors after it are only counted.
        var text = "部门窗口,实得分值\n教育厅,90\n部门窗口,实得分值\n公安厅,x\n民政厅,y\n";

        var result = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxDiagnostics = 1 });

        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.RepeatedHeader, DiagnosticCodes.TooManyDiagnostics);
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(4);
        FluentActions.Invoking(() => result.ToTable()).Should().Throw<DiagnosticException>();
    }

    [Test]
    public void RowsWithoutErrors_LeaveOutEveryRowFromTheFirstLineTheBoundLeftOut()
    {
        var text = "部门窗口,实得分值\n甲,x\n乙,90\n丙,y\n丁,91\n戊,z\n己,92\n";

        var result = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxDiagnostics = 1 });

        result.Rows.Select(r => r.Department.Name).Should().Equal("乙", "丁", "己");
        result.RowsWithoutErrors().Select(r => r.Department.Name).Should().Equal("乙"); // line 4 on is not vouched for
        result.ToPartialTable().Assessments.Should().ContainSingle();
    }

    [Test]
    public void Read_WarningsOnlyBeyondTheBound_IsAWarning_AndTheRowsStand()
    {
        var text = "部门窗口,实得分值\n教育厅,90\n部门窗口,实得分值\n部门窗口,实得分值\n公安厅,91\n";

        var result = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxDiagnostics = 1 });

        result.Diagnostics[^1].Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.Severity == DiagnosticSeverity.Info);
        result.HasErrors.Should().BeFalse();
        result.RowsWithoutErrors().Should().HaveCount(2);
    }

    [Test]
    public void Read_TheDiagnosticThatEndsTheRead_IsKeptPastTheBound()
    {
        var text = BadRows(200);

        var result = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxDiagnostics = 5, MaxBytes = text.Length / 2 });

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InputTooLarge);
        result.Diagnostics[^1].Code.Should().Be(DiagnosticCodes.TooManyDiagnostics);
    }

    [Test]
    public void ReadEach_Stream_IsBoundedToo()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BadRows(5000)));

        var summary = AssessmentTableReader.Default.ReadEach(stream, _ => { });

        summary.Diagnostics.Should().HaveCount(ImportOptions.Default.MaxDiagnostics + 1); // the encoding (WS110), 999 rows, WS104
        summary.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.IsError);
    }

    [Test]
    public void Report_TextBeyondTheBound_IsCountedToo()
    {
        var text = new StringBuilder("2023年11月省政务服务大厅进驻部门（单位）窗口考核结果\n序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append(i + 1).Append("\t窗口").Append(i).Append("\t100\t0\tx\t100\n");
        }

        var result = AssessmentTableReader.Default.ReadText(text.ToString(), new ImportOptions { MaxDiagnostics = 3 });

        result.Diagnostics.Where(d => d.Code != DiagnosticCodes.PeriodInferred).Should().HaveCount(4);
        result.Diagnostics[^1].Code.Should().Be(DiagnosticCodes.TooManyDiagnostics);
    }

    [Test]
    public void EventLog_IsBoundedToo()
    {
        var text = new StringBuilder("部门,日期,规则\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append("教育厅,not a date,JL-01\n");
        }

        var result = EventLogReader.Default.ReadText(text.ToString(), new ImportOptions { MaxDiagnostics = 4 });

        result.Diagnostics.Should().HaveCount(5);
        result.Diagnostics[^1].Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.IsError && d.Line == 5); // line 1's info (no status column) is one of the 4
        result.HasErrors.Should().BeTrue();
    }

    [Test]
    public void MaxDiagnostics_BelowOne_IsRefused()
    {
        FluentActions.Invoking(() => new ImportOptions { MaxDiagnostics = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
