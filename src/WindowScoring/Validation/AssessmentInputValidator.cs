using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Results;

namespace WindowScoring.Validation;

/// <summary>
/// Checks an <see cref="AssessmentInput"/> (what a user entered in a form) before it becomes an
/// <see cref="Assessment"/> (<see cref="AssessmentInput.ToAssessment"/>).
/// </summary>
/// <remarks>
/// <para>Rules, each with its code (see <see cref="DiagnosticCodes"/>):</para>
/// <list type="bullet">
/// <item><description>WS121: a department name or code is given (reported on <c>DepartmentName</c>).</description></item>
/// <item><description>WS122: an assessed department has a base score, a deduction and a bonus.</description></item>
/// <item><description>WS202: the deduction and the bonus are not negative.</description></item>
/// <item><description>WS203, WS204, WS205: the scheme's rules, exactly as <see cref="AssessmentValidator"/> checks them
/// (base equals the scheme's base, bonus within the bonus cap, figures multiples of the step).</description></item>
/// <item><description>WS206: an input marked not assessed carries no figures.</description></item>
/// <item><description>WS207: base − deduction + bonus is within the range of <see cref="decimal"/> (reported on <c>Total</c>).</description></item>
/// </list>
/// <para>An input that passes every rule (no error) can be turned into an <see cref="Assessment"/> (or, marked not
/// assessed, a <see cref="NotAssessedEntry"/>) without an exception.</para>
/// <para>Messages are in the language of <see cref="MessageCatalog.ActiveCulture"/> at the time of validation (the one
/// setting <see cref="MessageCatalog.Culture"/>, else the UI culture). Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads.</para>
/// </remarks>
public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="scheme">The scheme whose rules apply; <see cref="ScoringScheme.Default"/> when null.</param>
    public AssessmentInputValidator(ScoringScheme? scheme = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;

        RuleFor(i => i.DepartmentName)
            .Must((input, name) => !string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(input.DepartmentCode))
            .WithCode(Messages.DepartmentNotGiven);

        When(i => !i.NotAssessed, () =>
        {
            RequireFigure(i => i.BaseScore, nameof(AssessmentInput.BaseScore));
            RequireFigure(i => i.Deduction, nameof(AssessmentInput.Deduction));
            RequireFigure(i => i.Bonus, nameof(AssessmentInput.Bonus));
            NotNegative(i => i.Deduction, nameof(AssessmentInput.Deduction));
            NotNegative(i => i.Bonus, nameof(AssessmentInput.Bonus));
            SchemeFigureRules.AddTo(this, Scheme, i => i.BaseScore, i => i.Deduction, i => i.Bonus, i => i.Group);
            RuleFor(i => i).Custom((input, context) =>
            {
                if (input is { BaseScore: { } b, Deduction: { } d and >= 0m, Bonus: { } bonus and >= 0m } && !TotalFits(b, d, bonus))
                {
                    var message = Messages.Format(DiagnosticCodes.TotalOutOfRange, ScoreText.Format(b), ScoreText.Format(d), ScoreText.Format(bonus));
                    context.AddFailure(new ValidationFailure(nameof(Assessment.Total), message) { ErrorCode = DiagnosticCodes.TotalOutOfRange });
                }
            });
        }).Otherwise(() =>
        {
            NoFigure(i => i.BaseScore, nameof(AssessmentInput.BaseScore));
            NoFigure(i => i.Deduction, nameof(AssessmentInput.Deduction));
            NoFigure(i => i.Bonus, nameof(AssessmentInput.Bonus));
        });
    }

    /// <summary>The scheme whose rules apply.</summary>
    public ScoringScheme Scheme { get; }

    private static bool TotalFits(decimal baseScore, decimal deduction, decimal bonus) => ScoreArithmetic.TryExactTotal(baseScore, deduction, bonus, out _);

    private void RequireFigure(Expression<Func<AssessmentInput, decimal?>> figure, string name) =>
        RuleFor(figure)
            .NotNull()
            .WithCode(Messages.FigureMissing, (_, _) => [CodedMessages.FigureName(name)]);

    private void NotNegative(Expression<Func<AssessmentInput, decimal?>> figure, string name) =>
        RuleFor(figure)
            .Must(v => v is not { } x || x >= 0m)
            .WithCode(DiagnosticCodes.FigureNegative, (_, v) => [CodedMessages.FigureName(name), ScoreText.Format(v!.Value)]);

    private void NoFigure(Expression<Func<AssessmentInput, decimal?>> figure, string name) =>
        RuleFor(figure)
            .Null()
            .WithCode(DiagnosticCodes.NotAssessedHasFigures, (_, v) => [CodedMessages.FigureName(name), ScoreText.Format(v!.Value)]);
}
