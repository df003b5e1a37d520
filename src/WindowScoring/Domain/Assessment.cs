namespace WindowScoring;

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
/// <c>114.5</c>); caps and floors of a <see cref="ScoringScheme"/> are applied when scoring and never
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
        : this(department, Shape.Breakdown, baseScore, deduction, bonus, total, null)
    {
        System.Diagnostics.Debug.Assert(baseScore >= 0m && deduction >= 0m && bonus >= 0m, "Checked figures.");
        System.Diagnostics.Debug.Assert(decimal.GetBits(total).AsSpan().SequenceEqual(decimal.GetBits(baseScore - deduction + bonus)), "The total of the figures.");
    }

    private Assessment(Department department, Shape shape, decimal baseScore, decimal deduction, decimal bonus, decimal total, string? reason)
    {
        Department = department;
        var layout = 0u;
        var fit = Pack(baseScore, 0, ref layout, out _base)
            & Pack(deduction, 1, ref layout, out _deduction)
            & Pack(bonus, 2, ref layout, out _bonus)
            & Pack(total, 3, ref layout, out _total);
        _layout = fit ? layout | Compact : 0;
        _tag = Tag.Of(shape, null, reason, fit ? null : new Figures(baseScore, deduction, bonus, total));
    }

    private Assessment(Assessment other)
    {
        Department = other.Department;
        _tag = other._tag;
        _layout = other._layout;
        _base = other._base;
        _deduction = other._deduction;
        _bonus = other._bonus;
        _total = other._total;
    }

    // How an assessment is stored (56 bytes; a national table holds millions of them):
    // - each figure whose digits fit in 32 bits (every figure of a hall) is kept as those digits, with its scale and sign
    //   in _layout, and made into the same decimal again on access (digits, scale and sign);
    // - when a figure does not fit, all four are kept as decimals in the tag;
    // - the shape, group and reason are in the tag too, which is null for the usual row (a breakdown in the table's
    //   single group, with figures that fit).
    private enum Shape : byte
    {
        Breakdown,
        TotalOnly,
        NotAssessed,
    }

    private readonly record struct Figures(decimal Base, decimal Deduction, decimal Bonus, decimal Total);

    private sealed class Tag(Shape shape, string? group, string? reason, Figures? wide)
    {
        private static readonly Tag TotalOnly = new(Shape.TotalOnly, null, null, null);
        private static readonly Tag NotAssessed = new(Shape.NotAssessed, null, null, null);

        internal Shape Shape { get; } = shape;

        internal string? Group { get; } = group;

        internal string? Reason { get; } = reason;

        internal Figures? Wide { get; } = wide;

        // Null for a breakdown with nothing else to keep; shared tags for the other shapes with nothing else to keep.
        internal static Tag? Of(Shape shape, string? group, string? reason, Figures? wide) => (group, reason, wide) is (null, null, null)
            ? shape switch
            {
                Shape.Breakdown => null,
                Shape.TotalOnly => TotalOnly,
                _ => NotAssessed,
            }
            : new Tag(shape, group, reason, wide);
    }

    private const uint Compact = 1u << 31; // in _layout: the figures are kept as digits
    private const int ScaleBits = 5;
    private const uint SignBit = 1u << ScaleBits;

    private readonly uint _base;
    private readonly uint _deduction;
    private readonly uint _bonus;
    private readonly uint _total;
    private readonly uint _layout; // 6 bits per figure (5 for the scale, 1 for the sign), and the Compact flag
    private readonly Tag? _tag;

    private Shape Kind => _tag?.Shape ?? Shape.Breakdown;

    // Puts the scale and sign of the figure at index into layout and its low 32 bits of digits into digits; true when those
    // are all of its digits.
    private static bool Pack(decimal value, int index, ref uint layout, out uint digits)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        digits = (uint)bits[0];
        layout |= Layout((bits[3] >> 16) & 0x1F, bits[3] < 0, index);
        return (bits[1] | bits[2]) == 0;
    }

    private decimal Figure(uint digits, int index)
    {
        var bits = _layout >> (index * (ScaleBits + 1));
        return new decimal((int)digits, 0, 0, (bits & SignBit) != 0, (byte)(bits & 0x1F));
    }

    private decimal BaseValue => (_layout & Compact) != 0 ? Figure(_base, 0) : _tag!.Wide!.Value.Base;

    private decimal DeductionValue => (_layout & Compact) != 0 ? Figure(_deduction, 1) : _tag!.Wide!.Value.Deduction;

    private decimal BonusValue => (_layout & Compact) != 0 ? Figure(_bonus, 2) : _tag!.Wide!.Value.Bonus;

    private decimal TotalValue => (_layout & Compact) != 0 ? Figure(_total, 3) : _tag!.Wide!.Value.Total;

    /// <summary>
    /// An assessment with a breakdown whose figures a reader has parsed as short numbers (at most 18 digits each, so
    /// base − deduction + bonus is always within decimal's range) and knows to be non-negative: the
    /// same assessment as <c>new Assessment(department, b, d, p)</c> of their decimals, kept as digits straight away when the
    /// integer total is exact (<see cref="ShortNumber.TryAddSubtract"/>) and every figure fits.
    /// </summary>
    internal static Assessment FromShortFigures(Department department, ShortNumber baseScore, ShortNumber deduction, ShortNumber bonus)
    {
        var layout = 0u;
        if (ShortNumber.TryAddSubtract(baseScore, deduction, bonus, out var total)
            & Fits(baseScore, 0, ref layout) & Fits(deduction, 1, ref layout) & Fits(bonus, 2, ref layout) & Fits(total, 3, ref layout))
        {
            return new Assessment(department, (uint)baseScore.Mantissa, (uint)deduction.Mantissa, (uint)bonus.Mantissa, (uint)ShortNumber.Magnitude(total.Mantissa), layout | Compact);
        }

        var (b, d, p) = (baseScore.ToDecimal(), deduction.ToDecimal(), bonus.ToDecimal());
        return new Assessment(department, b, d, p, b - d + p);
    }

    // Puts the scale and sign of a short number at index into layout; true when its digits fit in 32 bits.
    private static bool Fits(ShortNumber n, int index, ref uint layout)
    {
        layout |= Layout(n.Scale, n.Mantissa < 0, index);
        return ShortNumber.Magnitude(n.Mantissa) <= uint.MaxValue;
    }

    // The scale and sign of the figure at index, in its six bits of _layout.
    private static uint Layout(int scale, bool negative, int index) => ((uint)scale | (negative ? SignBit : 0)) << (index * (ScaleBits + 1));

    private Assessment(Department department, uint baseScore, uint deduction, uint bonus, uint total, uint layout)
    {
        Department = department;
        (_base, _deduction, _bonus, _total, _layout) = (baseScore, deduction, bonus, total, layout);
    }

    /// <summary>A copy in <paramref name="group"/> (see <see cref="Group"/>).</summary>
    internal Assessment InGroup(string? group) => string.IsNullOrEmpty(group) ? this : new Assessment(this) { Group = group };

    /// <summary>Creates an assessment known only by its total (a score-only table).</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="total">The total (实得分值); any value, negative included.</param>
    /// <returns>An assessed department with no breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment FromTotal(Department department, decimal total) =>
        new(Preconditions.CheckNotNull(department), Shape.TotalOnly, 0m, 0m, 0m, total, null);

    /// <summary>Marks a department as not assessed in the period (new, exempt, below a workload threshold).</summary>
    /// <param name="department">The department.</param>
    /// <param name="reason">Why it was not assessed, e.g. "新进驻" (newly moved in); optional.</param>
    /// <returns>A not-assessed entry; it has no figures and is never ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment NotAssessed(Department department, string? reason = null) =>
        new(Preconditions.CheckNotNull(department), Shape.NotAssessed, 0m, 0m, 0m, 0m, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());

    /// <summary>The department assessed.</summary>
    public Department Department { get; }

    /// <summary>Whether the department was assessed.</summary>
    public AssessmentStatus Status => Kind == Shape.NotAssessed ? AssessmentStatus.NotAssessed : AssessmentStatus.Assessed;

    /// <summary>True when the department was assessed and so can be ranked.</summary>
    public bool IsAssessed => Kind != Shape.NotAssessed;

    /// <summary>True when <see cref="BaseScore"/>, <see cref="Deduction"/> and <see cref="Bonus"/> are known.</summary>
    public bool HasBreakdown => Kind == Shape.Breakdown;

    /// <summary>The base score (基础分); null for a score-only or not-assessed entry.</summary>
    public decimal? BaseScore => Kind == Shape.Breakdown ? BaseValue : null;

    /// <summary>The deduction (减分) as a non-negative magnitude; null for a score-only or not-assessed entry.</summary>
    public decimal? Deduction => Kind == Shape.Breakdown ? DeductionValue : null;

    /// <summary>The bonus (加分); null for a score-only or not-assessed entry.</summary>
    public decimal? Bonus => Kind == Shape.Breakdown ? BonusValue : null;

    /// <summary>
    /// The raw total (实得分值): base − deduction + bonus, exact and unrounded, before any cap or floor of a
    /// scheme; or the published total of a score-only entry; null when not assessed.
    /// </summary>
    public decimal? Total => Kind == Shape.NotAssessed ? null : TotalValue;

    /// <summary>
    /// The group the department is ranked in when one table holds groups with their own full marks (e.g. 县 counties
    /// out of 150 and 区 districts out of 100); null for the table's single group. Groups are ranked separately.
    /// </summary>
    public string? Group
    {
        get => _tag?.Group;
        init => _tag = Tag.Of(Kind, value, NotAssessedReason, _tag?.Wide);
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
