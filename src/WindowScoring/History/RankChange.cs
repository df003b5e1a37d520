namespace WindowScoring.History;

/// <summary>How a department's rank in a month compares with its rank in the latest earlier month it was ranked.</summary>
public enum RankChange
{
    /// <summary>Ranked for the first time in the history (a new window, or the first month of the history).</summary>
    New = 0,

    /// <summary>A better (smaller) rank than before.</summary>
    Up = 1,

    /// <summary>A worse (larger) rank than before.</summary>
    Down = 2,

    /// <summary>The same rank as before.</summary>
    Same = 3,

    /// <summary>In the month's table but not assessed (listed apart): no rank, so no change.</summary>
    NotAssessed = 4,
}
