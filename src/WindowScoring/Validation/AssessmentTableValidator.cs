using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace WindowScoring.Validation;

/// <summary>
/// Checks a period's table (<see cref="AssessmentTable"/>): every department appears at most once, assessed or not,
/// compared by <see cref="Department.Code"/> (<see cref="DiagnosticCodes.DuplicateDepartment"/>, WS304, reported on the
/// second and later entries, counting the assessments first and then the departments not assessed:
/// <c>NotAssessed[0].Department</c>), the table names its period (<see cref="DiagnosticCodes.PeriodMissing"/>, WS221, a warning), and
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

        RuleFor(t => t).Custom((table, context) =>
        {
            // Entries are numbered over both lists: the assessments, then the departments not assessed.
            var entries = table.Assessments.Select((a, i) => (a.Department, Path: $"{nameof(AssessmentTable.Assessments)}[{i.ToString(CultureInfo.InvariantCulture)}]"))
                .Concat(table.NotAssessed.Select((n, i) => (n.Department, Path: $"{nameof(AssessmentTable.NotAssessed)}[{i.ToString(CultureInfo.InvariantCulture)}]")))
                .ToArray();
            var firstIndex = new Dictionary<Department, int>(entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                var (department, path) = entries[i];
                if (!firstIndex.TryAdd(department, i))
                {
                    var message = Messages.Format(
                        Messages.DuplicateDepartmentEntry,
                        department.Name,
                        (firstIndex[department] + 1).ToString(CultureInfo.InvariantCulture));
                    context.AddFailure(new ValidationFailure($"{path}.{nameof(Assessment.Department)}", message, department)
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
