namespace WindowScoring;

/// <summary>
/// One item of a hall's rule catalogue (考核细则): e.g. "迟到早退 每人次扣0.5分" or "酌情扣3–5分".
/// </summary>
/// <remarks>
/// <para>Points are magnitudes: the <see cref="Kind"/> says whether they are deducted or added. A fixed rule has
/// <see cref="MinPoints"/> = <see cref="MaxPoints"/>; a range rule lets the assessor choose a value within it.
/// Points are per <see cref="Unit"/>: an event's points are its value times its quantity.</para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class AssessmentRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable identifier, e.g. <c>JL-01</c>; not blank.</param>
    /// <param name="category">The category, e.g. 纪律作风 (discipline), 服务质量 (service quality), 办件管理 (case handling); not blank.</param>
    /// <param name="kind">Deduction or bonus.</param>
    /// <param name="minPoints">The points of a fixed rule, or the least of a range; not negative.</param>
    /// <param name="maxPoints">The most of a range; null (or equal to <paramref name="minPoints"/>) for a fixed rule.</param>
    /// <param name="unit">What one unit of quantity is.</param>
    /// <param name="secondaryShare">
    /// The share of a window's deduction that the chief representative (首席代表) also loses, e.g. 0.5; null for none.
    /// Between 0 and 1.
    /// </param>
    /// <param name="veto">True for a veto (一票否决): a window with an approved event under this rule cannot receive honours.</param>
    /// <param name="description">The rule's text, e.g. 迟到早退; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or the maximum is below the minimum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Points are negative, the share is outside 0–1, or an enum is undefined.</exception>
    public AssessmentRule(
        string id,
        string category,
        RuleKind kind,
        decimal minPoints,
        decimal? maxPoints = null,
        RuleUnit unit = RuleUnit.PerOccurrence,
        decimal? secondaryShare = null,
        bool veto = false,
        string? description = null)
    {
        Id = Preconditions.CheckNotBlank(id).Trim();
        Category = Preconditions.CheckNotBlank(category).Trim();
        Kind = Preconditions.CheckDefined(kind);
        MinPoints = Preconditions.CheckNotNegative(minPoints);
        MaxPoints = maxPoints ?? minPoints;
        Preconditions.CheckArgument(MaxPoints >= MinPoints, $"The maximum {ScoreText.Format(MaxPoints)} is below the minimum {ScoreText.Format(MinPoints)}.", nameof(maxPoints));
        Unit = Preconditions.CheckDefined(unit);
        SecondaryShare = secondaryShare is { } share ? Preconditions.CheckRange(share, 0m, 1m, nameof(secondaryShare)) : null;
        Veto = veto;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The category; a scheme may give a category a budget.</summary>
    public string Category { get; }

    /// <summary>Deduction or bonus.</summary>
    public RuleKind Kind { get; }

    /// <summary>The points of a fixed rule, or the least of a range (per unit).</summary>
    public decimal MinPoints { get; }

    /// <summary>The points of a fixed rule, or the most of a range (per unit).</summary>
    public decimal MaxPoints { get; }

    /// <summary>True when the rule has one value (<see cref="MinPoints"/> = <see cref="MaxPoints"/>).</summary>
    public bool IsFixed => MinPoints == MaxPoints;

    /// <summary>What one unit of quantity is.</summary>
    public RuleUnit Unit { get; }

    /// <summary>The share of a window's deduction the chief representative also loses; null for none.</summary>
    public decimal? SecondaryShare { get; }

    /// <summary>True for a veto (一票否决).</summary>
    public bool Veto { get; }

    /// <summary>The rule's text, when given.</summary>
    public string? Description { get; }

    /// <summary>True when <paramref name="value"/> lies within the rule's range (inclusive).</summary>
    /// <param name="value">A chosen value per unit.</param>
    /// <returns>Whether the value is allowed.</returns>
    public bool Allows(decimal value) => value >= MinPoints && value <= MaxPoints;

    /// <summary>An invariant summary, e.g. <c>JL-01 纪律作风 deduction 0.5 per person-time</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Id} {Category} {Kind.ToString().ToLowerInvariant()} {(IsFixed ? ScoreText.Format(MinPoints) : ScoreText.Format(MinPoints) + "–" + ScoreText.Format(MaxPoints))} {Unit}";
}
