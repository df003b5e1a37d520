namespace WindowScoring;

/// <summary>
/// One department's assessment (考核) for the period of the table that holds it:
/// <c>total (实得分值) = base (基础分) − deduction (减分) + bonus (加分)</c>, all exact <see cref="decimal"/>s.
/// </summary>
/// <remarks>
/// <para>Three shapes exist: a full breakdown (<see cref="Assessment(Department, decimal, decimal, decimal)"/>),
/// a published total without a breakdown (<see cref="FromTotal"/>, as hotline and county tables print them),
/// and "not assessed" (<see cref="NotAssessed"/>): a department with nothing to assess is listed apart,
/// never ranked and never treated as 100. <see cref="Status"/> says which; only a not-assessed entry has no
/// <see cref="Total"/>.</para>
/// <para>The deduction is stored as a non-negative magnitude; published tables print it as a negative
/// number (<c>-12.5</c>). Figures are kept exactly as given (<c>114.50</c> keeps its scale but equals
/// <c>114.5</c>); caps and floors of a <see cref="ScoringScheme"/> are applied when scoring and never
/// change these raw figures.</para>
/// <para>Immutable and safe to share between threads. Equality compares the department, the status,
/// the figures by value (<c>114.50 == 114.5</c>), the group and the reason.</para>
/// </remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    private readonly decimal _total;
    private readonly string? _group;
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
        : this(Preconditions.CheckNotNull(department), AssessmentStatus.Assessed, true, baseScore, deduction, bonus, ScoreArithmetic.ExactTotal(Preconditions.CheckNotNegative(baseScore), Preconditions.CheckNotNegative(deduction), Preconditions.CheckNotNegative(bonus)), null, null)
    {
    }

    private Assessment(Department department, AssessmentStatus status, bool hasBreakdown, decimal baseScore, decimal deduction, decimal bonus, decimal total, string? group, string? reason)
    {
        Department = department;
        Status = status;
        HasBreakdown = hasBreakdown;
        (BaseScore, Deduction, Bonus) = hasBreakdown ? (baseScore, deduction, bonus) : ((decimal?)null, (decimal?)null, (decimal?)null);
        _total = total;
        _group = NormalizeGroup(group);
        NotAssessedReason = reason;
    }

    /// <summary>Creates an assessment known only by its total (a score-only table).</summary>
    /// <param name="department">The department assessed.</param>
    /// <param name="total">The total (实得分值); any value, negative included.</param>
    /// <returns>An assessed department with no breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment FromTotal(Department department, decimal total) =>
        new(Preconditions.CheckNotNull(department), AssessmentStatus.Assessed, false, 0m, 0m, 0m, total, null, null);

    /// <summary>Marks a department as not assessed in the period (new, exempt, below a workload threshold).</summary>
    /// <param name="department">The department.</param>
    /// <param name="reason">Why it was not assessed, e.g. "新进驻" (newly moved in); optional (blank is none).</param>
    /// <returns>A not-assessed entry; it has no figures and is never ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public static Assessment NotAssessed(Department department, string? reason = null) =>
        new(Preconditions.CheckNotNull(department), AssessmentStatus.NotAssessed, false, 0m, 0m, 0m, 0m, null, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());

    /// <summary>The department assessed.</summary>
    public Department Department { get; }

    /// <summary>Whether the department was assessed (and so has a <see cref="Total"/> and can be ranked).</summary>
    public AssessmentStatus Status { get; }

    /// <summary>True when <see cref="BaseScore"/>, <see cref="Deduction"/> and <see cref="Bonus"/> are known.</summary>
    public bool HasBreakdown { get; }

    /// <summary>The base score (基础分); null for a score-only or not-assessed entry.</summary>
    public decimal? BaseScore { get; }

    /// <summary>The deduction (减分) as a non-negative magnitude; null for a score-only or not-assessed entry.</summary>
    public decimal? Deduction { get; }

    /// <summary>The bonus (加分); null for a score-only or not-assessed entry.</summary>
    public decimal? Bonus { get; }

    /// <summary>
    /// The raw total (实得分值): base − deduction + bonus, exact and unrounded, before any cap or floor of a
    /// scheme; or the published total of a score-only entry.
    /// </summary>
    /// <exception cref="InvalidOperationException">The department was not assessed (<see cref="Status"/> is
    /// <see cref="AssessmentStatus.NotAssessed"/>): it has no total, and is never treated as 0 or 100.</exception>
    public decimal Total => Status == AssessmentStatus.Assessed
        ? _total
        : throw new InvalidOperationException($"{Department.Name} was not assessed: it has no total. Check Status before reading Total.");

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

    /// <summary>Why the department was not assessed, when given.</summary>
    public string? NotAssessedReason { get; }

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
        new(Department, Status, HasBreakdown, BaseScore ?? 0m, Deduction ?? 0m, Bonus ?? 0m, _total, group, NotAssessedReason) { RawExtras = _extras };

    // Sets the extras without a copy (the readers' lists are their own).
    private IReadOnlyList<KeyValuePair<string, string>> RawExtras
    {
        init => _extras = value;
    }

    /// <summary>A copy with <paramref name="extras"/> (see <see cref="Extras"/>); this one when there are none.</summary>
    internal Assessment WithExtras(IReadOnlyList<KeyValuePair<string, string>> extras) => extras.Count == 0 && _extras.Count == 0 ? this
        : new(Department, Status, HasBreakdown, BaseScore ?? 0m, Deduction ?? 0m, Bonus ?? 0m, _total, _group, NotAssessedReason) { RawExtras = extras };

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null
        && Department.Equals(other.Department)
        && Status == other.Status
        && HasBreakdown == other.HasBreakdown
        && BaseScore == other.BaseScore
        && Deduction == other.Deduction
        && Bonus == other.Bonus
        && _total == other._total
        && string.Equals(Group, other.Group, StringComparison.Ordinal)
        && string.Equals(NotAssessedReason, other.NotAssessedReason, StringComparison.Ordinal)
        && _extras.SequenceEqual(other._extras);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Department, Status, BaseScore, Deduction, Bonus, _total, Group);

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
            ? $"{Department.Name}: {ScoreText.Format(BaseScore!.Value)} - {ScoreText.Format(Deduction!.Value)} + {ScoreText.Format(Bonus!.Value)} = {ScoreText.Format(_total)}"
            : $"{Department.Name}: {ScoreText.Format(_total)}";
}
