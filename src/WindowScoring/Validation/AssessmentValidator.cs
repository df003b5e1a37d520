using System.Globalization;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// Checks an <see cref="Assessment"/> against a <see cref="ScoringScheme"/>: the base score equals the scheme's
/// base score (<see cref="DiagnosticCodes.BaseScoreMismatch"/>, WS203), the bonus is within the scheme's bonus cap
/// (<see cref="DiagnosticCodes.BonusAboveCap"/>, WS204) and, when the scheme sets a step, the base score, deduction
/// and bonus are multiples of it (<see cref="DiagnosticCodes.FigureOffStep"/>, WS205).
/// </summary>
/// <remarks>
/// <para>An <see cref="Assessment"/> always has a department and never a negative figure (its constructor throws),
/// so those rules belong to <see cref="AssessmentInputValidator"/>, which checks what a user entered. A score-only
/// assessment (<see cref="Assessment.FromTotal"/>) has no breakdown and passes the figure rules; a department not
/// assessed is a <see cref="NotAssessedEntry"/>, which has no figures to check.</para>
/// <para>Messages are in the language of <see cref="MessageCatalog.ActiveCulture"/> at the time of validation (the one
/// setting <see cref="MessageCatalog.Culture"/>, else the UI culture). Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads (which is why <c>AddWindowScoring</c> registers it as a singleton).</para>
/// </remarks>
public sealed class AssessmentValidator : AbstractValidator<Assessment>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="scheme">The scheme whose rules apply; <see cref="ScoringScheme.Default"/> when null.</param>
    public AssessmentValidator(ScoringScheme? scheme = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;
        SchemeFigureRules.AddTo(this, Scheme, a => a.BaseScore, a => a.Deduction, a => a.Bonus, a => a.Group);
    }

    /// <summary>The scheme whose rules apply.</summary>
    public ScoringScheme Scheme { get; }
}
