using System.Text;
using WindowScoring.Import;
using WindowScoring.Validation;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Reliability;

/// <summary>Regression tests for the problems a code review found.</summary>
public sealed class ReviewRegressionTests
{
    [TestCase("{\"rules\":[null]}", "$.rules[0]")]
    [TestCase("{\"honours\":[null]}", "$.honours[0]")]
    [TestCase("{\"grades\":[null]}", "$.grades[0]")]
    public void SchemeJson_NullElements_AreDiagnostics(string json, string path)
    {
        SchemeJson.Load(json).Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column == path);
    }

    [Test]
    public void SchemeJson_GbkFile_IsADiagnostic_NotGarbledNames()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes("{ \"rules\": [ { \"id\": \"JL-01\", \"category\": \"纪律作风\", \"kind\": \"deduction\", \"points\": 0.5 } ] }");

        var result = SchemeJson.Load(new MemoryStream(bytes));

        result.Scheme.Should().BeNull();
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
    }

    [Test]
    public void SchemeJson_GroupBaseScores_RoundTrip()
    {
        var scheme = new ScoringScheme { GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m } };

        var again = SchemeJson.Load(SchemeJson.Save(scheme)).EnsureSuccess().Scheme!;

        again.BaseScoreFor("县").Should().Be(150m);
        again.BaseScoreFor("区").Should().Be(100m);
    }

    [Test]
    public void NotAssessedMarker_BesideNumbers_IsAnError_NotAQuietRemoval()
    {
        var r = AssessmentTableReader.Default.ReadText("部门,基础分,减分,加分,实得分值\n教育厅,100,-12,n/a,88\n新进驻单位,,,,不参与考核\n免考单位,免考核,,,\n");

        r.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberInvalid && d.Line == 2);
        r.Rows.Select(x => (x.Department.Name, x.Assessment is null, x.NotAssessed is null)).Should().Equal(("新进驻单位", true, false), ("免考单位", true, false));
    }

    [TestCase('"')]
    [TestCase('\n')]
    [TestCase('；')]
    public void ImportOptions_BadDelimiter_FailsAtConfiguration(char delimiter)
    {
        FluentActions.Invoking(() => new ImportOptions { Delimiter = delimiter }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void ImportOptions_BadLimits_FailAtConfiguration()
    {
        FluentActions.Invoking(() => new ImportOptions { MaxBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportOptions { MaxRows = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportOptions { MaxFieldLength = -1 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Assess_TitleNamesThePeriod_NotTheScheme()
    {
        var result = new ScoringEngine(new ScoringScheme { Name = "考核办法" }).Assess(AssessmentPeriod.Month(2023, 11), [Department.FromName("A")], []);
        result.Table.Title.Should().Be("2023年11月窗口考核结果");
    }

    [Test]
    public void Audit_GroupedTable_RanksAndOrderWithinEachGroup()
    {
        var r = AssessmentTableReader.Default.ReadText("序号,分组,部门,基础分,减分,加分,实得分值\n1,区,甲区,100,0,5,105\n2,区,乙区,100,1,0,99\n1,县,丙县,150,0,0,150\n2,县,丁县,150,5,0,145\n");

        r.Errors.Should().BeEmpty();
        WindowScoring.Audit.PublishedTableAudit.Default.Check(r.ToPublishedTable()).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Honours_AndGrades_WithinGroups()
    {
        var scheme = new ScoringScheme
        {
            GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m },
            Grades = [new GradeBand(90m, "合格"), new GradeBand(decimal.MinValue, "不合格")],
            Honours = [new HonourRule("红旗窗口", 1)],
            Rules = [new AssessmentRule("K", "c", RuleKind.Deduction, 1m)],
        };
        var groups = new Dictionary<Department, string> { [Department.FromName("甲县")] = "县", [Department.FromName("乙县")] = "县" };
        var events = Enumerable.Repeat(new AssessmentEvent(Department.FromName("乙县"), new DateOnly(2023, 11, 1), "K", 16m), 1);

        var result = new ScoringEngine(scheme).Assess(AssessmentPeriod.Month(2023, 11), new[] { "甲县", "乙县", "丙区" }.Select(Department.FromName), events, groups: groups);

        result.Honours.Select(h => h.Department.Name).Should().Equal("甲县", "丙区");
        result[Department.FromName("乙县")].Grade.Should().Be("不合格", "134 of 150 is below 90 % (135)");
        result[Department.FromName("甲县")].Grade.Should().Be("合格");
        scheme.Grade(135m, "县").Should().Be("合格");
    }

    [Test]
    public void SharedResults_CannotBeChangedByCasting()
    {
        var scheme = ScoringScheme.Default;
        (scheme.CategoryBudgets is IDictionary<string, decimal> { IsReadOnly: false }).Should().BeFalse();
        (scheme.Rules is IList<AssessmentRule> { IsReadOnly: false }).Should().BeFalse();
        var table = new AssessmentTable([new Assessment(Department.FromName("A"), 100m, 0m, 0m)]);
        (table.Assessments is Assessment[]).Should().BeFalse();
        (ScoringEngine.Default.Rank(table).Rows is RankedRow[]).Should().BeFalse();
        (AssessmentTableReader.Default.ReadText("部门,得分\nA,1\n").Rows is PublishedRow[]).Should().BeFalse();
    }

    [Test]
    public void AssessmentInput_Group_UsesTheGroupBase()
    {
        var validator = new WindowScoring.Validation.AssessmentInputValidator(new ScoringScheme { GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m } });
        var input = new AssessmentInput { DepartmentName = "甲县", Group = "县", BaseScore = 150m, Deduction = 0m, Bonus = 0m };

        validator.Validate(input).IsValid.Should().BeTrue();
        input.ToAssessment().Group.Should().Be("县");
    }

    [Test]
    public void AssessmentEvent_UndefinedStatus_Throws()
    {
        FluentActions.Invoking(() => new AssessmentEvent(Department.FromName("A"), new DateOnly(2023, 11, 1), "K") { Status = (EventStatus)9 })
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
