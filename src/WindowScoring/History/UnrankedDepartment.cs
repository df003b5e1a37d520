
namespace WindowScoring.History;

/// <summary>A department of an aggregated period that is listed apart, not ranked, and why.</summary>
/// <param name="Department">The department (its current identity and name, after aliases).</param>
/// <param name="Months">The months of the period in which it was assessed, in order (possibly none).</param>
/// <param name="Reason">Why it is not ranked.</param>
/// <param name="Sum">The sum of its monthly totals; null when it has no assessed month or the sum is beyond <see cref="decimal"/>.</param>
/// <param name="Average">The average of its monthly totals; null when <see cref="Sum"/> is null.</param>
/// <param name="Message">An invariant English sentence: the reason with its figures.</param>
public sealed record UnrankedDepartment(Department Department, IReadOnlyList<AssessmentPeriod> Months, UnrankedReason Reason, decimal? Sum, decimal? Average, string Message)
{
    /// <summary>An invariant one-line summary, e.g. <c>新进驻单位: assessed in 1 of the 3 months required…</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Department.Name}: {Message}";
}
