
namespace WindowScoring;

/// <summary>One ranked department of a <see cref="RankedTable"/>: a flat row that renders as a grid in LINQPad.</summary>
/// <param name="Rank">The rank under the scheme's <see cref="RankingMethod"/> (1, 1, 3 for competition).</param>
/// <param name="PrintedRank">The 序号 cell as a published table prints it: blank on the second and later rows of a tie.</param>
/// <param name="Department">The department.</param>
/// <param name="BaseScore">The base score (基础分); null for a score-only entry.</param>
/// <param name="Deduction">The deduction (减分) as a non-negative magnitude; null for a score-only entry.</param>
/// <param name="Bonus">The bonus (加分) as assessed, before any bonus cap; null for a score-only entry.</param>
/// <param name="CountedBonus">The bonus that counted after the scheme's bonus cap; null for a score-only entry.</param>
/// <param name="Total">The total (实得分值) after the scheme's caps and floor; the key ranked by.</param>
/// <param name="RawTotal">base − deduction + bonus before caps and floor.</param>
/// <param name="AppliedLimits">Which caps or floors changed the total.</param>
/// <param name="Assessment">The assessment the row was computed from.</param>
/// <param name="Group">The group the row was ranked in (<see cref="Assessment.Group"/>); null for the table's single group.</param>
public sealed record RankedRow(
    decimal Rank,
    string PrintedRank,
    Department Department,
    decimal? BaseScore,
    decimal? Deduction,
    decimal? Bonus,
    decimal? CountedBonus,
    decimal Total,
    decimal RawTotal,
    ScoreLimits AppliedLimits,
    Assessment Assessment,
    string? Group = null)
{
    // LINQPad renders this instead of the record (the nested assessment is noise in a grid).
    private object ToDump() => new { Group, Rank, PrintedRank, Department = Department.Name, BaseScore, Deduction, Bonus, Total, AppliedLimits };

    /// <summary>An invariant one-line summary, e.g. <c>3 省市场监管局 114.5</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{ScoreText.Format(Rank)} {Department.Name} {ScoreText.Format(Total)}";
}
