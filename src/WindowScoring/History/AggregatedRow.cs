namespace WindowScoring.History;

/// <summary>One ranked department of an <see cref="AggregatedTable"/>: a flat row that renders as a grid in LINQPad.</summary>
/// <remarks>
/// <para>Created only by the aggregation (the constructor is internal), so a row's rank always belongs to its total.
/// Properties may be added in later versions without breaking callers.</para>
/// <para>Immutable and safe to share between threads. Equality is reference equality.</para>
/// </remarks>
public sealed class AggregatedRow
{
    internal AggregatedRow(
        decimal rank,
        string printedRank,
        Department department,
        string? group,
        int monthsAssessed,
        IReadOnlyList<AssessmentPeriod> months,
        decimal sum,
        decimal average,
        decimal? evaluation,
        decimal total,
        string totalText)
    {
        Rank = rank;
        PrintedRank = printedRank;
        Department = department;
        Group = group;
        MonthsAssessed = monthsAssessed;
        Months = ReadOnly.Of(months);
        Sum = sum;
        Average = average;
        Evaluation = evaluation;
        Total = total;
        TotalText = totalText;
    }

    /// <summary>The rank of <see cref="Total"/> under <see cref="AggregationOptions.RankingMethod"/> (within its group, when grouped).</summary>
    public decimal Rank { get; }

    /// <summary>The 序号 cell as printed: blank on the second and later rows of a tie.</summary>
    public string PrintedRank { get; }

    /// <summary>The department (its current identity and name, after aliases).</summary>
    public Department Department { get; }

    /// <summary>The group it was ranked in, when the options set groups; otherwise null.</summary>
    public string? Group { get; }

    /// <summary>The number of months of the period in which it was assessed.</summary>
    public int MonthsAssessed { get; }

    /// <summary>Those months, in order.</summary>
    public IReadOnlyList<AssessmentPeriod> Months { get; }

    /// <summary>The exact sum of its monthly totals (after each month's caps).</summary>
    public decimal Sum { get; }

    /// <summary><see cref="Sum"/> / <see cref="MonthsAssessed"/> in <see cref="decimal"/> (see <see cref="AggregationOptions"/> on exactness).</summary>
    public decimal Average { get; }

    /// <summary>The evaluation score used by a weighted aggregation; null for the other methods.</summary>
    public decimal? Evaluation { get; }

    /// <summary>The figure ranked: the sum, the average or the weighted mix, rounded once when <see cref="AggregationOptions.RoundDecimals"/> is set.</summary>
    public decimal Total { get; }

    /// <summary>The total as writers print it (<see cref="AggregatedTable.FormatTotal"/>).</summary>
    internal string TotalText { get; }

    /// <summary>The same row ranked again (within its group): used once by the aggregation after ranking.</summary>
    internal AggregatedRow Ranked(decimal rank, string printedRank, string? group) =>
        new(rank, printedRank, Department, group, MonthsAssessed, Months, Sum, Average, Evaluation, Total, TotalText);

    /// <summary>An invariant one-line summary with the total as writers print it (an average rounded for display), e.g.
    /// <c>1 省林草局 95 (3 months)</c>, <c>2 省公安厅 99.17 (3 months)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{ScoreText.Format(Rank)} {Department.Name} {TotalText} ({MonthsAssessed} months)";
}
