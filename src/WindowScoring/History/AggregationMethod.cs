namespace WindowScoring.History;

/// <summary>How the monthly totals of a period (quarter, half-year, year) become one figure per department.</summary>
public enum AggregationMethod
{
    /// <summary>
    /// The average (平均分) of the monthly totals, over the months in which the department was assessed only
    /// (a month not assessed is not a zero). The default: fair to a window that joined part-way through.
    /// </summary>
    Average = 0,

    /// <summary>The sum (累计得分) of the monthly totals of the months in which the department was assessed.</summary>
    Sum = 1,

    /// <summary>
    /// A weighted mix: <c>MonthlyWeight × average + EvaluationWeight × evaluation</c>, e.g. 80 % of the monthly
    /// average plus 20 % of an annual evaluation score (年度综合评价) the host supplies.
    /// </summary>
    Weighted = 2,
}
