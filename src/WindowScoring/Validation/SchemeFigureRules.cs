using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// The rules a scheme sets for the figures of one assessment, written once and added to every validator whose
/// type carries a base score, a deduction and a bonus (<see cref="Assessment"/>, <see cref="AssessmentInput"/>):
/// the base equals the scheme's base of the assessment's group (WS203), the bonus is within the bonus cap (WS204), and every figure is a
/// multiple of the step (WS205). A missing figure passes these rules (presence is a separate rule).
/// </summary>
internal static class SchemeFigureRules
{
    internal static void AddTo<T>(
        AbstractValidator<T> validator,
        ScoringScheme scheme,
        Expression<Func<T, decimal?>> baseScore,
        Expression<Func<T, decimal?>> deduction,
        Expression<Func<T, decimal?>> bonus,
        Func<T, string?>? group = null)
    {
        decimal BaseOf(T x) => scheme.BaseScoreFor(group?.Invoke(x));
        validator.RuleFor(baseScore)
            .Must((x, b) => b is not { } v || v == BaseOf(x))
            .WithCode(DiagnosticCodes.BaseScoreMismatch, (x, b) => [ScoreText.Format(b!.Value), ScoreText.Format(BaseOf(x))]);

        if (scheme.BonusCap is { } cap)
        {
            validator.RuleFor(bonus)
                .Must(b => b is not { } v || v <= cap)
                .WithCode(DiagnosticCodes.BonusAboveCap, (_, b) => [ScoreText.Format(b!.Value), ScoreText.Format(cap)]);
        }

        if (scheme.Step is { } step)
        {
            AddStepRule(validator, baseScore, nameof(Assessment.BaseScore), step);
            AddStepRule(validator, deduction, nameof(Assessment.Deduction), step);
            AddStepRule(validator, bonus, nameof(Assessment.Bonus), step);
        }
    }

    private static void AddStepRule<T>(AbstractValidator<T> validator, Expression<Func<T, decimal?>> figure, string figureName, decimal step) =>
        validator.RuleFor(figure)
            .Must(f => f is not { } v || SchemeConsistency.IsMultipleOf(v, step))
            .WithCode(DiagnosticCodes.FigureOffStep, (_, f) =>
                [CodedMessages.FigureName(figureName), ScoreText.Format(f!.Value), ScoreText.Format(step)]);
}
