namespace WindowScoring;

/// <summary>The caps and floors of a <see cref="ScoringScheme"/> that changed a total. Flags: several can apply.</summary>
[Flags]
public enum ScoreLimits
{
    /// <summary>No cap or floor changed the total.</summary>
    None = 0,

    /// <summary>The bonus sum was cut to <see cref="ScoringScheme.BonusCap"/>.</summary>
    BonusCap = 1,

    /// <summary>The total was cut to <see cref="ScoringScheme.TotalCap"/>.</summary>
    TotalCap = 2,

    /// <summary>The total was raised to <see cref="ScoringScheme.TotalFloor"/>.</summary>
    TotalFloor = 4,
}
