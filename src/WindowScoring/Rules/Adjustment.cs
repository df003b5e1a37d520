using System.Text;

namespace WindowScoring.Rules;

/// <summary>One counted event in a department's breakdown: what it was worth and what counted after the category budget.</summary>
/// <param name="Event">The event it came from.</param>
/// <param name="Rule">The rule it was recorded under; null for an ad-hoc event.</param>
/// <param name="Kind">Deduction or bonus.</param>
/// <param name="Category">The category (the rule's or the ad-hoc event's).</param>
/// <param name="Points">Value × quantity, as a magnitude.</param>
/// <param name="Counted">What counted after the category budget (equal to <paramref name="Points"/> unless the budget cut it).</param>
public sealed record Adjustment(AssessmentEvent Event, AssessmentRule? Rule, RuleKind Kind, string Category, decimal Points, decimal Counted)
{
    /// <summary>True when the category budget cut this adjustment.</summary>
    public bool CutByBudget => Counted != Points;

    // ToString() is invariant (0.5, not 0,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(Event), Event), (nameof(Rule), Rule), (nameof(Kind), Kind), (nameof(Category), Category), (nameof(Points), Points),
        (nameof(Counted), Counted), (nameof(CutByBudget), CutByBudget));
}
