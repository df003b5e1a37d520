
namespace WindowScoring.History;

/// <summary>
/// Something a host can act on (an interview, 约谈; a warning letter): which department, which rule, and the
/// months and figures behind it.
/// </summary>
/// <param name="Kind">The rule that fired.</param>
/// <param name="Department">The department (its current identity and name).</param>
/// <param name="Months">The months behind the alert, in order; the last is the month the alert arises in.</param>
/// <param name="Figures">The department's rank, table size and total in each of those months.</param>
/// <param name="Message">An invariant English sentence naming the rule, the months and the figures.</param>
public sealed record Alert(AlertKind Kind, Department Department, IReadOnlyList<AssessmentPeriod> Months, IReadOnlyList<AlertFigure> Figures, string Message)
{
    /// <summary>The month the alert arises in (the last of <see cref="Months"/>).</summary>
    public AssessmentPeriod Month => Months[^1];

    /// <summary>An invariant one-line form, e.g. <c>2023-11 BottomRun 教育厅: …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Month} {Kind} {Department.Name}: {Message}";
}
