using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// Checks an <see cref="AssessmentForm"/> (a form's fields as text) and reports every bad field in one pass: a figure that
/// is neither blank nor a plain number is WS123 on its field (<c>abc</c>, <c>5,5</c>, <c>1e3</c>); then the form is
/// checked as the <see cref="AssessmentInput"/> it describes, by <see cref="AssessmentInputValidator"/> under the same
/// scheme (WS121, WS122 for a blank figure, WS202–WS207), each failure on the same field name. A figure already reported
/// as not a number is left out of the input's rules (it is not reported again as missing), and the other fields are
/// still checked, so a clerk sees every mistake of a form at once.
/// </summary>
/// <remarks>
/// <para>Messages are in the language of <see cref="MessageCatalog.ActiveCulture"/> at the time of validation (the one
/// setting <see cref="MessageCatalog.Culture"/>, else the UI culture). Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads.</para>
/// </remarks>
public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="scheme">The scheme whose rules apply; <see cref="ScoringScheme.Default"/> when null.</param>
    public AssessmentFormValidator(ScoringScheme? scheme = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;
        var input = new AssessmentInputValidator(Scheme);

        IsNumber(f => f.BaseScore, nameof(AssessmentForm.BaseScore));
        IsNumber(f => f.Deduction, nameof(AssessmentForm.Deduction));
        IsNumber(f => f.Bonus, nameof(AssessmentForm.Bonus));
        RuleFor(f => f).Custom((form, context) =>
        {
            var unparsed = form.UnparsedFigures();
            foreach (var failure in input.Validate(form.ToInput(unparsed)).Errors)
            {
                if (!unparsed.Contains(failure.PropertyName))
                {
                    context.AddFailure(failure); // a figure that is not a number has its WS123 already
                }
            }
        });
    }

    /// <summary>The scheme whose rules apply.</summary>
    public ScoringScheme Scheme { get; }

    private void IsNumber(Expression<Func<AssessmentForm, string?>> figure, string name) =>
        RuleFor(figure)
            .Must(AssessmentForm.Parses)
            .WithCode(Messages.FigureInvalid, (_, text) => [CodedMessages.FigureName(name), text!.Trim()]);
}
