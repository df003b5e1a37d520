namespace WindowScoring.Rules;

/// <summary>
/// One recorded event (an inspector's record): a department, a date, a rule of the scheme (or an ad-hoc kind,
/// category and points), a quantity and, for a range rule, the chosen value; who it concerns, a note and its status.
/// </summary>
/// <remarks>Immutable; safe to share between threads. Data problems (a date outside the period, an unknown rule,
/// a value outside the rule's range) are reported by the engine as diagnostics, not thrown here.</remarks>
public sealed record AssessmentEvent
{
    private readonly EventRole _role;
    private readonly EventStatus _status = EventStatus.Approved;

    /// <summary>Creates an event under a rule of the scheme.</summary>
    /// <param name="department">The department.</param>
    /// <param name="date">When it happened.</param>
    /// <param name="ruleId">The rule's identifier.</param>
    /// <param name="quantity">How many units (occurrences, person-times, half days, items); greater than zero.</param>
    /// <param name="value">The value chosen per unit for a range rule (酌情); null to take a fixed rule's points.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> or <paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is not positive or the value is negative.</exception>
    public AssessmentEvent(Department department, DateOnly date, string ruleId, decimal quantity = 1m, decimal? value = null)
    {
        Department = Preconditions.CheckNotNull(department);
        Date = date;
        RuleId = Preconditions.CheckNotBlank(ruleId).Trim();
        Quantity = Preconditions.CheckPositive(quantity);
        Value = value is { } v ? Preconditions.CheckNotNegative(v) : null;
    }

    private AssessmentEvent(Department department, DateOnly date, RuleKind kind, string category, decimal points, decimal quantity)
    {
        Department = Preconditions.CheckNotNull(department);
        Date = date;
        AdHocKind = Preconditions.CheckDefined(kind);
        AdHocCategory = Preconditions.CheckNotBlank(category).Trim();
        Value = Preconditions.CheckNotNegative(points);
        Quantity = Preconditions.CheckPositive(quantity);
    }

    /// <summary>Creates an ad-hoc event outside the rule catalogue (e.g. a one-off commendation).</summary>
    /// <param name="department">The department.</param>
    /// <param name="date">When it happened.</param>
    /// <param name="kind">Deduction or bonus.</param>
    /// <param name="category">The category (budgets apply to it as to rules).</param>
    /// <param name="points">The points per unit, as a magnitude.</param>
    /// <param name="quantity">How many units; greater than zero.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="category"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Points are negative or the quantity is not positive.</exception>
    public static AssessmentEvent AdHoc(Department department, DateOnly date, RuleKind kind, string category, decimal points, decimal quantity = 1m) =>
        new(department, date, kind, category, points, quantity);

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>When it happened.</summary>
    public DateOnly Date { get; }

    /// <summary>The rule's identifier; null for an ad-hoc event.</summary>
    public string? RuleId { get; }

    /// <summary>The kind of an ad-hoc event; null for an event under a rule.</summary>
    public RuleKind? AdHocKind { get; }

    /// <summary>The category of an ad-hoc event; null for an event under a rule.</summary>
    public string? AdHocCategory { get; }

    /// <summary>How many units.</summary>
    public decimal Quantity { get; }

    /// <summary>The value per unit: chosen within a range rule, or the points of an ad-hoc event; null to take a fixed rule's points.</summary>
    public decimal? Value { get; }

    /// <summary>The person concerned, when recorded.</summary>
    public string? Person { get; init; }

    /// <summary>Whom the event concerns; the window by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public EventRole Role
    {
        get => _role;
        init => _role = Preconditions.CheckDefined(value);
    }

    /// <summary>A note or evidence reference (e.g. a photo or work-order number).</summary>
    public string? Note { get; init; }

    /// <summary>Where the event stands; <see cref="EventStatus.Approved"/> by default (only approved events count).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public EventStatus Status
    {
        get => _status;
        init => _status = Preconditions.CheckDefined(value);
    }

    /// <summary>The line of the event log it was read from, when it came from a file (diagnostics name it).</summary>
    public int? Line { get; init; }

    /// <summary>An invariant summary, e.g. <c>2023-11-03 教育厅 JL-01 ×2 (Approved)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {Department.Name} {RuleId ?? AdHocKind + "/" + AdHocCategory} ×{ScoreText.Format(Quantity)}{(Value is { } v ? " @" + ScoreText.Format(v) : string.Empty)} ({Status})";
}
