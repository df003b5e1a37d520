using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace WindowScoring;

/// <summary>
/// The written assessment scheme (考核办法) as configuration: the base score, optional caps and floor,
/// an optional step that every figure must be a multiple of, and how totals are ranked.
/// </summary>
/// <remarks>
/// <para>Order of application when scoring (<see cref="Score"/>): the bonus cap cuts the bonus sum,
/// then the total (base − deduction + counted bonus) is cut to the total cap, then raised to the floor.
/// An assessment keeps its raw figures; the result says which limits applied.</para>
/// <para>The <see cref="Step"/> is a validation rule only: no figure is ever rounded to it.</para>
/// <para>Immutable (init-only properties validate their values) and safe to share between threads.
/// Cross-property consistency (floor ≤ cap, cap ≥ base, …) is checked by <see cref="Validate"/>, by the engine, by
/// the Validation wing's <c>ScoringSchemeValidator</c> and by the JSON loader, all by the same rules.</para>
/// </remarks>
public sealed class ScoringScheme
{
    private readonly decimal _baseScore = 100m;
    private readonly decimal? _bonusCap;
    private readonly decimal? _step;
    private readonly int? _displayDecimals;
    private readonly RankingMethod _rankingMethod = RankingMethod.Competition;
    private readonly ReadOnlyCollection<AssessmentRule> _rules = ReadOnlyCollection<AssessmentRule>.Empty;
    private readonly FrozenDictionary<string, AssessmentRule> _rulesById = FrozenDictionary<string, AssessmentRule>.Empty;
    private readonly FrozenDictionary<string, decimal> _budgets = FrozenDictionary<string, decimal>.Empty;
    private readonly ReadOnlyCollection<GradeBand> _grades = ReadOnlyCollection<GradeBand>.Empty;
    private readonly ReadOnlyCollection<HonourRule> _honours = ReadOnlyCollection<HonourRule>.Empty;
    private readonly FrozenDictionary<string, decimal> _groupBases = FrozenDictionary<string, decimal>.Empty;

    /// <summary>The default scheme, in the shape of the Sichuan provincial hall's table: base 100, no caps, competition ranks.</summary>
    public static ScoringScheme Default { get; } = new();

    /// <summary>The base score (基础分, full marks) every department starts from; default 100; must be greater than zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public decimal BaseScore
    {
        get => _baseScore;
        init => _baseScore = Preconditions.CheckPositive(value);
    }

    /// <summary>Optional cap on the bonus sum (加分上限), e.g. 20; null for none. Not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? BonusCap
    {
        get => _bonusCap;
        init => _bonusCap = value is { } v ? Preconditions.CheckNotNegative(v) : null;
    }

    /// <summary>Optional cap on the total (总分上限), e.g. 110; null for none.</summary>
    public decimal? TotalCap { get; init; }

    /// <summary>Optional floor on the total (不低于), e.g. 0; null for none (扣分不封顶).</summary>
    public decimal? TotalFloor { get; init; }

    /// <summary>Optional step, e.g. 0.5, that every base, deduction and bonus must be a multiple of; a validation rule, never a rounding.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public decimal? Step
    {
        get => _step;
        init => _step = value is { } v ? Preconditions.CheckPositive(v) : null;
    }

    /// <summary>
    /// How many decimals the scheme's tables print (e.g. 2 when the hall publishes <c>145.20</c>); null (default) for the
    /// shortest exact form (<c>145.2</c>, <c>-12</c>, <c>4.5</c>). Writers print every score of a table with this many
    /// decimals, rounding half away from zero (四舍五入) when a figure has more; averages of aggregated tables are rounded to
    /// it, or to 2 decimals when it is null. Display only: no score is ever stored rounded. See <see cref="ScoreText.FormatDisplay"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–28.</exception>
    public int? DisplayDecimals
    {
        get => _displayDecimals;
        init => _displayDecimals = value is { } n ? Preconditions.CheckRange(n, 0, 28, nameof(DisplayDecimals)) : null;
    }

    /// <summary>The scheme's name, e.g. 四川省政务服务大厅窗口考核办法（2023年修订）; optional.</summary>
    public string? Name { get; init; }

    /// <summary>The first day the scheme is in force; <see cref="DateOnly.MinValue"/> (always) by default. See <see cref="SchemeSet"/>.</summary>
    public DateOnly EffectiveFrom { get; init; } = DateOnly.MinValue;

