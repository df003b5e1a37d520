using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Golden files: each format and encoding a hall sends, with the rows and the exact diagnostics (code, line, column).</summary>
public sealed class GoldenFileTests
{
    private static string Golden(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "golden", name);

    private static (string Code, int? Line, string? Column)[] Problems(ImportResult r) =>
        r.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Line, d.Column)).ToArray();

    [Test]
    public void CommaCsv_QuotedSeparatorsQuotesAndNewlines()
    {
        var r = AssessmentTableReader.Default.Read(Golden("comma-quoted.csv"));

        Problems(r).Should().BeEmpty();
        r.Rows.Select(x => (x.Line, x.Department.Name, x.Assessment!.Total)).Should().Equal(
            (2, "省新闻出版局 (省电影局), 窗口", 101m),
            (3, "说\"好\"窗口", 99.5m),
            (4, "多行\r\n名称", 98m));
    }

    [Test]
    public void SemicolonCsv_Utf8Bom_EnglishHeaders_DecimalCommaIsAnError()
    {
        var r = AssessmentTableReader.Default.Read(Golden("semicolon-bom-english.csv"));

        r.Diagnostics[0].Message.Should().Be("Text encoding: UTF-8 with BOM.");
        Problems(r).Should().Equal((DiagnosticCodes.NumberInvalid, 3, "Deduction"));
        r.Rows.Select(x => x.Assessment!.ToString()).Should().Equal("Customs: 100 - 2.5 + 0 = 97.5", "Survey: 100 - 12.5 + 0 = 87.5");
    }

    [Test]
    public void ScoreOnlyTable_KeepsExtraColumns()
    {
        var r = AssessmentTableReader.Default.Read(Golden("score-only-extra.csv"));

        Problems(r).Should().BeEmpty();
        r.Rows.Should().HaveCount(3);
        r.Rows[0].Assessment!.HasBreakdown.Should().BeFalse();
        r.Rows[0].Assessment!.Total.Should().Be(98.75m);
        r.Rows[2].PrintedRank.Should().BeEmpty();
        r.Rows[1].Extras.Select(kv => (kv.Key, kv.Value)).Should().Equal(("工单数", "980"));
    }

    [Test]
    public void RepeatedHeader_MixedSigns_NotAssessed()
    {
        var r = AssessmentTableReader.Default.Read(Golden("repeated-header-mixed-sign.tsv"));

        r.Diagnostics.Where(d => d.Code != DiagnosticCodes.EncodingUsed).Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.RepeatedHeader, 4, null),
            (DiagnosticCodes.DeductionSignMixed, 6, "减分 分值"),
            (DiagnosticCodes.NotAssessedRow, 7, null));
        r.Rows.Select(x => x.Assessment?.ToString() ?? x.NotAssessed!.ToString()).Should().Equal(
            "自然资源厅: 100 - 0 + 20 = 120", "公安厅: 100 - 0.5 + 7.5 = 107", "教育厅: 100 - 12 + 1 = 89", "新进驻单位: not assessed (不参与考核)");
    }

    [Test]
    public void BadRows_EachNamedByLineAndColumn_GoodRowsKept()
    {
        var r = AssessmentTableReader.Default.Read(Golden("bad-rows.csv"));

        Problems(r).Should().Equal(
            (DiagnosticCodes.NumberInvalid, 2, "加分"),
            (DiagnosticCodes.DepartmentMissing, 3, "部门窗口"),
            (DiagnosticCodes.BonusNegative, 4, "加分"),
            (DiagnosticCodes.FieldCount, 5, null),
            (DiagnosticCodes.FieldCount, 6, null),
            (DiagnosticCodes.NumberInvalid, 7, "基础分"),
            (DiagnosticCodes.NumberMissing, 8, "减分"));
        r.Rows.Select(x => x.Line).Should().Equal(9);
    }

    [Test]
    public void Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(string.Join("\r\n", TestData.SeedAppendixLines()))).ToArray();

        var r = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        r.Diagnostics[0].Message.Should().Be("Text encoding: UTF-16 LE with BOM.");
        r.HasErrors.Should().BeFalse();
        r.Rows.Should().HaveCount(29);
    }

    [Test]
    public void Gbk_WholeReportText_IsDetected_AndTheAppendixFound()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(File.ReadAllText(TestData.SeedReportPath));

        var r = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        r.HasErrors.Should().BeFalse();
        r.Rows.Should().HaveCount(29);
        r.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        r.Rows[21].Department.Name.Should().Be("省新闻出版局 (省电影局)");
    }

    [Test]
    public void ExplicitEncoding_OverridesDetection()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes("部门,得分\n公安厅,107\n");

        var r = AssessmentTableReader.Default.Read(new MemoryStream(bytes), new ImportOptions { Encoding = gbk });

        r.Rows.Single().Department.Name.Should().Be("公安厅");
        r.Diagnostics[0].Message.Should().Contain("set by the caller");
    }
}
