using FluentValidation;
using FluentValidation.TestHelper;
using WindowScoring.Import;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class AssessmentTableValidatorTests
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);
    private static AssessmentTableValidator Validator => new(new ScoringScheme { BonusCap = 20m, Step = 0.5m }); // new each time: a shared one would hide a constructor rule removed (Stryker)

    private static Assessment Of(string name, decimal bonus = 0m) => new(Department.FromName(name), 100m, 0m, bonus);

    [Test]
    public void Validate_SeedTable_UnderTheSeedScheme_HasNoErrors()
    {
        var table = AssessmentTableReader.Default.Read(TestData.NovemberTablePath).EnsureSuccess().ToTable();
        Validator.TestValidate(table).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_EveryDepartmentOnce_Passes()
    {
        Validator.TestValidate(new AssessmentTable([Of("自然资源厅"), Of("交通运输厅")], November, null, [new NotAssessedEntry(Department.FromName("新进驻单位"))]))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_DepartmentTwice_FailsWithWS220_OnTheSecondEntry()
    {
        // Same code: the names differ only in full-width brackets; a department both assessed and not assessed counts too,
        // and so does one not assessed twice.
        var table = new AssessmentTable(
            [Of("省新闻出版局 (省电影局)"), Of("教育厅"), Of("省新闻出版局（省电影局）")],
            November,
            null,
            [new NotAssessedEntry(Department.FromName("教育厅")), new NotAssessedEntry(Department.FromName("新进驻单位")), new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻")]);

        var result = Validator.TestValidate(table);

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().Equal(
            ("Assessments[2].Department", DiagnosticCodes.DuplicateDepartment),
            ("NotAssessed[0].Department", DiagnosticCodes.DuplicateDepartment),
            ("NotAssessed[2].Department", DiagnosticCodes.DuplicateDepartment));
        result.ShouldNotHaveValidationErrorFor("Assessments[0].Department");
        result.ShouldNotHaveValidationErrorFor("Assessments[1].Department");
    }

    [Test]
    public void Validate_SameNameDifferentCodes_AreDifferentDepartments()
    {
        var table = new AssessmentTable(
            [new Assessment(new Department("A1", "服务窗口"), 100m, 0m, 0m), new Assessment(new Department("A2", "服务窗口"), 100m, 0m, 0m)],
            November);
        Validator.TestValidate(table).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_PeriodGiven_Passes()
    {
        Validator.TestValidate(new AssessmentTable([Of("教育厅")], November)).ShouldNotHaveValidationErrorFor(t => t.Period);
    }

    [Test]
    public void Validate_NoPeriod_WarnsWithWS221()
    {
        var result = Validator.TestValidate(new AssessmentTable([Of("教育厅")]));
        result.ShouldHaveValidationErrorFor(t => t.Period).WithErrorCode(DiagnosticCodes.PeriodMissing).WithSeverity(Severity.Warning);
        result.IsValid.Should().BeFalse("FluentValidation counts warnings as failures; ToDiagnostics keeps the severity");
    }

    [Test]
    public void Validate_EachAssessment_ReportedWithItsIndex()
    {
        var table = new AssessmentTable([Of("自然资源厅", 20m), Of("交通运输厅", 24.5m), new Assessment(Department.FromName("教育厅"), 150m, 0.3m, 0m)], November);

        var result = Validator.TestValidate(table);

        result.ShouldHaveValidationErrorFor("Assessments[1].Bonus").WithErrorCode(DiagnosticCodes.BonusAboveCap);
        result.ShouldHaveValidationErrorFor("Assessments[2].BaseScore").WithErrorCode(DiagnosticCodes.BaseScoreMismatch);
        result.ShouldHaveValidationErrorFor("Assessments[2].Deduction").WithErrorCode(DiagnosticCodes.FigureOffStep);
        result.ShouldNotHaveValidationErrorFor("Assessments[0].Bonus");
    }

    [Test]
    public void Validate_LargeTable_RepeatedDepartmentsFoundInOnePass()
    {
        var rows = Enumerable.Range(0, 100_000).Select(i => Of("D" + (i % 50_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = new AssessmentTableValidator().Validate(new AssessmentTable(rows, November));
        result.Errors.Should().HaveCount(50_000).And.OnlyContain(e => e.ErrorCode == DiagnosticCodes.DuplicateDepartment);
    }

    [Test]
    public void Validate_DepartmentTwice_MessageNamesTheFirstEntry_CountingFromOne()
    {
        using var _ = new MessageCultureScope("en");
        var table = new AssessmentTable([Of("自然资源厅"), Of("教育厅"), Of("交通运输厅"), Of("教育厅")], November);

        new AssessmentTableValidator(new ScoringScheme()).Validate(table).Errors.Should().ContainSingle().Which.ErrorMessage
            .Should().Be("The department '教育厅' appears more than once in the period's table (first as entry 2).");
    }
}
