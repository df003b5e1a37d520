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
/// <para>Messages are in the language of <see cref="MessageCatalog.ActiveCulture"/> at the time of validation (the one
/// setting <see cref="MessageCatalog.Culture"/>, else the UI culture). Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads.</para>
/// </remarks>
public sealed class AssessmentTableValidator : AbstractValidator<AssessmentTable>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="scheme">The scheme whose rules apply to every assessment; <see cref="ScoringScheme.Default"/> when null.</param>
    public AssessmentTableValidator(ScoringScheme? scheme = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;

        RuleFor(t => t.Period)
            .NotNull()
            .WithSeverity(Severity.Warning)
            .WithCode(DiagnosticCodes.PeriodMissing);

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

        RuleForEach(t => t.Assessments).SetValidator(new AssessmentValidator(Scheme));
    }

    /// <summary>The scheme whose rules apply to every assessment.</summary>
    public ScoringScheme Scheme { get; }
}
