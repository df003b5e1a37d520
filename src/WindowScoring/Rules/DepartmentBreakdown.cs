namespace WindowScoring.Rules;

/// <summary>
/// How a department's score came about: every adjustment with its event, what the category budgets cut, the
/// scheme's caps, the final total, the grade, any veto, and the chief representative's own tally.
/// </summary>
/// <remarks>
/// Created only by the engine (the constructor is internal); properties may be added in later versions without
/// breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class DepartmentBreakdown
{
    internal DepartmentBreakdown(
        Department department,
        Assessment? assessment,
        NotAssessedEntry? notAssessed,
        IReadOnlyList<Adjustment> adjustments,
        ScoredTotal? score,
        decimal? rank,
        string? grade,
        bool vetoed,
        decimal chiefRepresentativeDeduction)
    {
        Department = department;
        Assessment = assessment;
        NotAssessed = notAssessed;
        Adjustments = ReadOnly.Of(adjustments);
        Score = score;
        Rank = rank;
        Grade = grade;
        Vetoed = vetoed;
        ChiefRepresentativeDeduction = chiefRepresentativeDeduction;
        BudgetCuts = Adjustments.Where(a => a.CutByBudget)
            .GroupBy(a => a.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Points - a.Counted), StringComparer.Ordinal)
            .AsReadOnly();
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The assessment built from the events (base, counted deduction, bonus); null when the department was not
    /// assessed (see <see cref="NotAssessed"/>).</summary>
    public Assessment? Assessment { get; }

    /// <summary>The entry of a department not assessed in the period, with the reason; null when it was assessed (see
    /// <see cref="Assessment"/>).</summary>
    public NotAssessedEntry? NotAssessed { get; }

    /// <summary>The counted events, in date order (then input order).</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>The scored total (bonus cap, total cap, floor); null when not assessed.</summary>
    public ScoredTotal? Score { get; }

    /// <summary>The rank; null when not assessed.</summary>
    public decimal? Rank { get; }

    /// <summary>The grade band reached; null when the scheme has no bands or the department was not assessed.</summary>
    public string? Grade { get; }

    /// <summary>True when an approved event fell under a veto rule (一票否决): no top honours.</summary>
    public bool Vetoed { get; }

    /// <summary>
    /// The chief representative's (首席代表) own deduction: the full points of events recorded against the chief
    /// representative, plus each rule's secondary share of the window's other deductions. Deductions only; no budgets.
    /// </summary>
    public decimal ChiefRepresentativeDeduction { get; }

    /// <summary>The points the category budgets cut, per category (only categories with a cut), in order of first cut.</summary>
    public IReadOnlyDictionary<string, decimal> BudgetCuts { get; }

    /// <summary>
    /// An invariant form that lists the adjustments and the budget cuts, e.g.
    /// <c>DepartmentBreakdown { Department = 教育厅, …, Adjustments = [Adjustment { … }], …, BudgetCuts = { 纪律作风: 4 } }</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of(nameof(DepartmentBreakdown),
        (nameof(Department), Department), Assessment is null ? (nameof(NotAssessed), (object?)NotAssessed) : (nameof(Assessment), Assessment), (nameof(Adjustments), Adjustments), (nameof(Score), Score),
        (nameof(Rank), Rank), (nameof(Grade), Grade), (nameof(Vetoed), Vetoed), (nameof(ChiefRepresentativeDeduction), ChiefRepresentativeDeduction),
        (nameof(BudgetCuts), BudgetCuts));
}
