using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace WindowScoring.Validation;

/// <summary>
/// Checks a period's table (<see cref="AssessmentTable"/>): every department appears at most once, compared by
/// <see cref="Department.Code"/> (<see cref="DiagnosticCodes.DuplicateDepartment"/>, WS304, reported on the second and
/// later entries), the table names its period (<see cref="DiagnosticCodes.PeriodMissing"/>, WS221, a warning), and
/// every assessment passes <see cref="AssessmentValidator"/> under the same scheme, reported with its index in the
/// property path (<c>Assessments[3].Bonus</c>).
/// </summary>
/// <remarks>
/// <para>A table covers one period by construction (<see cref="AssessmentTable.Period"/> belongs to the table, not to
/// its rows), so "one period" means "the period is known". The check for repeated departments is linear in the size
/// of the table.</para>
/// <para>Messages are in Simplified Chinese or English, chosen by the culture given to the constructor or, when none
/// is given, by <see cref="CultureInfo.CurrentUICulture"/> at the time of validation. Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads.</para>
/// </remarks>
public sealed class AssessmentTableValidator : AbstractValidator<AssessmentTable>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="scheme">The scheme whose rules apply to every assessment; <see cref="ScoringScheme.Default"/> when null.</param>
    /// <param name="messageCulture">The culture that chooses the language of messages; the current UI culture at validation time when null.</param>
    public AssessmentTableValidator(ScoringScheme? scheme = null, CultureInfo? messageCulture = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;
        MessageCulture = messageCulture;
        var culture = messageCulture;

        RuleFor(t => t.Period)
            .NotNull()
            .WithSeverity(Severity.Warning)
            .WithCode(DiagnosticCodes.PeriodMissing, culture);

        RuleFor(t => t.Assessments).Custom((assessments, context) =>
        {
            var firstIndex = new Dictionary<Department, int>(assessments.Count);
            for (var i = 0; i < assessments.Count; i++)
            {
                var department = assessments[i].Department;
                if (!firstIndex.TryAdd(department, i))
                {
                    var message = Messages.Format(
                        Messages.DuplicateDepartmentEntry,
                        culture,
                        department.Name,
                        (firstIndex[department] + 1).ToString(CultureInfo.InvariantCulture));
                    context.AddFailure(new ValidationFailure($"{context.PropertyPath}[{i.ToString(CultureInfo.InvariantCulture)}].{nameof(Assessment.Department)}", message, department)
                    {
                        ErrorCode = DiagnosticCodes.DuplicateDepartment,
                        Severity = Severity.Error,
                    });
                }
            }
        });

        RuleForEach(t => t.Assessments).SetValidator(new AssessmentValidator(Scheme, messageCulture));
    }

    /// <summary>The scheme whose rules apply to every assessment.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>The culture that chooses the language of messages; null to follow the current UI culture.</summary>
    public CultureInfo? MessageCulture { get; }
}
