namespace WindowScoring.History;

/// <summary>Why a department of an aggregated period is listed apart rather than ranked.</summary>
public enum UnrankedReason
{
    /// <summary>Assessed in fewer months of the period than <see cref="AggregationOptions.MinimumMonths"/> (WS404).</summary>
    TooFewMonths = 0,

    /// <summary>A weighted aggregation has no evaluation score for the department (WS405); none is guessed.</summary>
    NoEvaluation = 1,

    /// <summary>The sum or weighted total is beyond the range of <see cref="decimal"/> (WS406).</summary>
    OutOfRange = 2,
}