    /// <summary>The rule catalogue (考核细则); identifiers are unique (ordinal).</summary>
    /// <exception cref="ArgumentException">Set with two rules of the same identifier, or a null rule.</exception>
    public IReadOnlyList<AssessmentRule> Rules
    {
        get => _rules;
        init
        {
            var rules = Preconditions.CheckNotNull(value).ToArray();
            var byId = new Dictionary<string, AssessmentRule>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                Preconditions.CheckArgument(rule is not null, "A rule is null.", nameof(Rules));
                Preconditions.CheckArgument(byId.TryAdd(rule!.Id, rule), $"Two rules have the identifier '{rule.Id}'.", nameof(Rules));
            }

            _rules = Array.AsReadOnly(rules);
            _rulesById = byId.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Budgets of deduction points per category: deductions in a category stop at its budget (扣完为止，不计负分);
    /// a category without a budget has no limit (扣分不封顶). Budgets are not negative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget is negative.</exception>
    public IReadOnlyDictionary<string, decimal> CategoryBudgets
    {
        get => _budgets;
        init
        {
            var budgets = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (category, budget) in Preconditions.CheckNotNull(value))
            {
                budgets.Add(category, Preconditions.CheckNotNegative(budget, nameof(CategoryBudgets)));
            }

            _budgets = budgets.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>Grade bands, e.g. ≥110 优秀, ≥100 良好, ≥90 合格, below 不合格 (a band with the least total). Kept highest first.</summary>
    public IReadOnlyList<GradeBand> Grades
    {
        get => _grades;
        init
        {
            var grades = Preconditions.CheckNotNull(value).ToArray();
            Preconditions.CheckArgument(grades.All(g => g is not null && !string.IsNullOrWhiteSpace(g.Name)), "A grade band is null or has no name.", nameof(Grades));
            _grades = Array.AsReadOnly(grades.OrderByDescending(g => g.MinTotal).ToArray());
        }
    }

    /// <summary>Honours and lists given each period, e.g. 5 red-flag windows (红旗窗口), a black list of 5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An honour has a count below 1.</exception>
    public IReadOnlyList<HonourRule> Honours
    {
        get => _honours;
        init
        {
            var honours = Preconditions.CheckNotNull(value).ToArray();
            foreach (var h in honours)
            {
                Preconditions.CheckArgument(h is not null && !string.IsNullOrWhiteSpace(h.Title), "An honour is null or has no title.", nameof(Honours));
                Preconditions.CheckRange(h!.Count, 1, int.MaxValue, nameof(Honours));
                Preconditions.CheckDefined(h.Side, nameof(Honours));
            }

            _honours = Array.AsReadOnly(honours);
        }
    }

    /// <summary>
    /// Full marks of groups that differ from <see cref="BaseScore"/>, e.g. { "县": 150 } when counties are assessed out of
    /// 150 and districts out of 100 in one table. Groups are ranked separately. Values greater than zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A base score is zero or less.</exception>
    public IReadOnlyDictionary<string, decimal> GroupBaseScores
    {
        get => _groupBases;
        init
        {
            var bases = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (group, baseScore) in Preconditions.CheckNotNull(value))
            {
                bases.Add(group, Preconditions.CheckPositive(baseScore, nameof(GroupBaseScores)));
            }

            _groupBases = bases.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>The base score (full marks) of <paramref name="group"/>: its entry in <see cref="GroupBaseScores"/>, else <see cref="BaseScore"/>.</summary>
    /// <param name="group">A group, or null for the table's single group.</param>
    /// <returns>The base score.</returns>
    public decimal BaseScoreFor(string? group) => group is not null && _groupBases.TryGetValue(group, out var b) ? b : BaseScore;

    /// <summary>Looks up the rule with <paramref name="id"/> in the catalogue.</summary>
    /// <param name="id">The rule's identifier (ordinal).</param>
    /// <param name="rule">The rule when the catalogue has one with that identifier; otherwise null.</param>
    /// <returns>True when the catalogue has a rule with that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetRule(string id, [MaybeNullWhen(false)] out AssessmentRule rule) =>
        _rulesById.TryGetValue(Preconditions.CheckNotNull(id), out rule);

    /// <summary>The rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule's identifier (ordinal).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no rule with that identifier; see <see cref="TryGetRule"/>.</exception>
    public AssessmentRule this[string id] =>
        TryGetRule(id, out var rule) ? rule : throw new KeyNotFoundException($"The scheme has no rule '{id}'.");

    /// <summary>The grade of a total: the name of the highest band whose least total it reaches; null when no band applies.</summary>
    /// <param name="total">A total.</param>
    /// <returns>The grade, or null.</returns>
    public string? Grade(decimal total) => _grades.FirstOrDefault(g => total >= g.MinTotal)?.Name;

    /// <summary>
    /// The grade of a total in <paramref name="group"/>: the bands are for <see cref="BaseScore"/>, so for a group with other
    /// full marks they scale with them (≥90 of 100 becomes ≥135 of 150).
    /// </summary>
    /// <param name="total">A total.</param>
    /// <param name="group">The group, or null for the table's single group.</param>
    /// <returns>The grade, or null.</returns>
    public string? Grade(decimal total, string? group)
    {
        var groupBase = BaseScoreFor(group);
        return groupBase == BaseScore ? Grade(total) : _grades.FirstOrDefault(g => Reaches(total, g.MinTotal, groupBase))?.Name;
    }

    // total / groupBase ≥ min / BaseScore, exactly (cross-multiplied), falling back to division only beyond decimal range.
    private bool Reaches(decimal total, decimal min, decimal groupBase)
    {
        try
        {
            return total * BaseScore >= min * groupBase;
        }
        catch (OverflowException)
        {
            return total / groupBase >= min / BaseScore;
        }
    }

    /// <summary>How totals are ranked; <see cref="RankingMethod.Competition"/> (1, 1, 3) by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RankingMethod RankingMethod
    {
        get => _rankingMethod;
        init => _rankingMethod = Preconditions.CheckDefined(value);
    }

    /// <summary>
    /// Scores an assessment under this scheme: bonus cap, then total cap, then floor. A score-only
    /// assessment (no breakdown) is subject to the total cap and floor only.
    /// </summary>
    /// <param name="assessment">An assessment.</param>
    /// <returns>The raw total, the counted bonus, the final total and the limits that applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public ScoredTotal Score(Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        var raw = assessment.Total;
        var limits = ScoreLimits.None;
        decimal? countedBonus = null;
        var total = raw;
        if (assessment.HasBreakdown)
        {
            var bonus = assessment.Bonus!.Value;
            if (BonusCap is { } cap && bonus > cap)
            {
                bonus = cap;
                limits |= ScoreLimits.BonusCap;
            }

            countedBonus = bonus;
            total = ScoreArithmetic.Total(assessment.BaseScore!.Value, assessment.Deduction!.Value, bonus);
        }

        if (TotalCap is { } totalCap && total > totalCap)
        {
            total = totalCap;
            limits |= ScoreLimits.TotalCap;
        }

        if (TotalFloor is { } floor && total < floor)
        {
            total = floor;
            limits |= ScoreLimits.TotalFloor;
        }

        return new ScoredTotal(raw, countedBonus, total, limits);
    }

    /// <summary>
    /// Checks that the settings agree with each other, by the same rules as the Validation wing's
    /// <c>ScoringSchemeValidator</c> and the JSON loader: the total floor is not above the total cap (WS210), the total cap is not below the base score
    /// (WS211), the total floor is not above the base score (WS212), and the base score is a multiple of the step (WS213).
    /// </summary>
    /// <remarks>
    /// Single settings are checked by their init setters; these rules concern two settings at once, so they are checked
    /// here, once the scheme is complete. <see cref="ScoringEngine"/> calls this when it is created.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The settings contradict each other; the message gives every problem with its code (in English), the parameter
    /// name the property of the first.
    /// </exception>
    public void Validate()
    {
        var problems = SchemeConsistency.Check(this, System.Globalization.CultureInfo.InvariantCulture);
        Preconditions.CheckArgument(problems.Count == 0, string.Join(" ", problems.Select(d => d.Code + ": " + d.Message)), problems.Count > 0 ? problems[0].Column! : string.Empty);
    }

    /// <summary>An invariant summary, e.g. <c>base 100, bonus cap 20, competition</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var parts = new List<string> { "base " + ScoreText.Format(BaseScore) };
        if (BonusCap is { } b)
        {
            parts.Add("bonus cap " + ScoreText.Format(b));
        }

        if (TotalCap is { } t)
        {
            parts.Add("total cap " + ScoreText.Format(t));
        }

        if (TotalFloor is { } f)
        {
            parts.Add("floor " + ScoreText.Format(f));
        }

        if (Step is { } s)
        {
            parts.Add("step " + ScoreText.Format(s));
        }

        if (DisplayDecimals is { } n)
        {
            parts.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimals");
        }

        parts.Add(RankingMethod.ToString().ToLowerInvariant());
        return string.Join(", ", parts);
    }
}
