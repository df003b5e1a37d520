using System.Collections.ObjectModel;
using System.Text;

namespace WindowScoring.History;

/// <summary>
/// How a period is aggregated from monthly totals: the method, the weights and evaluation scores of a weighted
/// mix, the fewest months a department must be assessed in to be ranked, an optional rounding of the final total,
/// and how the aggregated totals are ranked.
/// </summary>
/// <remarks>
/// <para><b>Exactness.</b> Sums are exact. An average is <c>sum / months</c> in <see cref="decimal"/>, which is
/// exact when the quotient terminates within 28 digits (<c>297 / 3 = 99</c>) and otherwise keeps 28–29
/// significant digits, the last one rounded by <see cref="decimal"/> division (<c>100 / 3 =
/// 33.333333333333333333333333333</c>). Nothing else is rounded unless <see cref="RoundDecimals"/> is set.</para>
/// <para><b>Rounding.</b> When <see cref="RoundDecimals"/> is set, the final total of each department (the sum,
/// the average or the weighted mix) is rounded once, to that many decimals, half away from zero
/// (<see cref="MidpointRounding.AwayFromZero"/>: 92.345 → 92.35, the way halls round by hand), and the rounded
/// totals are the ones ranked, so two totals equal after rounding tie. The sum, average and evaluation columns are
/// never rounded.</para>
/// <para>Immutable (init-only properties validate their values, also through <c>with</c>); safe to share.</para>
/// </remarks>
public sealed record AggregationOptions
{
    private readonly IReadOnlyDictionary<Department, string>? _groups;
    private readonly AggregationMethod _method = AggregationMethod.Average;
    private readonly decimal _monthlyWeight = 0.8m;
    private readonly decimal _evaluationWeight = 0.2m;
    private readonly IReadOnlyDictionary<Department, decimal> _evaluations = ReadOnlyDictionary<Department, decimal>.Empty;
    private readonly int _minimumMonths = 1;
    private readonly int? _roundDecimals;
    private readonly RankingMethod _rankingMethod = RankingMethod.Competition;

    /// <summary>The default: the average of the monthly totals, ranked by competition (1, 1, 3), exact, every department assessed at least once ranked.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>The method; <see cref="AggregationMethod.Average"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AggregationMethod Method
    {
        get => _method;
        init => _method = Preconditions.CheckDefined(value);
    }

    /// <summary>For <see cref="AggregationMethod.Weighted"/>: the weight of the monthly average; default 0.8. Not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal MonthlyWeight
    {
        get => _monthlyWeight;
        init => _monthlyWeight = Preconditions.CheckNotNegative(value);
    }

    /// <summary>For <see cref="AggregationMethod.Weighted"/>: the weight of the evaluation score; default 0.2. Not negative.</summary>
    /// <remarks>The weights are not required to add up to 1: a scheme may weigh an evaluation out of 20 points by 1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal EvaluationWeight
    {
        get => _evaluationWeight;
        init => _evaluationWeight = Preconditions.CheckNotNegative(value);
    }

    /// <summary>
    /// For <see cref="AggregationMethod.Weighted"/>: the evaluation score (e.g. 年度综合评价) of each department, supplied by
    /// the host. Keys are resolved through the history's aliases, so a score given under a former name counts for the
    /// current department. A department without a score is listed apart (WS405); a score nobody uses is reported (WS407).
    /// Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<Department, decimal> Evaluations
    {
        get => _evaluations;
        init => _evaluations = new ReadOnlyDictionary<Department, decimal>(Preconditions.CheckNotNull(value).ToDictionary(kv => kv.Key, kv => kv.Value)); // a copy: the caller's dictionary may change later
    }

    /// <summary>
    /// The fewest months of the period a department must be assessed in to be ranked; default 1. A department assessed
    /// in fewer months is listed apart (WS404) with the months it has.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MinimumMonths
    {
        get => _minimumMonths;
        init => _minimumMonths = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// The number of decimals the final total is rounded to, once, half away from zero; null (default) for no rounding.
    /// See the type's remarks.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–28.</exception>
    public int? RoundDecimals
    {
        get => _roundDecimals;
        init => _roundDecimals = value is { } n ? Preconditions.CheckRange(n, 0, 28) : null;
    }

    /// <summary>How the aggregated totals are ranked; <see cref="RankingMethod.Competition"/> (1, 1, 3) by default, as a month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RankingMethod RankingMethod
    {
        get => _rankingMethod;
        init => _rankingMethod = Preconditions.CheckDefined(value);
    }

    /// <summary>
    /// Optional groups ranked on their own (e.g. <c>县</c> and <c>区</c>), keyed by the current department (after aliases);
    /// a department not in the map is in the group <c>""</c>. Null (default): one ranking for all.
    /// </summary>
    public IReadOnlyDictionary<Department, string>? Groups
    {
        get => _groups;
        init => _groups = value is null ? null : new ReadOnlyDictionary<Department, string>(value.ToDictionary(kv => kv.Key, kv => kv.Value)); // a copy
    }

    // Invariant ToString (the synthesized one prints decimals in the current culture).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder, (nameof(Method), Method), (nameof(MonthlyWeight), MonthlyWeight), (nameof(EvaluationWeight), EvaluationWeight), (nameof(MinimumMonths), MinimumMonths), (nameof(RoundDecimals), RoundDecimals), (nameof(RankingMethod), RankingMethod), (nameof(Evaluations), Evaluations.Count + " scores"), (nameof(Groups), Groups is null ? null : Groups.Count + " departments"));
}
