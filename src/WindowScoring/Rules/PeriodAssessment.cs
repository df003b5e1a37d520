using System.Diagnostics.CodeAnalysis;

namespace WindowScoring.Rules;

/// <summary>
/// A period's assessment computed from recorded events: the ranked table, each department's breakdown, the
/// honours, the event counts by status, the pending events, and the diagnostics of events that could not count (each
/// naming the event's line when it came from a file).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class PeriodAssessment : DiagnosticResult<PeriodAssessment>
{
    internal PeriodAssessment(
        AssessmentPeriod period,
        ScoringScheme scheme,
        RankedTable table,
        IReadOnlyList<DepartmentBreakdown> breakdowns,
        IReadOnlyList<HonourAward> honours,
        EventCounts counts,
        IReadOnlyList<AssessmentEvent> pending,
        IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Period = period;
        Scheme = scheme;
        Table = table;
        Breakdowns = ReadOnly.Of(breakdowns);
        Honours = ReadOnly.Of(honours);
        Counts = counts;
        Pending = ReadOnly.Of(pending);
    }

    /// <summary>The period assessed.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>The scheme the result was computed under.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>The ranked table (departments not assessed listed apart).</summary>
    public RankedTable Table { get; }

    /// <summary>One breakdown per roster department, in roster order.</summary>
    public IReadOnlyList<DepartmentBreakdown> Breakdowns { get; }

    /// <summary>The honours and lists of the scheme, in the scheme's order; within one, in ranked order.</summary>
    public IReadOnlyList<HonourAward> Honours { get; }

    /// <summary>How many events of each status were seen.</summary>
    public EventCounts Counts { get; }

    /// <summary>The events still waiting for a decision (recorded or appealed), in input order.</summary>
    public IReadOnlyList<AssessmentEvent> Pending { get; }

    /// <summary>The breakdown of a roster department.</summary>
    /// <param name="department">A roster department (compared by <see cref="Department.Code"/>).</param>
    /// <returns>Its breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The department is not on the roster; see <see cref="TryGetBreakdown"/>.</exception>
    public DepartmentBreakdown this[Department department] =>
        TryGetBreakdown(department, out var breakdown) ? breakdown : throw new KeyNotFoundException($"{department} is not on the roster.");

    /// <summary>Looks up the breakdown of a department.</summary>
    /// <param name="department">A department (compared by <see cref="Department.Code"/>).</param>
    /// <param name="breakdown">Its breakdown when it is on the roster; otherwise null.</param>
    /// <returns>True when the department is on the roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public bool TryGetBreakdown(Department department, [MaybeNullWhen(false)] out DepartmentBreakdown breakdown)
    {
        Preconditions.CheckNotNull(department);
        breakdown = Breakdowns.FirstOrDefault(b => b.Department.Equals(department));
        return breakdown is not null;
    }

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>2023-11: 29 ranked, 0 not assessed; events 40 counted, 2 pending, 1 rejected, 0 invalid</c>.</returns>
    public override string ToString() => $"{Table}; events {Counts.Counted} counted, {Counts.Pending} pending, {Counts.Rejected} rejected, {Counts.Invalid} invalid";
}
