using System.Diagnostics.CodeAnalysis;

namespace WindowScoring.History;

/// <summary>
/// Rank movement and alerts over a history, or over one period of it: one <see cref="DepartmentHistory"/> per
/// department, every movement row, and every alert.
/// </summary>
/// <remarks>
/// <para>Movements and runs are computed over the whole history, then kept when they fall in the period: the first
/// month of a quarter compares with the month before it, and a bottom run is kept when its last month (the month the
/// alert arises in) lies in the period.</para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class HistoryAnalysis
{
    private readonly Dictionary<Department, DepartmentHistory> _byDepartment;
    private readonly DepartmentAliases _aliases;

    internal HistoryAnalysis(AssessmentPeriod? period, AlertOptions options, DepartmentAliases aliases, DepartmentHistory[] departments, RankMovement[] movements, Alert[] alerts)
    {
        Period = period;
        Options = options;
        _aliases = aliases;
        Departments = ReadOnly.Of(departments);
        Movements = ReadOnly.Of(movements);
        Alerts = ReadOnly.Of(alerts);
        _byDepartment = departments.ToDictionary(d => d.Department);
    }

    /// <summary>The period analysed; null for the whole history.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The alert rules used.</summary>
    public AlertOptions Options { get; }

    /// <summary>Every department listed in a month of the period, in order of first appearance.</summary>
    public IReadOnlyList<DepartmentHistory> Departments { get; }

    /// <summary>Every movement row of the period: month by month, each month in ranked order, then the departments not assessed.</summary>
    public IReadOnlyList<RankMovement> Movements { get; }

    /// <summary>Every alert of the period: by the month it arises in, then by kind, then by the department's place in that month.</summary>
    public IReadOnlyList<Alert> Alerts { get; }

    /// <summary>The history of one department, found by identity through the history's aliases (a former name works).</summary>
    /// <param name="department">The department.</param>
    /// <returns>Its history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No month of the period lists the department; see <see cref="TryGetHistory"/>.</exception>
    public DepartmentHistory this[Department department] =>
        TryGetHistory(department, out var history) ? history : throw new KeyNotFoundException($"No month of the period lists {department}.");

    /// <summary>Looks up the history of one department by identity through the history's aliases (a former name works).</summary>
    /// <param name="department">The department.</param>
    /// <param name="history">Its history when a month of the period lists it; otherwise null.</param>
    /// <returns>True when a month of the period lists the department.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public bool TryGetHistory(Department department, [MaybeNullWhen(false)] out DepartmentHistory history) =>
        _byDepartment.TryGetValue(_aliases.Resolve(Preconditions.CheckNotNull(department)), out history);

    /// <summary>An invariant summary, e.g. <c>2023-Q4: 5 departments, 2 alerts</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{(Period?.ToString() ?? "history")}: {Departments.Count} departments, {Alerts.Count} alerts";
}
