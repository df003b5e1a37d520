namespace WindowScoring;

/// <summary>One ranked department of a <see cref="RankedTable"/>: a flat row that renders as a grid in LINQPad.</summary>
/// <remarks>
/// <para>Created only by the engine (the constructor is internal), so a row's rank always belongs to its total: a caller
/// cannot copy a row with a different rank. Properties may be added in later versions without breaking callers.</para>
/// <para>Immutable and safe to share between threads. Equality is reference equality.</para>
/// </remarks>
public sealed class RankedRow
{
    internal RankedRow(
        decimal rank,
        string printedRank,
        Department department,
        decimal? baseScore,
        decimal? deduction,
        decimal? bonus,
        decimal? countedBonus,
        decimal total,
        decimal rawTotal,
        ScoreLimits appliedLimits,
        Assessment assessment,
        string? group = null)
    {
        Rank = rank;
        PrintedRank = printedRank;
        Department = department;
        BaseScore = baseScore;
        Deduction = deduction;
        Bonus = bonus;
        CountedBonus = countedBonus;
        Total = total;
        RawTotal = rawTotal;
        AppliedLimits = appliedLimits;
        Assessment = assessment;
        Group = group;
    }

    /// <summary>The rank under the scheme's <see cref="RankingMethod"/> (1, 1, 3 for competition).</summary>
    public decimal Rank { get; }

    /// <summary>The 序号 cell as a published table prints it: blank on the second and later rows of a tie.</summary>
    public string PrintedRank { get; }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The base score (基础分); null for a score-only entry.</summary>
    public decimal? BaseScore { get; }

    /// <summary>The deduction (减分) as a non-negative magnitude; null for a score-only entry.</summary>
    public decimal? Deduction { get; }

    /// <summary>The bonus (加分) as assessed, before any bonus cap; null for a score-only entry.</summary>
    public decimal? Bonus { get; }

    /// <summary>The bonus that counted after the scheme's bonus cap; null for a score-only entry.</summary>
    public decimal? CountedBonus { get; }

    /// <summary>The total (实得分值) after the scheme's caps and floor; the key ranked by.</summary>
    public decimal Total { get; }

    /// <summary>base − deduction + bonus before caps and floor.</summary>
    public decimal RawTotal { get; }

    /// <summary>Which caps or floors changed the total.</summary>
    public ScoreLimits AppliedLimits { get; }

    /// <summary>The assessment the row was computed from.</summary>
    public Assessment Assessment { get; }

    /// <summary>The group the row was ranked in (<see cref="Assessment.Group"/>); null for the table's single group.</summary>
    public string? Group { get; }

    // LINQPad renders this instead of the row (the nested assessment is noise in a grid).
    private object ToDump() => new { Group, Rank, PrintedRank, Department = Department.Name, BaseScore, Deduction, Bonus, Total, AppliedLimits };

    /// <summary>An invariant one-line summary, e.g. <c>3 省市场监管局 114.5</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{ScoreText.Format(Rank)} {Department.Name} {ScoreText.Format(Total)}";
}
