namespace WindowScoring.Ratings;

/// <summary>What the month's 好差评 table ranks departments by.</summary>
public enum RatingRankCriterion
{
    /// <summary>满意率, highest first, compared as exact fractions (the default).</summary>
    SatisfactionRate = 0,

    /// <summary>The number of counted 差评, fewest first.</summary>
    NegativeCount = 1,
}
