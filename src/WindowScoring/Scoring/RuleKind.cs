namespace WindowScoring;

/// <summary>Whether a rule or event takes points away or adds them.</summary>
public enum RuleKind
{
    /// <summary>A deduction (减分/扣分).</summary>
    Deduction = 0,

    /// <summary>A bonus (加分).</summary>
    Bonus = 1,
}
