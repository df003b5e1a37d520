namespace WindowScoring;

/// <summary>What one unit of an event's quantity counts (the rule's points are per unit).</summary>
public enum RuleUnit
{
    /// <summary>Per occurrence (每次).</summary>
    PerOccurrence = 0,

    /// <summary>Per person-time (每人次).</summary>
    PerPersonTime = 1,

    /// <summary>Per half day (每半天).</summary>
    PerHalfDay = 2,

    /// <summary>Per item (每项/每件).</summary>
    PerItem = 3,
}
