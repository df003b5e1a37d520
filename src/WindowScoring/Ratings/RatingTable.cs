namespace WindowScoring.Ratings;

/// <summary>
/// The month's 好差评 table (<see cref="RatingTally.Tabulate"/>): one row per department, the ranked rows first in ranked order
/// (ties in order of first appearance), then the departments with no counted rating; the ratings under appeal, the counted
/// 差评 and the overdue ones; the diagnostics of ratings that could not count or be judged.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class RatingTable : DiagnosticResult<RatingTable>
{
    internal RatingTable(
        AssessmentPeriod period,
        RatingRules rules,
        IReadOnlyList<RatingRow> rows,
        IReadOnlyList<Rating> pending,
        IReadOnlyList<Rating> negative,
        IReadOnlyList<Rating> overdue,
        IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Period = period;
        Rules = rules;
        Rows = ReadOnly.Of(rows);
        Pending = ReadOnly.Of(pending);
        NegativeRatings = ReadOnly.Of(negative);
        OverdueRatings = ReadOnly.Of(overdue);
    }

    /// <summary>The period tallied.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>The rules the table was tallied under.</summary>
    public RatingRules Rules { get; }

    /// <summary>The rows: ranked ones in ranked order, then departments with no counted rating (<see cref="RatingRow.Rank"/> null).</summary>
    public IReadOnlyList<RatingRow> Rows { get; }

    /// <summary>The ratings under appeal (申诉中), in input order: listed, not counted.</summary>
    public IReadOnlyList<Rating> Pending { get; }

    /// <summary>The counted 差评, in input order.</summary>
    public IReadOnlyList<Rating> NegativeRatings { get; }

    /// <summary>The counted 差评 overdue (rectified late, or unrectified past the deadline), in input order.</summary>
    public IReadOnlyList<Rating> OverdueRatings { get; }

    /// <summary>An invariant summary, e.g. <c>2025-10 好差评: 3 departments, 40 counted, 2 pending appeals</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period} 好差评: {Rows.Count} departments, {Rows.Sum(r => r.Counted)} counted, {Pending.Count} pending appeals";
}
