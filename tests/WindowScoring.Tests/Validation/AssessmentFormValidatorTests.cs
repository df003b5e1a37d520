using FluentValidation.TestHelper;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class AssessmentFormValidatorTests
{
    private static readonly ScoringScheme Scheme = new() { BonusCap = 20m, Step = 0.5m };
    private static readonly AssessmentForm Valid = new() { DepartmentName = "教育厅", BaseScore = "100", Deduction = "12.5", Bonus = "4" };

    private static AssessmentFormValidator Validator() => new(Scheme);

    [Test]
    public void TextInANumberField_IsNumberInvalid_OnThatField_NotMissing()
    {
        var result = Validator().TestValidate(Valid with { Bonus = "abc" });

        result.ShouldHaveValidationErrorFor(f => f.Bonus).WithErrorCode(DiagnosticCodes.NumberInvalid);
        result.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(DiagnosticCodes.NumberInvalid);
    }

    [Test]
    public void ThreeFieldsNotNumbers_AreAllReported_InOnePass()
    {
        var result = Validator().TestValidate(Valid with { BaseScore = "一百", Deduction = "5,5", Bonus = "1e3" });

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().Equal(
            ("BaseScore", DiagnosticCodes.NumberInvalid),
            ("Deduction", DiagnosticCodes.NumberInvalid),
            ("Bonus", DiagnosticCodes.NumberInvalid));
    }

    [Test]
    public void FieldNotANumber_DoesNotHideTheOtherFields_NorIsReportedTwice()
    {
        // Bonus is not a number; the deduction is blank, the base is not the scheme's, the department is missing.
        var result = Validator().TestValidate(new AssessmentForm { DepartmentName = " ", BaseScore = "90", Deduction = "", Bonus = "abc" });

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Bonus", DiagnosticCodes.NumberInvalid),
            ("DepartmentName", DiagnosticCodes.DepartmentMissing),
            ("Deduction", DiagnosticCodes.NumberMissing),
            ("BaseScore", DiagnosticCodes.BaseScoreMismatch),
        });
        result.Errors[0].ErrorCode.Should().Be(DiagnosticCodes.NumberInvalid, "the fields that are not numbers come first");
    }

    [Test]
    public void NumbersThatParse_BesideOneThatDoesNot_GetTheSchemesRules()
    {
        var result = Validator().TestValidate(Valid with { Deduction = "x", Bonus = "24.3" });

        result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Deduction", DiagnosticCodes.NumberInvalid),
            ("Bonus", DiagnosticCodes.BonusAboveCap),
            ("Bonus", DiagnosticCodes.FigureOffStep),
        });
    }

    [Test]
    public void NotAssessedForm_WithTextInAFigure_IsNumberInvalid_Once()
    {
        var form = new AssessmentForm { DepartmentName = "新进驻单位", NotAssessed = true, Bonus = "abc", Deduction = "1" };

        Validator().TestValidate(form).Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Bonus", DiagnosticCodes.NumberInvalid),
            ("Deduction", DiagnosticCodes.NotAssessedHasFigures),
        });
    }

    [Test]
    public void ValidNotAssessedForm_BecomesTheEntry()
    {
        var form = new AssessmentForm { DepartmentName = "新进驻单位", NotAssessed = true, NotAssessedReason = " 新进驻 ", Group = "县" };

        Validator().Validate(form).IsValid.Should().BeTrue();
        form.ToNotAssessed().Should().Be(new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻") { Group = "县" });
        FluentActions.Invoking(form.ToAssessment).Should().Throw<InvalidOperationException>();
    }

    [TestCase("5,5")]
    [TestCase("1e3")]
    [TestCase("NaN")]
    [TestCase("12.5分")]
    public void NotAPlainNumber_IsNumberInvalid(string text) =>
        Validator().TestValidate(Valid with { Deduction = text }).ShouldHaveValidationErrorFor(f => f.Deduction).WithErrorCode(DiagnosticCodes.NumberInvalid);

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void BlankField_IsNumberMissing(string? text)
    {
        var result = Validator().TestValidate(Valid with { BaseScore = text });

        result.ShouldHaveValidationErrorFor(f => f.BaseScore).WithErrorCode(DiagnosticCodes.NumberMissing);
        result.Errors.Should().ContainSingle();
    }

    [Test]
    public void NumbersThatParse_AreCheckedAsAnInput_WithTheSchemesRules()
    {
        var result = Validator().TestValidate(Valid with { Bonus = "24.5", DepartmentName = " " });

        result.ShouldHaveValidationErrorFor(f => f.Bonus).WithErrorCode(DiagnosticCodes.BonusAboveCap);
        result.ShouldHaveValidationErrorFor(f => f.DepartmentName).WithErrorCode(DiagnosticCodes.DepartmentMissing);
    }

    [Test]
    public void ValidForm_BecomesTheAssessment()
    {
        Validator().Validate(Valid).IsValid.Should().BeTrue();
        Valid.ToAssessment().Should().Be(new Assessment(Department.FromName("教育厅"), 100m, 12.5m, 4m));
    }

    [Test]
    public void ToInput_OfAFormThatWasNotValidated_Throws() =>
        FluentActions.Invoking(() => (Valid with { Bonus = "abc" }).ToInput()).Should().Throw<InvalidOperationException>();

    [TestCase("zh-CN", "加分“abc”")]
    [TestCase("en", "The bonus 'abc' is not a number")]
    public void Message_NamesTheFieldAndTheText_InTheChosenLanguage(string culture, string expected)
    {
        using var _ = new MessageCultureScope(culture);
        Validator().Validate(Valid with { Bonus = " abc " }).Errors.Single().ErrorMessage.Should().StartWith(expected);
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void Parsing_IsCultureInvariant(string culture)
    {
        using var _ = new CultureScope(culture);
        new AssessmentFormValidator(Scheme).Validate(Valid).IsValid.Should().BeTrue();
        new AssessmentFormValidator(Scheme).Validate(Valid with { Deduction = "12,5" }).Errors.Single().ErrorCode.Should().Be(DiagnosticCodes.NumberInvalid);
    }

    [Test]
    public void ToInput_FigureNotANumber_ThrowsInvalidOperation_SayingValidateFirst()
    {
        FluentActions.Invoking((Valid with { Bonus = "abc" }).ToInput).Should().Throw<InvalidOperationException>()
            .WithMessage("A figure of the form is not a number; validate the form first.");
    }
}
