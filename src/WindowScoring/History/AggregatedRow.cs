
namespace WindowScoring.History;

/// <summary>One ranked department of an <see cref="AggregatedTable"/>: a flat row that renders as a grid in LINQPad.</summary>
/// <param name="Rank">The rank of <see cref="Total"/> under <see cref="AggregationOptions.RankingMethod"/> (within its group, when grouped).</param>
/// <param name="PrintedRank">The 序号 cell as printed: blank on the second and later rows of a tie.</param>
/// <param name="Department">The department (its current identity and name, after aliases).</param>
/// <param name="Group">The group it was ranked in, when the options set groups; otherwise null.</param>
/// <param name="MonthsAssessed">The number of months of the period in which it was assessed.</param>
/// <param name="Months">Those months, in order.</param>
/// <param name="Sum">The exact sum of its monthly totals (after each month's caps).</param>
/// <param name="Average"><see cref="Sum"/> / <see cref="MonthsAssessed"/> in <see cref="decimal"/> (see <see cref="AggregationOptions"/> on exactness).</param>
/// <param name="Evaluation">The evaluation score used by a weighted aggregation; null for the other methods.</param>
/// <param name="Total">The figure ranked: the sum, the average or the weighted mix, rounded once when <see cref="AggregationOptions.RoundDecimals"/> is set.</param>
public sealed record AggregatedRow(
    decimal Rank,
    string PrintedRank,
    Department Department,
    string? Group,
    int MonthsAssessed,
    IReadOnlyList<AssessmentPeriod> Months,
    decimal Sum,
    decimal Average,
    decimal? Evaluation,
    decimal Total)
{
    /// <summary>An invariant one-line summary, e.g. <c>1 省林草局 285 (3 months)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{ScoreText.Format(Rank)} {Department.Name} {ScoreText.Format(Total)} ({MonthsAssessed} months)";
}
