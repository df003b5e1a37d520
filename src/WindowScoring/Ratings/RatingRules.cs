namespace WindowScoring.Ratings;

/// <summary>
/// A hall's rules for its citizens' ratings (好差评): what the month's table counts and ranks by, the deadline for rectifying
/// a 差评, and how ratings become part of the month's score (<see cref="RatingScoring"/>): a level-to-points table averaged
/// into a component of a given weight (Guangxi: 10/8/6/3/0 into a 群众评议 component of 10), a deduction per counted 差评,
/// and a deduction per 差评 not rectified within <see cref="RectificationDays"/> working days.
/// </summary>
/// <remarks>
/// <para>A cap on the 差评 deductions (−2 each up to −10) is the <see cref="ScoringScheme.CategoryBudgets"/> entry of
/// <see cref="NegativeCategory"/> (<c>CategoryBudgets = { ["差评"] = 10 }</c>): rating-derived deductions are events of the
/// scheme, so its budgets, caps and floor apply to them exactly as to inspectors' events, and the breakdown shows the cut.</para>
/// <para>Immutable; the <c>init</c> setters check their values. Thread-safe.</para>
/// </remarks>
public sealed class RatingRules
{
    private readonly int _decimals = 2;
    private readonly int _days = 15;
    private readonly RatingRankCriterion _rankBy;
    private readonly IReadOnlyDictionary<RatingLevel, decimal>? _points;
    private readonly decimal _weight;
    private readonly decimal _negative;
    private readonly decimal _overdue;
    private readonly string _componentCategory = "群众评议";
    private readonly string _negativeCategory = "差评";
    private readonly string _overdueCategory = "差评整改";

    /// <summary>The defaults: default ratings counted, ranked by 满意率, rates shown with 2 decimals, 15 working days to
    /// rectify, no points.</summary>
    public static RatingRules Default { get; } = new();

    /// <summary>Guangxi's level points: 非常满意 10, 满意 8, 基本满意 6, 不满意 3, 非常不满意 0.</summary>
    public static IReadOnlyDictionary<RatingLevel, decimal> GuangxiPoints { get; } = new Dictionary<RatingLevel, decimal>
    {
        [RatingLevel.VerySatisfied] = 10m,
        [RatingLevel.Satisfied] = 8m,
        [RatingLevel.FairlySatisfied] = 6m,
        [RatingLevel.Dissatisfied] = 3m,
        [RatingLevel.VeryDissatisfied] = 0m,
    }.AsReadOnly();

    /// <summary>Whether default ratings (系统默认评价) count in the figures; true by default. Their number is always shown.</summary>
    public bool CountDefaultRatings { get; init; } = true;

    /// <summary>The decimals of a percentage shown (满意率 <c>87.50%</c>) and of the averaged component; 2 by default, 0 to 6.
    /// Rounding is half away from zero (四舍五入), once, for display (ranks compare exact fractions).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 6.</exception>
    public int Decimals
    {
        get => _decimals;
        init => _decimals = Preconditions.CheckRange(value, 0, 6);
    }

    /// <summary>What the table ranks by; 满意率 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RatingRankCriterion RankBy
    {
        get => _rankBy;
        init => _rankBy = Preconditions.CheckDefined(value);
    }

    /// <summary>The working days a 差评 has to be rectified, counted from the day after the rating; 15 by default, 0 to 366.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 366.</exception>
    public int RectificationDays
    {
        get => _days;
        init => _days = Preconditions.CheckRange(value, 0, 366);
    }

    /// <summary>Points per level, averaged over a department's counted ratings into the component (<see cref="ComponentWeight"/>):
    /// component = weight × Σ points / (highest points × counted), rounded to <see cref="Decimals"/> half away from zero; the
    /// shortfall from the weight is a deduction. Null (the default) for no component. Every level must have points, none
    /// negative, the highest above zero.</summary>
    /// <exception cref="ArgumentException">Set with a level missing, a negative value or no value above zero.</exception>
    public IReadOnlyDictionary<RatingLevel, decimal>? LevelPoints
    {
        get => _points;
        init
        {
            if (value is not null)
            {
                Preconditions.CheckArgument(Enum.GetValues<RatingLevel>().All(value.ContainsKey), "Every level needs points.", nameof(LevelPoints));
                Preconditions.CheckArgument(value.Values.All(v => v >= 0m) && value.Values.Any(v => v > 0m), "Points are not negative and some are above zero.", nameof(LevelPoints));
                value = value.ToDictionary(p => Preconditions.CheckDefined(p.Key), p => p.Value).AsReadOnly();
            }

            _points = value;
        }
    }

    /// <summary>The weight of the averaged component (the points it is worth in the base score, e.g. 10); not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set negative.</exception>
    public decimal ComponentWeight
    {
        get => _weight;
        init => _weight = Preconditions.CheckNotNegative(value);
    }

    /// <summary>The deduction per counted 差评 (e.g. 2); 0 for none. Capped by the scheme's budget of <see cref="NegativeCategory"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set negative.</exception>
    public decimal NegativeDeduction
    {
        get => _negative;
        init => _negative = Preconditions.CheckNotNegative(value);
    }

    /// <summary>The deduction per counted 差评 not rectified within <see cref="RectificationDays"/> working days (e.g. 1); 0 for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set negative.</exception>
    public decimal OverdueDeduction
    {
        get => _overdue;
        init => _overdue = Preconditions.CheckNotNegative(value);
    }

    /// <summary>The category of the component's shortfall (群众评议 by default).</summary>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string ComponentCategory
    {
        get => _componentCategory;
        init => _componentCategory = Preconditions.CheckNotBlank(value).Trim();
    }

    /// <summary>The category of the per-差评 deductions (差评 by default); its scheme budget is their cap.</summary>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string NegativeCategory
    {
        get => _negativeCategory;
        init => _negativeCategory = Preconditions.CheckNotBlank(value).Trim();
    }

    /// <summary>The category of the overdue deductions (差评整改 by default).</summary>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string OverdueCategory
    {
        get => _overdueCategory;
        init => _overdueCategory = Preconditions.CheckNotBlank(value).Trim();
    }

    /// <summary>An invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of(nameof(RatingRules),
        (nameof(CountDefaultRatings), CountDefaultRatings), (nameof(Decimals), Decimals), (nameof(RankBy), RankBy),
        (nameof(RectificationDays), RectificationDays), (nameof(ComponentWeight), ComponentWeight), (nameof(NegativeDeduction), NegativeDeduction),
        (nameof(OverdueDeduction), OverdueDeduction));
}
