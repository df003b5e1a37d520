namespace WindowScoring.Domain;

/// <summary>
/// One department's assessment (考核) for the period of the table that holds it:
/// <c>total (实得分值) = base (基础分) − deduction (减分) + bonus (加分)</c>, all exact <see cref="decimal"/>s.
/// </summary>
/// <remarks>
/// <para>Three shapes exist: a full breakdown (<see cref="Assessment(Department, decimal, decimal, decimal)"/>),
/// a published total without a breakdown (<see cref="FromTotal"/>, as hotline and county tables print them),
/// and "not assessed" (<see cref="NotAssessed"/>): a department with nothing to assess is listed apart,
/// never ranked and never treated as 100.</para>
/// <para>The deduction is stored as a non-negative magnitude; published tables print it as a negative
/// number (<c>-12.5</c>). Figures are kept exactly as given (<c>114.50</c> keeps its scale but equals
/// <c>114.5</c>); caps and floors of a <see cref="Scoring.ScoringScheme"/> are applied when scoring and never
/// change these raw figures.</para>
/// <para>Immutable and safe to share between threads. Equality compares the department, the status
/// and the figures by value (<c>114.50 == 114.5</c>).</para>
/// </remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    /// <summary>Creates an assessment with a full breakdown.</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="baseScore">The base score (基础分), usually 100; not negative.</param>
    /// <param name="deduction">The deduction (减分) as a non-negative magnitude: pass 12.5 for a printed -12.5.</param>
    /// <param name="bonus">The bonus (加分); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    /// <exception cref="OverflowException">base − deduction + bonus is beyond the range of <see cref="decimal"/> (figures near 7.9e28).</exception>
    public Assessment(Department department, decimal baseScore, decimal deduction, decimal bonus)
        : this(Preconditions.CheckNotNull(department), Preconditions.CheckNotNegative(baseScore), Preconditions.CheckNotNegative(deduction), Preconditions.CheckNotNegative(bonus), baseScore - deduction + bonus)
    {
    }

    // The figures are known to be non-negative and the total to be base − deduction + bonus (checked and computed by the
    // public constructor, or by a reader that parsed them).
    private Assessment(Department department, decimal baseScore, decimal deduction, decimal bonus, decimal total)
    {
        System.Diagnostics.Debug.Assert(baseScore >= 0m && deduction >= 0m && bonus >= 0m, "Checked figures.");
        System.Diagnostics.Debug.Assert(decimal.GetBits(total).AsSpan().SequenceEqual(decimal.GetBits(baseScore - deduction + bonus)), "The total of the figures.");
        Department = department;
        _base = baseScore;
        _deduction = deduction;
        _bonus = bonus;
        _total = total;
    }

    private Assessment(Department department, decimal total, Shape shape, string? reason)
    {
        Department = department;
        _total = total;
        _tag = Tag.Of(shape, null, reason);
    }

    private Assessment(Assessment other)
    {
        Department = other.Department;
        _tag = other._tag;
        _base = other._base;
        _deduction = other._deduction;
        _bonus = other._bonus;
        _total = other._total;
    }

    // The figures are stored as plain decimals rather than as four decimal? (24 bytes each), and the shape, group and
    // reason in one tag that is null for the usual row (a breakdown in the table's single group): a national table holds
    // millions of assessments, and this keeps each one 48 bytes smaller (96 bytes in all).
    private enum Shape : byte
    {
        Breakdown,
        TotalOnly,
        NotAssessed,
    }

    private sealed class Tag(Shape shape, string? group, string? reason)
    {
        private static readonly Tag TotalOnly = new(Shape.TotalOnly, null, null);
        private static readonly Tag NotAssessed = new(Shape.NotAssessed, null, null);

        internal Shape Shape { get; } = shape;

        internal string? Group { get; } = group;

        internal string? Reason { get; } = reason;

        // Null for a breakdown with no group and no reason; shared tags for the other shapes without them.
        internal static Tag? Of(Shape shape, string? group, string? reason) => (group, reason) is (null, null)
            ? shape switch
            {
                Shape.Breakdown => null,
                Shape.TotalOnly => TotalOnly,
                _ => NotAssessed,
            }
            : new Tag(shape, group, reason);
    }

    private readonly decimal _base;
    private readonly decimal _deduction;
    private readonly decimal _bonus;
    private readonly decimal _total;
    private readonly Tag? _tag;

    private Shape Kind => _tag?.Shape ?? Shape.Breakdown;

    /// <summary>
    /// An assessment with a breakdown whose figures a reader has parsed and knows to be non-negative, with
    /// <paramref name="total"/> equal to base − deduction + bonus as decimal arithmetic gives it (digits, scale and sign).
    /// </summary>
    internal static Assessment FromCheckedFigures(Department department, decimal baseScore, decimal deduction, decimal bonus, decimal total) =>
        new(department, baseScore, deduction, bonus, total);

    /// <summary>A copy in <paramref name="group"/> (see <see cref="Group"/>).</summary>
    internal Assessment InGroup(string? group) => string.IsNullOrEmpty(group) ? this : new Assessment(this) { Group = group };

    /// <summary>Creates an assessment known only by its total (a score-only table).</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="total">The total (实得分值); any value, negative included.</param>
    /// <returns>An assessed department with no breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment FromTotal(Department department, decimal total) =>
        new(Preconditions.CheckNotNull(department), total, Shape.TotalOnly, null);

    /// <summary>Marks a department as not assessed in the period (new, exempt, below a workload threshold).</summary>
    /// <param name="department">The department.</param>
    /// <param name="reason">Why it was not assessed, e.g. "新进驻" (newly moved in); optional.</param>
    /// <returns>A not-assessed entry; it has no figures and is never ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment NotAssessed(Department department, string? reason = null) =>
        new(Preconditions.CheckNotNull(department), 0m, Shape.NotAssessed, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());

    /// <summary>The department assessed.</summary>
    public Department Department { get; }

    /// <summary>Whether the department was assessed.</summary>
    public AssessmentStatus Status => Kind == Shape.NotAssessed ? AssessmentStatus.NotAssessed : AssessmentStatus.Assessed;

    /// <summary>True when the department was assessed and so can be ranked.</summary>
    public bool IsAssessed => Kind != Shape.NotAssessed;

    /// <summary>True when <see cref="BaseScore"/>, <see cref="Deduction"/> and <see cref="Bonus"/> are known.</summary>
    public bool HasBreakdown => Kind == Shape.Breakdown;

    /// <summary>The base score (基础分); null for a score-only or not-assessed entry.</summary>
    public decimal? BaseScore => Kind == Shape.Breakdown ? _base : null;

    /// <summary>The deduction (减分) as a non-negative magnitude; null for a score-only or not-assessed entry.</summary>
    public decimal? Deduction => Kind == Shape.Breakdown ? _deduction : null;

    /// <summary>The bonus (加分); null for a score-only or not-assessed entry.</summary>
    public decimal? Bonus => Kind == Shape.Breakdown ? _bonus : null;

    /// <summary>
    /// The raw total (实得分值): base − deduction + bonus, exact and unrounded, before any cap or floor of a
    /// scheme; or the published total of a score-only entry; null when not assessed.
    /// </summary>
    public decimal? Total => Kind == Shape.NotAssessed ? null : _total;

    /// <summary>
    /// The group the department is ranked in when one table holds groups with their own full marks (e.g. 县 counties
    /// out of 150 and 区 districts out of 100); null for the table's single group. Groups are ranked separately.
    /// </summary>
    public string? Group
    {
        get => _tag?.Group;
        init => _tag = Tag.Of(Kind, value, NotAssessedReason);
    }

    /// <summary>Why the department was not assessed, when given.</summary>
    public string? NotAssessedReason => _tag?.Reason;

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null
        && Department.Equals(other.Department)
        && Status == other.Status
        && BaseScore == other.BaseScore
        && Deduction == other.Deduction
        && Bonus == other.Bonus
        && Total == other.Total
        && string.Equals(Group, other.Group, StringComparison.Ordinal)
        && string.Equals(NotAssessedReason, other.NotAssessedReason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Department, Status, BaseScore, Deduction, Bonus, Total);

    /// <summary>Value equality (see <see cref="Equals(Assessment?)"/>).</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Assessment? left, Assessment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Assessment? left, Assessment? right) => !(left == right);

    /// <summary>An invariant one-line summary, e.g. <c>教育厅: 100 - 12 + 1 = 89</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Status == AssessmentStatus.NotAssessed
        ? $"{Department.Name}: not assessed{(NotAssessedReason is null ? string.Empty : " (" + NotAssessedReason + ")")}"
        : HasBreakdown
            ? $"{Department.Name}: {ScoreText.Format(BaseScore!.Value)} - {ScoreText.Format(Deduction!.Value)} + {ScoreText.Format(Bonus!.Value)} = {ScoreText.Format(Total!.Value)}"
            : $"{Department.Name}: {ScoreText.Format(Total!.Value)}";
}
