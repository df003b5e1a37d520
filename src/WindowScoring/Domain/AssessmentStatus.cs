namespace WindowScoring;

/// <summary>Whether a department was assessed in a period.</summary>
public enum AssessmentStatus
{
    /// <summary>Assessed: the department has a total and is ranked.</summary>
    Assessed = 0,

    /// <summary>Not assessed (new, exempt, no workload): listed apart, never ranked, never treated as 100.</summary>
    NotAssessed = 1,
}
