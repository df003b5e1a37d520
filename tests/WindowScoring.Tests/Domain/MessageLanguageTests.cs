using System.Globalization;
using WindowScoring.Audit;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Domain;

/// <summary>
/// The one language setting (<see cref="MessageCatalog.Culture"/>, else the UI culture) reaches audit, history, events,
/// scheme files and every diagnostic's own line: Chinese under zh-CN, English under en, same codes.
/// </summary>
public sealed class MessageLanguageTests
{
    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    private static void ShouldBeChineseThenEnglish(Func<Diagnostic> make, string code)
    {
        Diagnostic zh, en;
        using (new MessageCultureScope("zh-CN"))
        {
            zh = make();
        }

        using (new MessageCultureScope("en"))
        {
            en = make();
        }

        zh.Code.Should().Be(code);
        en.Code.Should().Be(code);
        HasCjk(zh.Message).Should().BeTrue(zh.Message);
        HasCjk(en.Message).Should().BeFalse(en.Message);
    }

    [Test]
    public void Audit_FindingsFollowTheCatalogCulture()
    {
        var published = AssessmentTableReader.Default.ReadText("序号,部门窗口,基础分,减分,加分,实得分值\n1,A,100,0,5,100\n").ToPublishedTable();
        ShouldBeChineseThenEnglish(() => PublishedTableAudit.Default.Check(published).Diagnostics.Single(), DiagnosticCodes.TotalMismatch);
    }

    [Test]
    public void History_DiagnosticsFollowTheCatalogCulture()
    {
        var noPeriod = ScoringEngine.Default.Rank(new AssessmentTable([new Assessment(Department.FromName("A"), 100m, 0m, 0m)]));
        ShouldBeChineseThenEnglish(() => AssessmentHistory.FromTables([noPeriod]).Diagnostics.Single(), DiagnosticCodes.HistoryPeriodNotMonth);
    }

    [Test]
    public void Assess_DiagnosticsFollowTheCatalogCulture()
    {
        var a = Department.FromName("Education");
        var month = AssessmentPeriod.Month(2023, 11);
        ShouldBeChineseThenEnglish(
            () => ScoringEngine.Default.Assess(month, [a], [new AssessmentEvent(a, new DateOnly(2023, 11, 3), "NO-SUCH-RULE")]).Diagnostics.Single(),
            DiagnosticCodes.UnknownRule);
    }

