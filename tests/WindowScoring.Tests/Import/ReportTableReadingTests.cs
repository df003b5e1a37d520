using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

public sealed class ReportTableReadingTests
{
    private const string Header = "序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值";

    private static ImportResult Read(string text) => AssessmentTableReader.Default.ReadText(text);

    [Test]
    public void SeedLayout_BlankRankAndPageBreak_AllRowsRead()
    {
        var result = AssessmentTableReader.Default.Read(TestData.NovemberTablePath);

        result.HasErrors.Should().BeFalse();
        result.Rows.Should().HaveCount(29);
        result.Rows[1].Should().Match<PublishedRow>(r => r.PrintedRank == string.Empty && r.Department.Name == "交通运输厅" && r.Line == 3);
        result.Rows[20].Line.Should().Be(23, "the blank line where the table broke across pages is line 22");
        result.Rows.Single(r => r.Department.Name == "教育厅").Assessment!.Deduction.Should().Be(12m, "printed -12 is a deduction of 12");
        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.EncodingUsed, DiagnosticCodes.PeriodInferred);
    }

    [Test]
    public void WholeReportText_FindsTheAppendix_AndTakesThePeriodFromTheTitle()
    {
        var result = AssessmentTableReader.Default.Read(TestData.SeedReportPath);

        result.HasErrors.Should().BeFalse();
        result.Rows.Should().HaveCount(29);
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        result.Title.Should().Be("2023年11月省政务服务大厅进驻部门（单位） 窗口考核结果");
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TableEnded && d.Line == 87);
    }

    [Test]
    public void BadNumber_IsADiagnosticWithLineAndColumn_OtherRowsStillRead()
    {
        var result = Read($"{Header}\n1\t自然资源厅\t100\t0\t20\t120\n2\t交通运输厅\t100\t5,5\t20\t120\n3\t公安厅\t100\t0\t7.5\t107.5\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("自然资源厅", "公安厅");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberInvalid && d.IsError
            && d.Line == 3 && d.Column == "减分 分值" && d.RawValue == "5,5");
    }

    [Test]
    public void ShortRow_IsReported()
    {
        var result = Read($"{Header}\n1\t自然资源厅\t100\t0\t20\n");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.FieldCount && d.Line == 2);
        FluentActions.Invoking(() => result.EnsureSuccess()).Should().Throw<DiagnosticException>().Which.Diagnostics.Should().Contain(result.Errors);
    }

    [Test]
    public void MissingColumn_OneDiagnostic_ExpectedAndFound()
    {
        var result = Read("序号\t部门窗口\t基础分\t加分\n1\t自然资源厅\t100\t20\n");
        var d = result.Errors.Should().ContainSingle().Which;
        d.Code.Should().Be(DiagnosticCodes.MissingColumns);
        d.Message.Should().Contain("减分/deduction").And.Contain("found '序号', '部门窗口', '基础分', '加分'");
    }

    [Test]
    public void FullWidthDigits_AreFolded()
    {
        var result = Read($"{Header}\n１\t省林草局\t１００\t－０．５\t１２\t１１１．５\n");
        result.Rows.Single().Assessment.Should().Be(new Assessment(Department.FromName("省林草局"), 100m, 0.5m, 12m));
    }

    [Test]
    public void Gb18030Bytes_AreDetected()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(string.Join("\n", TestData.SeedAppendixLines()));

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        result.HasErrors.Should().BeFalse();
        result.Rows.Should().HaveCount(29);
        result.Rows[0].Department.Name.Should().Be("自然资源厅");
        result.Diagnostics[0].Message.Should().Contain("GB18030");
    }

    [Test]
    public void Empty_GivesNoHeaderDiagnostic()
    {
        Read("").Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NoHeader);
    }
}
