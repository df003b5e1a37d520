using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

/// <summary>
/// An event log goes through the table reader's one row loop: the same source seam, the same limits and the same
/// diagnostics for them; only its columns and the mapping of a row to an event are its own.
/// </summary>
public sealed class EventLogRowLoopTests
{
    private static readonly ImportOptions English = ImportOptions.Default;

    [Test]
    public void TooManyRows_IsTheTablesDiagnostic_WithTheSameMessage()
    {
        var options = English with { MaxRows = 1 };
        var log = EventLogReader.Default.ReadText("部门,日期,规则\nA,2023-11-01,R\nB,2023-11-02,R\n", options);
        var table = AssessmentTableReader.Default.ReadText("部门窗口,实得分值\nA,1\nB,2\n", options);

        var logError = log.Errors.Single();
        var tableError = table.Errors.Single();
        logError.Code.Should().Be(DiagnosticCodes.TooManyRows);
        (logError.Code, logError.Line, logError.Message).Should().Be((tableError.Code, tableError.Line, tableError.Message));
        log.Events.Should().ContainSingle();
    }

    [Test]
    public void TooManyColumnsAndTooLongFields_AreTheTablesDiagnostics()
    {
        var options = English with { MaxColumns = 4, MaxFieldLength = 10 };
        var log = EventLogReader.Default.ReadText("部门,日期,规则\nA,2023-11-01,R,,,\nB,2023-11-02,RRRRRRRRRRRR\nC,2023-11-03,R\n", options);

        log.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.TooManyColumns, 2), (DiagnosticCodes.FieldTooLong, 3));
        log.Events.Select(e => e.Department.Name).Should().Equal("C");
    }

    [Test]
    public void ADuplicateColumn_IsNamedByItsHeadings_NeverByAnInternalName()
    {
        using var chinese = new MessageCultureScope("zh-CN");
        var log = EventLogReader.Default.ReadText("部门,日期,规则,规则编号\nA,2023-11-01,R,S\n");

        var error = log.Errors.Single();
        error.Code.Should().Be(DiagnosticCodes.DuplicateColumn);
        error.Message.Should().Contain("规则").And.NotContain("Rule");
        error.Column.Should().Be("规则编号");
    }

    [Test]
    public void ARepeatedHeader_IsSkippedWithAnInfo_AsInATable()
    {
        var log = EventLogReader.Default.ReadText("部门,日期,规则\nA,2023-11-01,R\n部门,日期,规则\nB,2023-11-02,R\n");

        log.HasErrors.Should().BeFalse();
        log.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.RepeatedHeader && d.Line == 3);
        log.Events.Select(e => e.Department.Name).Should().Equal("A", "B");
    }

    [Test]
    public void AHeaderWithoutEvents_IsAQuietMonth_NotAnError()
    {
        var log = EventLogReader.Default.ReadText("部门,日期,规则,状态\n");

        log.HasErrors.Should().BeFalse();
        log.Events.Should().BeEmpty();
    }

    [Test]
    public void ReadFromATableSource_GivesWhatTheTextGives_WithCellReferences()
    {
        using var source = new CellTableSource(
            [["部门", "日期", "规则", "分值"], ["教育厅", "2023-11-03", "FW-01", "4"], ["成都海关", "2023-11-31", "FW-01", "x"]], "Sheet1");
        var fromSource = EventLogReader.Default.Read(source, English);
        var fromText = EventLogReader.Default.ReadText("部门,日期,规则,分值\n教育厅,2023-11-03,FW-01,4\n成都海关,2023-11-31,FW-01,x\n", English);

        fromSource.Events.Should().Equal(fromText.Events);
        fromSource.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(fromText.Errors.Select(d => (d.Code, d.Line, d.Column)));
        fromSource.Errors.Should().OnlyContain(d => d.Cell != null && d.Cell.StartsWith("Sheet1!", StringComparison.Ordinal));
    }
}
