using System.Globalization;

namespace WindowScoring.Ratings;

/// <summary>
/// One department's line of the month's 好差评 table: the ratings counted, per level, the default ratings, 满意率 as an exact
/// fraction, the 差评 and their rectification, the appeals; its rank (competition ranking: ties share the rank, the next
/// rank skips) when it has counted ratings.
/// </summary>
/// <remarks>Created by <see cref="RatingTally"/>. Immutable; thread-safe.</remarks>
public sealed class RatingRow
{
    private readonly int[] _levels;

    internal RatingRow(Department department, int[] levels, int defaults, int rectified, int onTime, int overdue, int pending, int upheld)
    {
        Department = department;
        _levels = levels;
        Defaults = defaults;
        Rectified = rectified;
        RectifiedOnTime = onTime;
        Overdue = overdue;
        PendingAppeals = pending;
        UpheldAppeals = upheld;
        Counted = levels.Sum();
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The competition rank; null when the department has no counted rating (listed after the ranked rows).</summary>
    public decimal? Rank { get; internal init; }

    /// <summary>The rank as the published table prints it: blank on the second and later rows of a tie, and when not ranked.</summary>
    public string PrintedRank { get; internal init; } = string.Empty;

    /// <summary>The ratings counted (评价数).</summary>
    public int Counted { get; }

    /// <summary>Counted ratings of 5 stars (非常满意).</summary>
    public int VerySatisfied => Count(RatingLevel.VerySatisfied);

    /// <summary>Counted ratings of 4 stars (满意).</summary>
    public int Satisfied => Count(RatingLevel.Satisfied);

    /// <summary>Counted ratings of 3 stars (基本满意).</summary>
    public int FairlySatisfied => Count(RatingLevel.FairlySatisfied);

    /// <summary>Counted ratings of 2 stars (不满意).</summary>
    public int Dissatisfied => Count(RatingLevel.Dissatisfied);

    /// <summary>Counted ratings of 1 star (非常不满意).</summary>
    public int VeryDissatisfied => Count(RatingLevel.VeryDissatisfied);

    /// <summary>The numerator of 满意率: 非常满意 + 满意 + 基本满意.</summary>
    public int SatisfiedCount => VerySatisfied + Satisfied + FairlySatisfied;

    /// <summary>
    /// 满意率 = <see cref="SatisfiedCount"/> / <see cref="Counted"/>, a decimal between 0 and 1; null with no counted rating.
    /// The quotient is decimal division of two counts (correctly rounded at 28 digits), so equal fractions (2/3, 4/6) give the
    /// same value and different fractions of counts below 10^12 never do: ranks compare the exact fractions. Shown by
    /// <see cref="FormatRate"/>.
    /// </summary>
    public decimal? SatisfactionRate => Counted == 0 ? null : (decimal)SatisfiedCount / Counted;

    /// <summary>Counted 差评 (不满意 + 非常不满意).</summary>
    public int Negative => Dissatisfied + VeryDissatisfied;

    /// <summary>Default ratings (系统默认评价) of the month, not appealed away: shown whether or not the rules count them.</summary>
    public int Defaults { get; }

    /// <summary>Counted 差评 rectified (on time, late, or on a day not given).</summary>
    public int Rectified { get; }

    /// <summary>Counted 差评 rectified within the rules' working days.</summary>
    public int RectifiedOnTime { get; }

    /// <summary>Counted 差评 rectified late, or not rectified once the deadline had passed on the tally's day.</summary>
    public int Overdue { get; }

    /// <summary>Ratings under appeal (申诉中): listed here, not counted.</summary>
    public int PendingAppeals { get; }

    /// <summary>Ratings removed by an upheld appeal (申诉成立): in no other figure.</summary>
    public int UpheldAppeals { get; }

    /// <summary>The counted ratings of one level.</summary>
    /// <param name="level">A level.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public int Count(RatingLevel level) => _levels[(int)Preconditions.CheckDefined(level) - 1];

    /// <summary>满意率 as a percentage rounded once, half away from zero, to <paramref name="decimals"/>: <c>87.50%</c> for 7/8
    /// with 2; empty with no counted rating.</summary>
    /// <param name="decimals">Decimals of the percentage, 0 to 6.</param>
    /// <returns>The text, invariant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public string FormatRate(int decimals)
    {
        Preconditions.CheckRange(decimals, 0, 6);
        return Counted == 0
            ? string.Empty
            : Math.Round(100m * SatisfiedCount / Counted, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>An invariant summary, e.g. <c>1 教育厅 8 ratings 87.50% 差评 1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PrintedRank} {Department.Name} {Counted} ratings {FormatRate(2)} 差评 {Negative}".TrimStart();
}
