using FluentValidation;
using FluentValidation.Results;
using WindowScoring.Import;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class ValidationDiagnosticsTests
{
    private static readonly ScoringScheme Scheme = new() { BonusCap = 20m, Step = 0.5m };

    [Test]
    public void ToDiagnostics_ValidResult_IsEmpty()
    {
        new ValidationResult().ToDiagnostics().Should().BeEmpty();
    }

    [Test]
    public void ToDiagnostics_CarriesCodeSeverityPropertyValueAndMessage()
    {
        var result = new AssessmentInputValidator(Scheme).Validate(new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 0m, Bonus = 24.50m });

        var d = result.ToDiagnostics(line: 7).Should().ContainSingle().Which;

        d.Code.Should().Be(DiagnosticCodes.BonusAboveCap);
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Line.Should().Be(7);
        d.Column.Should().Be("Bonus");
        d.RawValue.Should().Be("24.5", "scores are formatted by ScoreText, trailing zeros removed");
        d.Message.Should().Be(result.Errors[0].ErrorMessage);
    }

    [Test]
    public void ToDiagnostics_RawValueIsInvariant()
    {
        using var _ = new CultureScope("de-DE");
        var result = new AssessmentValidator(Scheme).Validate(new Assessment(Department.FromName("教育厅"), 100m, 0.3m, 0m));
        result.ToDiagnostics().Single().RawValue.Should().Be("0.3");
    }

    [Test]
    public void ToDiagnostics_KeepsWarnings()
    {
        var d = new AssessmentTableValidator().Validate(new AssessmentTable([])).ToDiagnostics().Single();
        d.Should().Match<Diagnostic>(x => x.Code == DiagnosticCodes.PeriodMissing && x.Severity == DiagnosticSeverity.Warning && !x.IsError && x.Line == null);
    }

    [TestCase(Severity.Error, DiagnosticSeverity.Error)]
    [TestCase(Severity.Warning, DiagnosticSeverity.Warning)]
    [TestCase(Severity.Info, DiagnosticSeverity.Info)]
    public void ToSeverity_MapsOneToOne(Severity severity, DiagnosticSeverity expected)
    {
        ValidationDiagnostics.ToSeverity(severity).Should().Be(expected);
        new ValidationFailure("P", "m") { Severity = severity, ErrorCode = "X1" }.ToDiagnostic().Severity.Should().Be(expected);
    }

    [Test]
    public void ToDiagnostics_WithImportLines_PutsRuleErrorsOnTheFileLines()
    {
        const string Text = "序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值\n1\t自然资源厅\t100\t0\t24.5\t124.5\n2\t交通运输厅\t100\t0\t20\t120\n3\t自然资源厅\t100\t0\t5\t105\n";
        var import = AssessmentTableReader.Default.ReadText(Text);

        var diagnostics = new AssessmentTableValidator(Scheme).Validate(import.ToPublishedTable().ToAssessmentTable()) // every row read, the repeated one too
            .ToDiagnostics(import.Rows.Select(r => r.Line).ToArray());

        diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().BeEquivalentTo(new (string, int?, string?)[]
        {
            (DiagnosticCodes.PeriodMissing, null, "Period"),
            (DiagnosticCodes.DuplicateDepartment, 4, "Assessments[2].Department"),
            (DiagnosticCodes.BonusAboveCap, 2, "Assessments[0].Bonus"),
        });
        diagnostics.Single(d => d.Code == DiagnosticCodes.DuplicateDepartment).RawValue.Should().Be("自然资源厅");
    }

    [Test]
    public void ToDiagnostics_WithImportRows_PutsRuleErrorsOnTheFileLines_OfAssessedAndNotAssessedRows()
    {
        // Line 3 is not assessed, so the assessment of line 4 is Assessments[1] and the entry of line 3 is NotAssessed[0].
        const string Text = "部门窗口\t基础分\t减分\t加分\t实得分值\n自然资源厅\t100\t0\t1\t101\n新进驻单位\t\t\t\t不参与考核\n交通运输厅\t100\t0\t24.5\t124.5\n新进驻单位\t\t\t\t免考核\n";
        var import = AssessmentTableReader.Default.ReadText(Text);

        var diagnostics = new AssessmentTableValidator(Scheme).Validate(import.ToPublishedTable().ToAssessmentTable())
            .ToDiagnostics(import.Rows);

        diagnostics.Where(d => d.Code != DiagnosticCodes.PeriodMissing).Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.DuplicateDepartment, 5, "NotAssessed[1].Department"),
            (DiagnosticCodes.BonusAboveCap, 4, "Assessments[1].Bonus"));
    }

    [Test]
    public void ToDiagnostics_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ((ValidationResult)null!).ToDiagnostics()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ValidationResult().ToDiagnostics((IReadOnlyList<int>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ValidationResult().ToDiagnostics((IReadOnlyList<PublishedRow>)null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void ToDiagnostics_NullArguments_ThrowArgumentNull_NamingTheArgument()
    {
        var result = new ValidationResult();
        FluentActions.Invoking(() => ((ValidationResult)null!).ToDiagnostics(new[] { 1 })).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => ((ValidationResult)null!).ToDiagnostics(Array.Empty<PublishedRow>())).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => result.ToDiagnostics((IReadOnlyList<PublishedRow>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("rows");
        FluentActions.Invoking(() => ((ValidationFailure)null!).ToDiagnostic()).Should().Throw<ArgumentNullException>().WithParameterName("failure");
    }

    [Test]
    public void ToDiagnostic_FailureWithoutCodeMessageOrProperty_GivesEmptyCodeAndMessage_AndNoColumn()
    {
        var d = new ValidationFailure(string.Empty, null) { ErrorCode = null }.ToDiagnostic();

        d.Code.Should().BeEmpty();
        d.Message.Should().BeEmpty();
        d.Column.Should().BeNull();
    }

    [Test]
    public void ToDiagnostics_FailureWithoutProperty_GetsNoLine()
    {
        var result = new ValidationResult([new ValidationFailure { PropertyName = null, ErrorMessage = "m", ErrorCode = "WS999" }]);

        result.ToDiagnostics(new[] { 4, 5 }).Should().ContainSingle().Which.Line.Should().BeNull();
    }

    [Test]
    public void ToDiagnostics_IndexPastTheLines_GetsNoLine()
    {
        var result = new ValidationResult([new ValidationFailure("Assessments[2].Bonus", "m") { ErrorCode = "WS999" }, new ValidationFailure("Assessments[1].Bonus", "m") { ErrorCode = "WS999" }]);

        result.ToDiagnostics(new[] { 4, 5 }).Select(d => d.Line).Should().Equal(null, 5);
    }
}