    [TestCase("{ \"baseScore\": 100, \"totalCap\": 90 }", DiagnosticCodes.CapBelowBase)]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"sideways\", \"points\": 1 } ] }", DiagnosticCodes.SchemeValueInvalid)]
    [TestCase("{ \"rules\": [ null ] }", DiagnosticCodes.SchemeJsonInvalid)]
    [TestCase("{ \"foo\": 1 }", DiagnosticCodes.SchemeJsonInvalid)]
    [TestCase("{ \"baseScore\": \"high\" }", DiagnosticCodes.SchemeJsonInvalid)]
    [TestCase("{ \"honours\": [ { \"title\": \"红旗窗口\", \"count\": \"five\" } ] }", DiagnosticCodes.SchemeJsonInvalid)]
    [TestCase("{ \"baseScore\": 100 ", DiagnosticCodes.SchemeJsonInvalid)]
    public void SchemeLoad_DiagnosticsFollowTheCatalogCulture(string json, string code) =>
        ShouldBeChineseThenEnglish(() => SchemeJson.Load(json).Diagnostics.Single(), code);

    [TestCase("{ \"foo\": 1 }", "$.foo", "foo")]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"deduction\", \"points\": 1, \"pionts\": 2 } ] }", "$.rules[0].pionts", "pionts")]
    [TestCase("{ \"grades\": [ { \"min\": 90, \"name\": \"优秀\", \"label\": \"x\" } ] }", "$.grades[0].label", "label")]
    public void SchemeLoad_UnknownProperty_IsNamedInOurWords_WithItsPath(string json, string path, string name)
    {
        using var _ = new MessageCultureScope("zh-CN");
        var d = SchemeJson.Load(json).Diagnostics.Single();

        d.Should().Match<Diagnostic>(x => x.Code == DiagnosticCodes.SchemeJsonInvalid && x.Column == path && x.RawValue == name);
        d.Message.Should().StartWith($"“{name}”不是").And.NotContain(".NET").And.NotContain("WindowScoring.").And.NotContain("JSON property");
    }

    [Test]
    public void SchemeLoad_MapKeys_AreData_NotUnknownProperties() =>
        SchemeJson.Load("{ \"categoryBudgets\": { \"纪律作风\": 10 }, \"groupBaseScores\": { \"县\": 150 } }").Diagnostics.Should().BeEmpty();

    [TestCase("{ \"baseScore\": \"high\" }")]
    [TestCase("{ \"honours\": [ { \"title\": \"红旗窗口\", \"count\": 1.5 } ] }")]
    [TestCase("{ \"baseScore\": 1e3 }")]
    [TestCase("{ \"rules\": { \"id\": \"A\" } }")]
    [TestCase("{ \"baseScore\": 100,, }")]
    public void SchemeLoad_NoMessageShowsADotNetTypeName(string json)
    {
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            using var _ = new MessageCultureScope(culture);
            var d = SchemeJson.Load(json).Diagnostics.Single();
            d.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
            d.Message.Should().NotContainAny("System.", "WindowScoring.", ".NET", "Dto", "could not be converted");
        }
    }

    [TestCase("{ \"baseScore\": 0 }", "$.baseScore")]
    [TestCase("{ \"bonusCap\": -1 }", "$.bonusCap")]
    [TestCase("{ \"step\": 0 }", "$.step")]
    [TestCase("{ \"categoryBudgets\": { \"纪律作风\": -2 } }", "$.categoryBudgets.纪律作风")]
    [TestCase("{ \"groupBaseScores\": { \"县\": 0 } }", "$.groupBaseScores.县")]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"deduction\", \"points\": -1 } ] }", "$.rules[0].points")]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"deduction\", \"min\": 5, \"max\": 3 } ] }", "$.rules[0].max")]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"deduction\", \"points\": 1, \"secondaryShare\": 2 } ] }", "$.rules[0].secondaryShare")]
    public void SchemeLoad_ValueBreaksARule_IsWS511_InTheCatalogsWordsOnly(string json, string path)
    {
        using var _ = new MessageCultureScope("zh-CN");
        var d = SchemeJson.Load(json).Diagnostics.Single();

        d.Code.Should().Be(DiagnosticCodes.SchemeValueInvalid);
        d.Column.Should().Be(path);
        d.Message.Should().NotMatchRegex("[A-Za-z]{4,} [a-z]{2,}", "a Chinese message has no English sentence from an exception");
    }

    [Test]
    public void EventLog_DuplicateColumn_NamesTheColumnsHeading_NotAnEnumName()
    {
        Diagnostic Duplicate(string culture)
        {
            using var _ = new MessageCultureScope(culture);
            return EventLogReader.Default.ReadText("部门,单位,日期,规则\nA,A,2023-11-01,R\n").Errors.Single();
        }

        Duplicate("zh-CN").Message.Should().StartWith("列 部门窗口 出现两次").And.NotContain("Department");
        Duplicate("en").Message.Should().StartWith("The column 部门窗口/department appears twice");
    }

    [Test]
    public void ToString_SpeaksTheLanguageTheDiagnosticWasMadeIn()
    {
        const string Text = "部门窗口,基础分,减分,加分\nA,100,\"5,5\",0\n";
        string zh, en;
        using (new MessageCultureScope("zh-CN"))
        {
            zh = AssessmentTableReader.Default.ReadText(Text).Errors.Single().ToString();
        }

        using (new MessageCultureScope("en"))
        {
            en = AssessmentTableReader.Default.ReadText(Text).Errors.Single().ToString();
        }

        zh.Should().Be("第 2 行：WS123 错误 [减分] “5,5”：应为普通数字，如 114.5 或 -0.5（不用千分位、小数逗号或科学计数法）。");
        en.Should().Be("line 2: WS123 error [减分] '5,5': Expected a plain number such as 114.5 or -0.5 (no group separators, decimal commas or exponents).");
    }

    [Test]
    public void ToString_KeepsItsLanguage_WhenPrintedUnderAnotherCulture()
    {
        Diagnostic d;
        using (new MessageCultureScope("zh-CN"))
        {
            d = Diagnostic.Warning(DiagnosticCodes.RankInvalid) with { Line = 7 };
        }

        using var _ = new MessageCultureScope("en");
        d.ToString().Should().StartWith("第 7 行：WS127 警告：");
    }

    [Test]
    public void CatalogCulture_WinsOverTheUiCulture_NullFollowsIt()
    {
        using var ui = new CultureScope("de-DE");
        using (new MessageCultureScope("zh-CN"))
        {
            MessageCatalog.ActiveCulture.Name.Should().Be("zh-CN");
            HasCjk(Diagnostic.Error(DiagnosticCodes.NumberMissing).Message).Should().BeTrue();
        }

        using (new MessageCultureScope(null))
        {
            MessageCatalog.ActiveCulture.Should().BeSameAs(CultureInfo.CurrentUICulture);
            HasCjk(Diagnostic.Error(DiagnosticCodes.NumberMissing).Message).Should().BeFalse();
        }
    }

    [Test]
    public void NoCatalogCulture_FollowsTheCurrentUiCultureAtTheCall()
    {
        var published = AssessmentTableReader.Default.ReadText("部门窗口,基础分,减分,加分,实得分值\nA,100,0,5,100\n").ToPublishedTable();
        string zh, de;
        using (new CultureScope("zh-CN"))
        {
            zh = PublishedTableAudit.Default.Check(published).Diagnostics.Single().Message;
        }

        using (new CultureScope("de-DE"))
        {
            de = PublishedTableAudit.Default.Check(published).Diagnostics.Single().Message;
        }

        HasCjk(zh).Should().BeTrue();
        HasCjk(de).Should().BeFalse();
    }
}
