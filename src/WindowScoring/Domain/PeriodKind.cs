namespace WindowScoring;

/// <summary>The length of an <see cref="AssessmentPeriod"/>.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month (月), e.g. <c>2023-11</c>.</summary>
    Month = 0,

    /// <summary>A calendar quarter (季度), e.g. <c>2023-Q4</c>.</summary>
    Quarter = 1,

    /// <summary>A half-year (半年), e.g. <c>2023-H2</c>.</summary>
    Half = 2,

    /// <summary>A calendar year (年度), e.g. <c>2023</c>.</summary>
    Year = 3,
}
