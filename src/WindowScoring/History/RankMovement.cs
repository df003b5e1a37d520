
namespace WindowScoring.History;

/// <summary>
/// One department in one month of a history: its rank and total, and how the rank moved against the latest earlier
/// month in which it was ranked. A flat row that renders as a grid in LINQPad.
/// </summary>
/// <param name="Month">The month.</param>
/// <param name="Department">The department (its current identity and name, after aliases).</param>
/// <param name="NameAsPrinted">The name the month's table printed (a former name before a rename).</param>
/// <param name="Rank">Its rank that month; null when it was not assessed.</param>
/// <param name="Total">Its total that month after the scheme's caps; null when it was not assessed.</param>
/// <param name="RankedCount">How many departments the month's table ranked.</param>
/// <param name="PreviousMonth">The latest earlier month in which it was ranked (usually the month before); null when none.</param>
/// <param name="PreviousRank">Its rank in <see cref="PreviousMonth"/>; null when none.</param>
/// <param name="Change">Up, down, same, new, or not assessed.</param>
/// <param name="Delta"><see cref="PreviousRank"/> − <see cref="Rank"/>: positive when it climbed (3 → 1 gives 2), negative when it fell; null for new and not assessed.</param>
/// <param name="NotAssessedReason">Why it was not assessed, when the table says.</param>
public sealed record RankMovement(
    AssessmentPeriod Month,
    Department Department,
    string NameAsPrinted,
    decimal? Rank,
    decimal? Total,
    int RankedCount,
    AssessmentPeriod? PreviousMonth,
    decimal? PreviousRank,
    RankChange Change,
    decimal? Delta,
    string? NotAssessedReason)
{
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
