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
}
