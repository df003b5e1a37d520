using System.Globalization;
using WindowScoring.Audit;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Domain;

/// <summary>Audit, history, events and scheme files speak the chosen language: Chinese under zh-CN, English under en, same codes.</summary>
public sealed class MessageLanguageTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    private static void ShouldBeChineseThenEnglish((string Code, string Message) zh, (string Code, string Message) en, string code)
    {
        zh.Code.Should().Be(code);
        en.Code.Should().Be(code);
        HasCjk(zh.Message).Should().BeTrue(zh.Message);
        HasCjk(en.Message).Should().BeFalse(en.Message);
    }

    [Test]
    public void Audit_FindingsFollowTheAuditsCulture()
    {
        var published = AssessmentTableReader.Default.ReadText("序号,部门窗口,基础分,减分,加分,实得分值\n1,A,100,0,5,100\n").ToPublishedTable();
        AuditFinding Finding(CultureInfo c) => new PublishedTableAudit(null, c).Check(published).Findings.Single();

        ShouldBeChineseThenEnglish((Finding(Zh).Code, Finding(Zh).Message), (Finding(En).Code, Finding(En).Message), DiagnosticCodes.TotalMismatch);
    }

    [Test]
    public void History_DiagnosticsFollowTheHistorysCulture()
    {
        var noPeriod = ScoringEngine.Default.Rank(new AssessmentTable([new Assessment(Department.FromName("A"), 100m, 0m, 0m)]));
        Diagnostic Problem(CultureInfo c) => AssessmentHistory.FromTables([noPeriod], messageCulture: c).Diagnostics.Single();

        ShouldBeChineseThenEnglish((Problem(Zh).Code, Problem(Zh).Message), (Problem(En).Code, Problem(En).Message), DiagnosticCodes.HistoryPeriodNotMonth);
    }

    [Test]
    public void Assess_DiagnosticsFollowTheEnginesCulture()
    {
        var a = Department.FromName("Education");
        var month = AssessmentPeriod.Month(2023, 11);
        Diagnostic Problem(CultureInfo c) => new ScoringEngine(ScoringScheme.Default, c)
            .Assess(month, [a], [new AssessmentEvent(a, new DateOnly(2023, 11, 3), "NO-SUCH-RULE")]).Diagnostics.Single();

        ShouldBeChineseThenEnglish((Problem(Zh).Code, Problem(Zh).Message), (Problem(En).Code, Problem(En).Message), DiagnosticCodes.UnknownRule);
    }

    [TestCase("{ \"baseScore\": 100, \"totalCap\": 90 }", DiagnosticCodes.CapBelowBase)]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"sideways\", \"points\": 1 } ] }", DiagnosticCodes.SchemeValueInvalid)]
    [TestCase("{ \"rules\": [ null ] }", DiagnosticCodes.SchemeJsonInvalid)]
    public void SchemeLoad_DiagnosticsFollowTheCultureGiven(string json, string code)
    {
        Diagnostic Problem(CultureInfo c) => SchemeJson.Load(json, c).Diagnostics.Single();

        ShouldBeChineseThenEnglish((Problem(Zh).Code, Problem(Zh).Message), (Problem(En).Code, Problem(En).Message), code);
    }

    [Test]
    public void NoCultureGiven_FollowsTheCurrentUiCultureAtTheCall()
    {
        var audit = new PublishedTableAudit();
        var published = AssessmentTableReader.Default.ReadText("部门窗口,基础分,减分,加分,实得分值\nA,100,0,5,100\n").ToPublishedTable();
        string zh, de;
        using (new CultureScope("zh-CN"))
        {
            zh = audit.Check(published).Findings.Single().Message;
        }

        using (new CultureScope("de-DE"))
        {
            de = audit.Check(published).Findings.Single().Message;
        }

        HasCjk(zh).Should().BeTrue();
        HasCjk(de).Should().BeFalse();
    }
}
