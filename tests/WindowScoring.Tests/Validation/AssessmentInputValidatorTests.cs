using CsCheck;
using FluentValidation.TestHelper;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class AssessmentInputValidatorTests
{
    // A new validator each time: its rules are made in the constructor, so a shared one would hide a rule removed (Stryker).
    private static AssessmentInputValidator Validator => new(new ScoringScheme { BonusCap = 20m, Step = 0.5m });

    private static readonly AssessmentInput Valid = new()
    {
        DepartmentName = "教育厅",
        BaseScore = 100m,
        Deduction = 12m,
        Bonus = 1m,
    };

    [Test]
    public void Validate_CompleteInput_HasNoErrors_AndBecomesAnAssessment()
    {
        Validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();
        Valid.ToAssessment().Should().Be(new Assessment(Department.FromName("教育厅"), 100m, 12m, 1m));
    }

    [TestCase("教育厅", null)]
    [TestCase(null, "11510000MB1234567X")]
    public void Validate_DepartmentNameOrCode_Passes(string? name, string? code)
    {
        Validator.TestValidate(Valid with { DepartmentName = name, DepartmentCode = code })
            .ShouldNotHaveValidationErrorFor(i => i.DepartmentName);
    }

    [TestCase(null, null)]
    [TestCase(" ", "")]
    public void Validate_NoDepartment_FailsWithWS200(string? name, string? code)
    {
        Validator.TestValidate(Valid with { DepartmentName = name, DepartmentCode = code })
            .ShouldHaveValidationErrorFor(i => i.DepartmentName).WithErrorCode(DiagnosticCodes.DepartmentMissing);
    }

    [Test]
    public void Validate_AllFiguresGiven_Passes()
    {
        var result = Validator.TestValidate(Valid with { Deduction = 0m, Bonus = 0m });
        result.ShouldNotHaveValidationErrorFor(i => i.BaseScore);
        result.ShouldNotHaveValidationErrorFor(i => i.Deduction);
        result.ShouldNotHaveValidationErrorFor(i => i.Bonus);
    }

    [TestCase(nameof(AssessmentInput.BaseScore))]
    [TestCase(nameof(AssessmentInput.Deduction))]
    [TestCase(nameof(AssessmentInput.Bonus))]
    public void Validate_FigureMissing_FailsWithWS201(string property)
    {
        var input = property switch
        {
            nameof(AssessmentInput.BaseScore) => Valid with { BaseScore = null },
            nameof(AssessmentInput.Deduction) => Valid with { Deduction = null },
            _ => Valid with { Bonus = null },
        };
        Validator.TestValidate(input).ShouldHaveValidationErrorFor(property).WithErrorCode(DiagnosticCodes.NumberMissing);
    }

    [Test]
    public void Validate_ZeroDeductionAndBonus_Pass()
    {
        var result = Validator.TestValidate(Valid with { Deduction = 0m, Bonus = 0m });
        result.ShouldNotHaveValidationErrorFor(i => i.Deduction);
        result.ShouldNotHaveValidationErrorFor(i => i.Bonus);
    }

    [Test]
    public void Validate_NegativeDeduction_FailsWithWS202()
    {
        Validator.TestValidate(Valid with { Deduction = -12.5m })
            .ShouldHaveValidationErrorFor(i => i.Deduction).WithErrorCode(DiagnosticCodes.FigureNegative);
    }

    [Test]
    public void Validate_NegativeBonus_FailsWithWS202()
    {
        Validator.TestValidate(Valid with { Bonus = -1m })
            .ShouldHaveValidationErrorFor(i => i.Bonus).WithErrorCode(DiagnosticCodes.FigureNegative);
    }

    [Test]
    public void Validate_BaseDiffersFromSchemeBase_FailsWithWS203()
    {
        Validator.TestValidate(Valid with { BaseScore = 150m })
            .ShouldHaveValidationErrorFor(i => i.BaseScore).WithErrorCode(DiagnosticCodes.BaseScoreMismatch);
    }

    [Test]
    public void Validate_BonusAboveCap_FailsWithWS204()
    {
        Validator.TestValidate(Valid with { Bonus = 24.5m })
            .ShouldHaveValidationErrorFor(i => i.Bonus).WithErrorCode(DiagnosticCodes.BonusAboveCap);
    }

    [Test]
    public void Validate_DeductionOffStep_FailsWithWS205()
    {
        Validator.TestValidate(Valid with { Deduction = 0.2m })
            .ShouldHaveValidationErrorFor(i => i.Deduction).WithErrorCode(DiagnosticCodes.FigureOffStep);
    }

    [Test]
    public void Validate_LargeButComputableTotal_Passes()
    {
        new AssessmentInputValidator().TestValidate(Valid with { Deduction = 0m, Bonus = decimal.MaxValue - 100m })
            .ShouldNotHaveValidationErrorFor(nameof(Assessment.Total));
    }

    [Test]
    public void Validate_TotalBeyondDecimalRange_FailsWithWS207_InsteadOfThrowingLater()
    {
        var input = Valid with { Deduction = 0m, Bonus = decimal.MaxValue };
        new AssessmentInputValidator().TestValidate(input)
            .ShouldHaveValidationErrorFor(nameof(Assessment.Total)).WithErrorCode(DiagnosticCodes.TotalOutOfRange);
        FluentActions.Invoking(input.ToAssessment).Should().Throw<OverflowException>();
    }

    [Test]
    public void Validate_NotAssessedWithoutFigures_Passes()
    {
        var input = new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, NotAssessedReason = "新进驻" };
        Validator.TestValidate(input).ShouldNotHaveAnyValidationErrors();
        input.ToNotAssessed().Should().Be(new NotAssessedEntry(Department.FromName("新进驻单位"), "新进驻"));
        FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>("an entry not assessed is not an assessment");
        FluentActions.Invoking((Valid with { DepartmentName = "教育厅" }).ToNotAssessed).Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void Validate_NotAssessedWithFigures_FailsWithWS206()
    {
        var result = Validator.TestValidate(Valid with { NotAssessed = true });
        result.ShouldHaveValidationErrorFor(i => i.BaseScore).WithErrorCode(DiagnosticCodes.NotAssessedHasFigures);
        result.ShouldHaveValidationErrorFor(i => i.Bonus).WithErrorCode(DiagnosticCodes.NotAssessedHasFigures);
        result.Errors.Should().NotContain(e => e.ErrorCode == DiagnosticCodes.NumberMissing, "a department not assessed needs no figures");
    }

    [Test]
    public void Validate_NotAssessedWithFigures_SchemeRulesDoNotApply()
    {
        Validator.TestValidate(Valid with { NotAssessed = true, BaseScore = 150m }).Errors
            .Select(e => e.ErrorCode).Should().OnlyContain(c => c == DiagnosticCodes.NotAssessedHasFigures);
    }

    [Test]
    public void ToAssessment_ConvertsEveryValidInput_AndRejectsEveryIncompleteOne()
    {
        var figure = Gen.OneOf(
            Gen.Const((decimal?)null),
            Gen.Int[-4, 60].Select(i => (decimal?)(i / 2m)),
            Gen.Decimal[-5m, 200m].Select(d => (decimal?)d),
            Gen.Const((decimal?)decimal.MaxValue));
        var text = Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)" "), Gen.Const((string?)"教育厅"));
        string[] incomplete = [DiagnosticCodes.DepartmentMissing, DiagnosticCodes.NumberMissing, DiagnosticCodes.FigureNegative, DiagnosticCodes.NotAssessedHasFigures];
        var defaultScheme = new AssessmentInputValidator();
        var baseScore = Gen.OneOf(Gen.Const((decimal?)100m), figure);
        Gen.Select(text, text, baseScore, figure, figure, Gen.Bool).Sample((name, code, b, d, bonus, notAssessed) =>
        {
            var input = new AssessmentInput { DepartmentName = name, DepartmentCode = code, BaseScore = b, Deduction = d, Bonus = bonus, NotAssessed = notAssessed };
            var codes = defaultScheme.Validate(input).Errors.Select(e => e.ErrorCode).ToArray();
            if (codes.Length == 0 && notAssessed)
            {
                input.ToNotAssessed().Should().Be(new NotAssessedEntry(input.ToNotAssessed().Department, input.NotAssessedReason) { Group = input.Group }, "a form marked not assessed is a NotAssessedEntry, never an assessment");
                FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>();
            }
            else if (codes.Length == 0)
            {
                var a = input.ToAssessment();
                (a.BaseScore, a.Deduction, a.Bonus).Should().Be((b, d, bonus), "figures are taken as entered, never changed");
            }
            else if (codes.Intersect(incomplete).Any())
            {
                FluentActions.Invoking(input.ToAssessment).Should().Throw<InvalidOperationException>();
            }
        });
    }

    [TestCase(nameof(AssessmentInput.BaseScore))]
    [TestCase(nameof(AssessmentInput.Deduction))]
    [TestCase(nameof(AssessmentInput.Bonus))]
    public void Validate_NotAssessedWithOneFigure_FailsWithWS206_OnThatFigureOnly(string property)
    {
        var input = new AssessmentInput
        {
            DepartmentName = "新进驻单位",
            NotAssessed = true,
            BaseScore = property == nameof(AssessmentInput.BaseScore) ? 100m : null,
            Deduction = property == nameof(AssessmentInput.Deduction) ? 1m : null,
            Bonus = property == nameof(AssessmentInput.Bonus) ? 1m : null,
        };

        new AssessmentInputValidator(new ScoringScheme()).Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorCode))
            .Should().Equal((property, DiagnosticCodes.NotAssessedHasFigures));
    }
}
