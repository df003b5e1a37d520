namespace WindowScoring.Rules;

/// <summary>One counted event in a department's breakdown: what it was worth and what counted after the category budget.</summary>
/// <remarks>
/// Created only by the engine (the constructor is internal); properties may be added in later versions without
/// breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class Adjustment
{
    internal Adjustment(AssessmentEvent @event, AssessmentRule? rule, RuleKind kind, string category, decimal points, decimal counted)
    {
        Event = @event;
        Rule = rule;
        Kind = kind;
        Category = category;
        Points = points;
        Counted = counted;
    }

    /// <summary>The event it came from.</summary>
    public AssessmentEvent Event { get; }

    /// <summary>The rule it was recorded under; null for an ad-hoc event.</summary>
    public AssessmentRule? Rule { get; }

    /// <summary>Deduction or bonus.</summary>
    public RuleKind Kind { get; }

    /// <summary>The category (the rule's or the ad-hoc event's).</summary>
    public string Category { get; }

    /// <summary>Value × quantity, as a magnitude.</summary>
    public decimal Points { get; }

    /// <summary>What counted after the category budget (equal to <see cref="Points"/> unless the budget cut it).</summary>
    public decimal Counted { get; }

    /// <summary>True when the category budget cut this adjustment.</summary>
    public bool CutByBudget => Counted != Points;

    /// <summary>The same adjustment with what counted after the budget.</summary>
    internal Adjustment WithCounted(decimal counted) => new(Event, Rule, Kind, Category, Points, counted);

    /// <summary>An invariant form, e.g. <c>Adjustment { Event = …, Rule = JL-01 …, Kind = Deduction, Category = 纪律作风, Points = 0.5, Counted = 0.5, CutByBudget = False }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of(nameof(Adjustment),
        (nameof(Event), Event), (nameof(Rule), Rule), (nameof(Kind), Kind), (nameof(Category), Category), (nameof(Points), Points),
        (nameof(Counted), Counted), (nameof(CutByBudget), CutByBudget));
}
