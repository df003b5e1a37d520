namespace WindowScoring.Ratings;

/// <summary>
/// The five levels of a 好差评 rating (GB/T 39734-2020), valued as the stars shown for them: 5 非常满意 down to 1 非常不满意.
/// The two lowest are 差评; the three highest count as satisfied in 满意率. Read from words, stars or digits by
/// <see cref="RatingLevels.TryParse"/>; shown by <see cref="RatingLevels.ToChinese"/> (never by the member's name).
/// </summary>
public enum RatingLevel
{
    /// <summary>非常不满意 (1 star): a 差评.</summary>
    VeryDissatisfied = 1,

    /// <summary>不满意 (2 stars): a 差评.</summary>
    Dissatisfied = 2,

    /// <summary>基本满意 (3 stars): satisfied for 满意率.</summary>
    FairlySatisfied = 3,

    /// <summary>满意 (4 stars).</summary>
    Satisfied = 4,

    /// <summary>非常满意 (5 stars).</summary>
    VerySatisfied = 5,
}
