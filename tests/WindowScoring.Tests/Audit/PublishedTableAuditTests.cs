using WindowScoring.Audit;
using WindowScoring.Import;

namespace WindowScoring.Tests.Audit;

public sealed class PublishedTableAuditTests
{
    private static string[] Seed() => TestData.SeedAppendixLines();

    private static AuditReport Check(string[] lines, IEnumerable<Department>? roster = null) =>
        PublishedTableAudit.Default.Check(AssessmentTableReader.Default.ReadText(string.Join("\n", lines)).ToPublishedTable(), roster);

    private static (string Code, int? Line, string Department)[] Findings(AuditReport r) =>
        r.Diagnostics.Select(f => (f.Code, f.Line, DepartmentOf(f))).ToArray();

    // Every finding's message starts with the department's name (its {0}), then a space (English) or "：" (Chinese).
    private static string DepartmentOf(Diagnostic finding) => finding.Message[..finding.Message.IndexOfAny([' ', '：'])];

    [Test]
    public void SeedTable_IsConsistent()
    {
        var report = PublishedTableAudit.Default.Check(AssessmentTableReader.Default.Read(TestData.SeedReportPath).ToPublishedTable());
        report.IsConsistent.Should().BeTrue();
        report.RowsChecked.Should().Be(29);
    }

    [Test]
    public void EnsureSuccess_ConsistentTable_ReturnsTheReportItself()
    {
        var report = PublishedTableAudit.Default.Check(AssessmentTableReader.Default.Read(TestData.SeedReportPath).ToPublishedTable());

        report.EnsureSuccess().Should().BeSameAs(report);
        report.HasErrors.Should().BeFalse();
    }

    [Test]
    public void EnsureSuccess_WrongTotal_ThrowsWithTheFindingAsADiagnostic()
    {
        var lines = Seed();
        lines[3] = "3\t省市场监管局\t100\t0\t14.5\t115";
        var report = Check(lines);

        report.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.TotalMismatch, 4));
        FluentActions.Invoking(() => report.EnsureSuccess()).Should().Throw<DiagnosticException>()
            .Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.TotalMismatch);
    }

    [Test]
    public void WrongTotal_IsFound()
    {
        var lines = Seed();
        lines[3] = "3\t省市场监管局\t100\t0\t14.5\t115";
        var report = Check(lines);
        Findings(report).Should().Equal((DiagnosticCodes.TotalMismatch, 4, "省市场监管局"));
        report.Diagnostics[0].Should().Match<Diagnostic>(f => f.Expected == "114.5" && f.RawValue == "115" && f.IsError);
    }

    [Test]
    public void WrongRank_IsFound()
    {
        var lines = Seed();
        lines[4] = "5\t经济和信息化厅\t100\t0\t13.5\t113.5";
        Findings(Check(lines)).Should().Equal((DiagnosticCodes.RankMismatch, 5, "经济和信息化厅"));
    }

    [Test]
    public void TiePrintedWithANumber_IsAWarning()
    {
        var lines = Seed();
        lines[2] = "1\t交通运输厅\t100\t0\t20\t120";
        var report = Check(lines);
        Findings(report).Should().Equal((DiagnosticCodes.TieRankPrinted, 3, "交通运输厅"));
        report.Diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        report.Diagnostics[0].Should().Match<Diagnostic>(f => f.Expected == "1" && f.RawValue == "1");
    }

    [Test]
    public void BlankWhereARankBelongs_IsFound()
    {
        var lines = Seed();
        lines[3] = "\t省市场监管局\t100\t0\t14.5\t114.5";
        Findings(Check(lines)).Should().Equal((DiagnosticCodes.RankBlank, 4, "省市场监管局"));
    }

    [Test]
    public void DuplicateDepartment_AndOrder()
    {
        var report = Check(["序号\t部门窗口\t基础分\t减分\t加分\t实得分值", "1\t公安厅\t100\t0\t1\t101", "2\t水利厅\t100\t0\t0\t100", "2\t公安厅\t100\t0\t1\t101"]);
        Findings(report).Should().Contain((DiagnosticCodes.DuplicateDepartment, 4, "公安厅")).And.Contain((DiagnosticCodes.OrderMismatch, 4, "公安厅"));
    }

    [Test]
    public void Roster_MissingAndUnknown()
    {
        var roster = new[] { "自然资源厅", "交通运输厅", "省药监局（新）" }.Select(Department.FromName);
        var report = Check(Seed()[..3], roster);
        Findings(report).Should().Equal((DiagnosticCodes.MissingFromRoster, null, "省药监局（新）"));
    }

    [Test]
    public void Finding_PrintsLikeEveryOtherDiagnostic()
    {
        var lines = Seed();
        lines[3] = "3\t省市场监管局\t100\t0\t14.5\t115";
        string en, zh;
        using (new CultureScope("en-US"))
        {
            en = Check(lines).Diagnostics[0].ToString();
        }

        using (new CultureScope("zh-CN"))
        {
            zh = Check(lines).Diagnostics[0].ToString();
        }

        en.Should().Be("line 4: WS300 error '115': 省市场监管局 prints the total 115 but base − deduction + bonus = 114.5.");
        zh.Should().Be("第 4 行：WS300 错误 “115”：省市场监管局：所印实得分值为 115，但 基础分 − 减分 + 加分 = 114.5。");
    }
}
