using FluentValidation.TestHelper;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class AssessmentValidatorTests
{
    private static readonly Department Education = Department.FromName("教育厅");

    // The scheme the seed suggests: base 100, bonus cap 20, figures in steps of 0.5.
    private static AssessmentValidator Validator => new(new ScoringScheme { BonusCap = 20m, Step = 0.5m }); // new each time: a shared one would hide a constructor rule removed (Stryker)

    [Test]
    public void Validate_SeedShapedAssessment_HasNoErrors()
    {
        Validator.TestValidate(new Assessment(Education, 100m, 12.5m, 14.5m)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_BaseEqualsSchemeBase_Passes()
    {
        Validator.TestValidate(new Assessment(Education, 100.0m, 0m, 0m)).ShouldNotHaveValidationErrorFor(a => a.BaseScore);
    }

    [Test]
    public void Validate_BaseDiffersFromSchemeBase_FailsWithWS203()
    {
        Validator.TestValidate(new Assessment(Education, 150m, 0m, 0m))
            .ShouldHaveValidationErrorFor(a => a.BaseScore).WithErrorCode(DiagnosticCodes.BaseScoreMismatch);
    }

    [Test]
    public void Validate_GroupWithItsOwnFullMarks_UsesTheGroupBase()
    {
        var validator = new AssessmentValidator(new ScoringScheme { GroupBaseScores = new Dictionary<string, decimal> { ["县"] = 150m } });
        validator.TestValidate(new Assessment(Education, 150m, 0m, 0m) { Group = "县" }).ShouldNotHaveValidationErrorFor(a => a.BaseScore);
        validator.TestValidate(new Assessment(Education, 100m, 0m, 0m) { Group = "县" })
            .ShouldHaveValidationErrorFor(a => a.BaseScore).WithErrorCode(DiagnosticCodes.BaseScoreMismatch);
    }

    [Test]
    public void Validate_BonusAtCap_Passes()
    {
        Validator.TestValidate(new Assessment(Education, 100m, 0m, 20m)).ShouldNotHaveValidationErrorFor(a => a.Bonus);
    }

    [Test]
    public void Validate_BonusAboveCap_FailsWithWS204()
    {
        Validator.TestValidate(new Assessment(Education, 100m, 0m, 20.5m))
            .ShouldHaveValidationErrorFor(a => a.Bonus).WithErrorCode(DiagnosticCodes.BonusAboveCap);
    }

    [Test]
    public void Validate_NoBonusCapInScheme_AnyBonusPasses()
    {
        new AssessmentValidator().TestValidate(new Assessment(Education, 100m, 0m, 1000m)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_FiguresOnStep_Pass()
    {
        Validator.TestValidate(new Assessment(Education, 100m, 7.5m, 0.5m)).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(100, 0.3, 0, "Deduction")]
    [TestCase(100, 0, 14.25, "Bonus")]
    [TestCase(100.25, 0, 0, "BaseScore")]
    public void Validate_FigureOffStep_FailsWithWS205(decimal baseScore, decimal deduction, decimal bonus, string property)
    {
        Validator.TestValidate(new Assessment(Education, baseScore, deduction, bonus))
            .ShouldHaveValidationErrorFor(property).WithErrorCode(DiagnosticCodes.FigureOffStep);
    }

    [Test]
    public void Validate_ExtremeFigures_StepCheckIsExactAndDoesNotOverflow()
    {
        // (Each extreme figure in an assessment of its own: both in one would give a total decimal cannot hold exactly.)
        var validator = new AssessmentValidator(new ScoringScheme { Step = 0.5m });
        validator.TestValidate(new Assessment(Education, 0m, 0.0000000000000000000000000001m, 0m))
            .ShouldHaveValidationErrorFor(a => a.Deduction).WithErrorCode(DiagnosticCodes.FigureOffStep);
        validator.TestValidate(new Assessment(Education, 0m, 0m, 79228162514264337593543950000m))
            .ShouldNotHaveValidationErrorFor(a => a.Bonus);
    }

    [Test]
    public void Validate_NoStepInScheme_RateBasedFiguresPass()
    {
        new AssessmentValidator().TestValidate(new Assessment(Education, 100m, 0m, 0.9167m)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_ScoreOnly_HasNoFiguresToCheck()
    {
        Validator.TestValidate(Assessment.FromTotal(Education, 98.75m)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Constructor_NoScheme_UsesDefaultScheme()
    {
        new AssessmentValidator().Scheme.Should().BeSameAs(ScoringScheme.Default);
    }
}
