namespace WindowScoring.History;

/// <summary>
/// One department's months in a history (or in one period of it): every month its table lists it, its best and
/// worst month, the months it was first, and the alerts raised for it.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class DepartmentHistory
{
    internal DepartmentHistory(Department department, RankMovement[] months, Alert[] alerts)
    {
        Department = department;
        Months = ReadOnly.Of(months);
        Alerts = ReadOnly.Of(alerts);
        RankedMonths = months.Count(m => m.IsRanked);
        foreach (var m in months.Where(m => m.IsRanked))
        {
            if (BestMonth is null || m.Rank < BestMonth.Rank)
            {
                BestMonth = m;
            }

            if (WorstMonth is null || m.Rank > WorstMonth.Rank)
            {
                WorstMonth = m;
            }
        }

        MonthsAtRankOne = months.Where(m => m.Rank == 1m).Select(m => m.Month).ToArray();
    }

    /// <summary>The department (its current identity and name, after aliases).</summary>
    public Department Department { get; }

    /// <summary>Every month whose table lists the department, ranked or not assessed, in order.</summary>
    public IReadOnlyList<RankMovement> Months { get; }

    /// <summary>The number of months in which it was ranked.</summary>
    public int RankedMonths { get; }

    /// <summary>The month of its best (smallest) rank; the earliest such month on a tie; null when never ranked.</summary>
    public RankMovement? BestMonth { get; }

    /// <summary>The month of its worst (largest) rank; the earliest such month on a tie; null when never ranked.</summary>
    public RankMovement? WorstMonth { get; }

    /// <summary>The months in which it was ranked first (a tie for first counts), in order.</summary>
    public IReadOnlyList<AssessmentPeriod> MonthsAtRankOne { get; }

    /// <summary>The alerts raised for it, in order of the month they arise in.</summary>
    public IReadOnlyList<Alert> Alerts { get; }

    /// <summary>An invariant summary, e.g. <c>教育厅: 3 months ranked, best 1 (2023-10), worst 4 (2023-12)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => BestMonth is null
        ? $"{Department.Name}: never ranked"
        : $"{Department.Name}: {RankedMonths} months ranked, best {ScoreText.Format(BestMonth.Rank!.Value)} ({BestMonth.Month}), worst {ScoreText.Format(WorstMonth!.Rank!.Value)} ({WorstMonth.Month})";
}
