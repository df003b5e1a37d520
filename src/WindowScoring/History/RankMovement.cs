namespace WindowScoring.History;

/// <summary>
/// One department in one month of a history: its rank and total, and how the rank moved against the latest earlier
/// month in which it was ranked. A flat row that renders as a grid in LINQPad.
/// </summary>
/// <remarks>
/// Created only by the history analysis (the constructor is internal); properties may be added in later versions
/// without breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class RankMovement
{
    internal RankMovement(
        AssessmentPeriod month,
        Department department,
        string nameAsPrinted,
        decimal? rank,
        decimal? total,
        int rankedCount,
        AssessmentPeriod? previousMonth,
        decimal? previousRank,
        RankChange change,
        decimal? delta,
        string? notAssessedReason)
    {
        Month = month;
        Department = department;
        NameAsPrinted = nameAsPrinted;
        Rank = rank;
        Total = total;
        RankedCount = rankedCount;
        PreviousMonth = previousMonth;
        PreviousRank = previousRank;
        Change = change;
        Delta = delta;
        NotAssessedReason = notAssessedReason;
    }

    /// <summary>The month.</summary>
    public AssessmentPeriod Month { get; }

    /// <summary>The department (its current identity and name, after aliases).</summary>
    public Department Department { get; }

    /// <summary>The name the month's table printed (a former name before a rename).</summary>
    public string NameAsPrinted { get; }

    /// <summary>Its rank that month; null when it was not assessed.</summary>
    public decimal? Rank { get; }

    /// <summary>Its total that month after the scheme's caps; null when it was not assessed.</summary>
    public decimal? Total { get; }

    /// <summary>How many departments the month's table ranked.</summary>
    public int RankedCount { get; }

    /// <summary>The latest earlier month in which it was ranked (usually the month before); null when none.</summary>
    public AssessmentPeriod? PreviousMonth { get; }

    /// <summary>Its rank in <see cref="PreviousMonth"/>; null when none.</summary>
    public decimal? PreviousRank { get; }

    /// <summary>Up, down, same, new, or not assessed.</summary>
    public RankChange Change { get; }

    /// <summary><see cref="PreviousRank"/> − <see cref="Rank"/>: positive when it climbed (3 → 1 gives 2), negative when it fell; null for new and not assessed.</summary>
    public decimal? Delta { get; }

    /// <summary>Why it was not assessed, when the table says.</summary>
    public string? NotAssessedReason { get; }

    /// <summary>True when the department was ranked this month.</summary>
    public bool IsRanked => Rank.HasValue;

    /// <summary>An invariant one-line summary, e.g. <c>2023-11 教育厅 rank 3 (up 2)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Rank is { } rank
        ? $"{Month} {Department.Name} rank {ScoreText.Format(rank)} ({ChangeText()})"
        : $"{Month} {Department.Name} not assessed";

    private string ChangeText() => Change switch
    {
        RankChange.Up => "up " + ScoreText.Format(Delta!.Value),
        RankChange.Down => "down " + ScoreText.Format(-Delta!.Value),
        RankChange.Same => "same",
        _ => "new",
    };
}
