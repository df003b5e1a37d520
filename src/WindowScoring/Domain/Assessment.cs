namespace WindowScoring;

/// <summary>
/// One department's assessment (考核) for the period of the table that holds it:
/// <c>total (实得分值) = base (基础分) − deduction (减分) + bonus (加分)</c>, all exact <see cref="decimal"/>s.
/// </summary>
/// <remarks>
/// <para>Two shapes exist: a full breakdown (<see cref="Assessment(Department, decimal, decimal, decimal)"/>) and
/// a published total without a breakdown (<see cref="FromTotal"/>, as hotline and county tables print them);
/// <see cref="HasBreakdown"/> says which. Either way an assessment has a <see cref="Total"/>. A department with
/// nothing to assess is not an assessment but a <see cref="NotAssessedEntry"/>: listed apart, never ranked and
/// never treated as 100.</para>
/// <para>The deduction is stored as a non-negative magnitude; published tables print it as a negative
/// number (<c>-12.5</c>). Figures are kept exactly as given (<c>114.50</c> keeps its scale but equals
/// <c>114.5</c>); caps and floors of a <see cref="ScoringScheme"/> are applied when scoring and never
/// change these raw figures.</para>
/// <para>Immutable and safe to share between threads. Equality compares the department, the figures
/// by value (<c>114.50 == 114.5</c>) and the group.</para>
/// </remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    private readonly string? _group;
    private readonly decimal _baseScore, _deduction, _bonus; // zero without a breakdown: the properties say null then
    private readonly IReadOnlyList<KeyValuePair<string, string>> _extras = [];

    /// <summary>Creates an assessment with a full breakdown.</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="baseScore">The base score (基础分), usually 100; not negative.</param>
    /// <param name="deduction">The deduction (减分) as a non-negative magnitude: pass 12.5 for a printed -12.5.</param>
    /// <param name="bonus">The bonus (加分); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    /// <exception cref="OverflowException">base − deduction + bonus is beyond the range of <see cref="decimal"/>, or
    /// cannot be held exactly in a <see cref="decimal"/> (more than 28–29 significant digits).</exception>
    public Assessment(Department department, decimal baseScore, decimal deduction, decimal bonus)
        : this(Preconditions.CheckNotNull(department), true, baseScore, deduction, bonus, ScoreArithmetic.ExactTotal(Preconditions.CheckNotNegative(baseScore), Preconditions.CheckNotNegative(deduction), Preconditions.CheckNotNegative(bonus)), null)
    {
    }

    private Assessment(Department department, bool hasBreakdown, decimal baseScore, decimal deduction, decimal bonus, decimal total, string? group)
    {
        Department = department;
        HasBreakdown = hasBreakdown;
        (_baseScore, _deduction, _bonus) = hasBreakdown ? (baseScore, deduction, bonus) : (0m, 0m, 0m);
        Total = total;
        _group = NormalizeGroup(group);
    }

    /// <summary>
    /// Creates an assessment known only by its total (a score-only table), as <see cref="FromTotal"/> does; a constructor
    /// so that <see cref="Group"/> and <see cref="Extras"/> can be set with it (<c>new Assessment(d, 95m) { Group = "县" }</c>),
    /// as a store that keeps typed rows reads them back.
    /// </summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="total">The total (实得分值); any value, negative included.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public Assessment(Department department, decimal total)
        : this(Preconditions.CheckNotNull(department), false, 0m, 0m, 0m, total, null)
    {
    }

    /// <summary>Creates an assessment known only by its total (a score-only table).</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="total">The total (实得分值); any value, negative included.</param>
    /// <returns>An assessed department with no breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment FromTotal(Department department, decimal total) => new(department, total);

    /// <summary>
    /// An assessment with a full breakdown whose figures a reader has checked (not negative) and whose exact total it has
    /// computed (<see cref="ScoreArithmetic.TryExactTotal"/>): the public constructor without checking and adding again.
    /// </summary>
    internal static Assessment WithExactTotal(Department department, decimal baseScore, decimal deduction, decimal bonus, decimal total, string? group)
    {
        System.Diagnostics.Debug.Assert(baseScore >= 0m && deduction >= 0m && bonus >= 0m, "Figures checked by the reader.");
        return new(department, true, baseScore, deduction, bonus, total, group);
    }

    /// <summary>The department assessed.</summary>
    public Department Department { get; }

    /// <summary>True when <see cref="BaseScore"/>, <see cref="Deduction"/> and <see cref="Bonus"/> are known.</summary>
    public bool HasBreakdown { get; }

    /// <summary>The base score (基础分); null for a score-only assessment.</summary>
    public decimal? BaseScore => HasBreakdown ? _baseScore : null;

    /// <summary>The deduction (减分) as a non-negative magnitude; null for a score-only assessment.</summary>
    public decimal? Deduction => HasBreakdown ? _deduction : null;

    /// <summary>The bonus (加分); null for a score-only assessment.</summary>
    public decimal? Bonus => HasBreakdown ? _bonus : null;

    /// <summary>
    /// The raw total (实得分值): base − deduction + bonus, exact and unrounded, before any cap or floor of a
    /// scheme; or the published total of a score-only assessment.
    /// </summary>
    public decimal Total { get; }

    /// <summary>
    /// The group the department is ranked in when one table holds groups with their own full marks (e.g. 县 counties
    /// out of 150 and 区 districts out of 100); null for the table's single group. Groups are ranked separately.
    /// A blank group is no group (null), and a group is trimmed, however it is set.
    /// </summary>
    public string? Group
    {
        get => _group;
        init => _group = NormalizeGroup(value);
    }

    /// <summary>
    /// Cells of columns outside <see cref="ColumnCatalogue.PublishedTable"/> (a hall's own columns, e.g. 办件量), by heading,
    /// in column order: what a reader found on the row (<see cref="PublishedRow.Extras"/> without the note), or what a host sets.
    /// They travel with the assessment through <c>ToTable</c>, ranking (<see cref="RankedRow.Assessment"/>) and the CSV
    /// and Markdown writers and the .xlsx/.docx writers of <c>WindowScoring.OpenXml</c>, which print them after the table's own
    /// columns. Empty when there are none.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> Extras
    {
        get => _extras;
        init => _extras = Array.AsReadOnly(Preconditions.CheckNotNull(value).ToArray());
    }

    private static string? NormalizeGroup(string? group) => string.IsNullOrWhiteSpace(group) ? null : group.Trim();

    /// <summary>A copy in <paramref name="group"/> (see <see cref="Group"/>).</summary>
    internal Assessment InGroup(string? group) =>
        new(Department, HasBreakdown, _baseScore, _deduction, _bonus, Total, group) { RawExtras = _extras };

    // Sets the extras without a copy (the readers' lists are their own).
    private IReadOnlyList<KeyValuePair<string, string>> RawExtras
    {
        init => _extras = value;
    }

    /// <summary>A copy with <paramref name="extras"/> (see <see cref="Extras"/>); this one when there are none.</summary>
    internal Assessment WithExtras(IReadOnlyList<KeyValuePair<string, string>> extras) => extras.Count == 0 && _extras.Count == 0 ? this
        : new(Department, HasBreakdown, _baseScore, _deduction, _bonus, Total, _group) { RawExtras = extras };

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null
        && Department.Equals(other.Department)
        && HasBreakdown == other.HasBreakdown
        && BaseScore == other.BaseScore
        && Deduction == other.Deduction
        && Bonus == other.Bonus
        && Total == other.Total
        && string.Equals(Group, other.Group, StringComparison.Ordinal)
        && _extras.SequenceEqual(other._extras);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Department, BaseScore, Deduction, Bonus, Total, Group);

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
    public override string ToString() => HasBreakdown
        ? $"{Department.Name}: {ScoreText.Format(BaseScore!.Value)} - {ScoreText.Format(Deduction!.Value)} + {ScoreText.Format(Bonus!.Value)} = {ScoreText.Format(Total)}"
        : $"{Department.Name}: {ScoreText.Format(Total)}";
}
