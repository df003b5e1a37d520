using FluentValidation.TestHelper;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class ScoringSchemeValidatorTests
{
    private static ScoringSchemeValidator Validator => new(); // new each time: a shared one would hide a constructor rule removed (Stryker)

    [Test]
    public void Validate_DefaultScheme_HasNoErrors()
    {
        Validator.TestValidate(ScoringScheme.Default).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_FloorBelowCap_Passes()
    {
        Validator.TestValidate(new ScoringScheme { TotalCap = 110m, TotalFloor = 0m }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_FloorAboveCap_FailsWithWS210()
    {
        Validator.TestValidate(new ScoringScheme { TotalCap = 100m, TotalFloor = 100.5m })
            .ShouldHaveValidationErrorFor(s => s.TotalFloor).WithErrorCode(DiagnosticCodes.FloorAboveCap);
    }

    [Test]
    public void Validate_CapAtBase_Passes()
    {
        // "Bonus restores to full marks but not beyond."
        Validator.TestValidate(new ScoringScheme { TotalCap = 100m }).ShouldNotHaveValidationErrorFor(s => s.TotalCap);
    }

    [Test]
    public void Validate_CapBelowBase_FailsWithWS211()
    {
        Validator.TestValidate(new ScoringScheme { BaseScore = 150m, TotalCap = 110m })
            .ShouldHaveValidationErrorFor(s => s.TotalCap).WithErrorCode(DiagnosticCodes.CapBelowBase);
    }

    [Test]
    public void Validate_FloorAtBase_Passes()
    {
        Validator.TestValidate(new ScoringScheme { TotalFloor = 100m }).ShouldNotHaveValidationErrorFor(s => s.TotalFloor);
    }

    [Test]
    public void Validate_FloorAboveBase_FailsWithWS212()
    {
        Validator.TestValidate(new ScoringScheme { TotalFloor = 101m })
            .ShouldHaveValidationErrorFor(s => s.TotalFloor).WithErrorCode(DiagnosticCodes.FloorAboveBase);
    }

    [TestCase(0.5)]
    [TestCase(0.2)]
    [TestCase(100)]
    public void Validate_BaseOnStep_Passes(decimal step)
    {
        Validator.TestValidate(new ScoringScheme { Step = step }).ShouldNotHaveValidationErrorFor(s => s.BaseScore);
    }

    [Test]
    public void Validate_BaseOffStep_FailsWithWS213()
    {
        Validator.TestValidate(new ScoringScheme { Step = 7.5m })
            .ShouldHaveValidationErrorFor(s => s.BaseScore).WithErrorCode(DiagnosticCodes.BaseOffStep);
    }
}
