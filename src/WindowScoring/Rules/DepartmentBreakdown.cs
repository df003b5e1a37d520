using System.Text;

namespace WindowScoring.Rules;

/// <summary>
/// How a department's score came about: every adjustment with its event, what the category budgets cut, the
/// scheme's caps, the final total, the grade, any veto, and the chief representative's own tally.
/// </summary>
/// <param name="Department">The department.</param>
/// <param name="Assessment">The assessment built from the events (base, counted deduction, bonus), or the not-assessed entry.</param>
/// <param name="Adjustments">The counted events, in date order (then input order).</param>
/// <param name="Score">The scored total (bonus cap, total cap, floor); null when not assessed.</param>
/// <param name="Rank">The rank; null when not assessed.</param>
/// <param name="Grade">The grade band reached; null when the scheme has no bands or the department was not assessed.</param>
/// <param name="Vetoed">True when an approved event fell under a veto rule (一票否决): no top honours.</param>
/// <param name="ChiefRepresentativeDeduction">
/// The chief representative's (首席代表) own deduction: the full points of events recorded against the chief
/// representative, plus each rule's secondary share of the window's other deductions. Deductions only; no budgets.
/// </param>
public sealed record DepartmentBreakdown(
    Department Department,
    Assessment Assessment,
    IReadOnlyList<Adjustment> Adjustments,
    ScoredTotal? Score,
    decimal? Rank,
    string? Grade,
    bool Vetoed,
    decimal ChiefRepresentativeDeduction)
{
    /// <summary>The points the category budgets cut, per category (only categories with a cut).</summary>
    public IReadOnlyDictionary<string, decimal> BudgetCuts => Adjustments.Where(a => a.CutByBudget)
        .GroupBy(a => a.Category, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(a => a.Points - a.Counted), StringComparer.Ordinal);

    // ToString() is invariant (86.5, not 86,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(Department), Department), (nameof(Assessment), Assessment), (nameof(Adjustments), Adjustments), (nameof(Score), Score),
        (nameof(Rank), Rank), (nameof(Grade), Grade), (nameof(Vetoed), Vetoed), (nameof(ChiefRepresentativeDeduction), ChiefRepresentativeDeduction),
        (nameof(BudgetCuts), BudgetCuts));
}
