using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

public sealed class EventLogReaderTests
{
    [Test]
    public void ChineseLog_AllColumns()
    {
        var result = EventLogReader.Default.ReadText(
            "部门,日期,规则,数量,分值,人员,角色,状态,备注\n" +
            "教育厅,2023-11-03,FW-01,1,4,张三,首席代表,已审核,投诉单 2023-118\n" +
            "教育厅,2023/11/7,JL-01,2,,李四,工作人员,申诉中,\n" +
            "成都海关,2023年11月8日,BJ-01,５,,,,驳回,超时\n");

        result.HasErrors.Should().BeFalse();
        result.Events.Should().HaveCount(3);
        result.Events[0].Should().Match<AssessmentEvent>(e => e.Department.Name == "教育厅" && e.Date == new DateOnly(2023, 11, 3) && e.RuleId == "FW-01"
            && e.Value == 4m && e.Role == EventRole.ChiefRepresentative && e.Status == EventStatus.Approved && e.Person == "张三" && e.Line == 2 && e.Note == "投诉单 2023-118");
        result.Events[1].Should().Match<AssessmentEvent>(e => e.Quantity == 2m && e.Value == null && e.Status == EventStatus.Appealed && e.Role == EventRole.Staff);
        result.Events[2].Should().Match<AssessmentEvent>(e => e.Quantity == 5m && e.Status == EventStatus.Rejected && e.Date == new DateOnly(2023, 11, 8));
    }

    [Test]
    public void EnglishLog_AdHocRows_NoStatusColumn()
    {
        var result = EventLogReader.Default.ReadText("department;date;kind;category;points\nCustoms;20231105;bonus;Commendation;2\n");

        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.StatusAssumed);
        result.Events.Single().Should().Match<AssessmentEvent>(e => e.AdHocKind == RuleKind.Bonus && e.AdHocCategory == "Commendation" && e.Value == 2m && e.Status == EventStatus.Approved);
    }

    [Test]
    public void BadRows_LineNumberedDiagnostics()
    {
        var result = EventLogReader.Default.ReadText(
            "部门,日期,规则,数量,状态\n" +
            "A,2023-11-31,JL-01,1,已审核\n" +
            ",2023-11-01,JL-01,1,已审核\n" +
            "A,2023-11-01,JL-01,0,已审核\n" +
            "A,2023-11-01,JL-01,1,maybe\n" +
            "A,2023-11-01,,1,已审核\n" +
            "A,2023-11-01,JL-01,1,已审核\n");

        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.DateInvalid, 2, "日期"),
            (DiagnosticCodes.DepartmentMissing, 3, "部门"),
            (DiagnosticCodes.NumberInvalid, 4, "数量"),
            (DiagnosticCodes.ValueUnknown, 5, "状态"),
            (DiagnosticCodes.EventIncomplete, 6, null));
        result.Events.Select(e => e.Line).Should().Equal(7);
    }

    [Test]
    public void MissingColumns_OneDiagnostic()
    {
        EventLogReader.Default.ReadText("部门,数量\nA,1\n").Diagnostics.Single().Code.Should().Be(DiagnosticCodes.MissingColumns);
    }

    [Test]
    public void Gbk_IsDetected()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("部门,日期,规则\n教育厅,2023-11-03,JL-01\n");
        EventLogReader.Default.Read(new MemoryStream(bytes)).Events.Single().Department.Name.Should().Be("教育厅");
    }

    [Test]
    public async Task ReadAsync_StreamThatRefusesSynchronousReads_ReadsTheLog_AndKeepsTheByteLimit()
    {
        var bytes = Encoding.UTF8.GetBytes("部门,日期,规则,数量\n教育厅,2023-11-03,FW-01,1\n公安厅,2023-11-04,FW-01,2\n");

        var result = await EventLogReader.Default.ReadAsync(new AsyncOnlyStream(bytes));
        result.HasErrors.Should().BeFalse();
        result.Events.Should().HaveCount(2);

        var cut = await EventLogReader.Default.ReadAsync(new AsyncOnlyStream(bytes), new ImportOptions { MaxBytes = 40 });
        cut.Errors.Select(d => d.Code).Should().Contain(DiagnosticCodes.InputTooLarge);
    }
}
