using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Reader messages follow the chosen language; codes, lines, columns and raw values do not.</summary>
public sealed class ImportMessageLanguageTests
{
    private const string Bad = "序号,部门窗口,基础分,减分,加分,实得分值\n1,A,100,5,5,0,0\n2,,100,0,0,100\n3,C,100,\"0,5\",0,99.5\n";

    private static ImportResult Read(string culture)
    {
        using var _ = new MessageCultureScope(culture);
        return AssessmentTableReader.Default.ReadText(Bad);
    }

    [Test]
    public void Messages_ChineseOrEnglish_SameCodes()
    {
        var zh = Read("zh-CN");
        var en = Read("en");

        zh.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal(en.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue)));
        zh.Errors.Should().HaveCount(3).And.OnlyContain(d => d.Message.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        en.Errors.Should().OnlyContain(d => d.Message.StartsWith("Expected", StringComparison.Ordinal));
    }

    [Test]
    public void Messages_FollowTheCurrentUICulture_WhenNoneIsChosen()
    {
        using (new CultureScope("zh-CN"))
        {
            AssessmentTableReader.Default.ReadText(Bad).Errors.First().Message.Should().Contain("列");
        }

        using (new CultureScope("de-DE"))
        {
            AssessmentTableReader.Default.ReadText(Bad).Errors.First().Message.Should().StartWith("Expected");
        }
    }
}
