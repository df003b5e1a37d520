
namespace WindowScoring.History;

/// <summary>One month's figures behind an <see cref="Alert"/>.</summary>
/// <param name="Month">The month.</param>
/// <param name="Rank">The department's rank that month.</param>
/// <param name="RankedCount">How many departments were ranked that month.</param>
/// <param name="Total">The department's total that month (after the scheme's caps).</param>
public sealed record AlertFigure(AssessmentPeriod Month, decimal Rank, int RankedCount, decimal Total)
{
    /// <summary>An invariant form, e.g. <c>2023-11 rank 28 of 29 (96.5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Month} rank {ScoreText.Format(Rank)} of {RankedCount} ({ScoreText.Format(Total)})";
}
