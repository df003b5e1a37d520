namespace WindowScoring.Ratings;

/// <summary>Where the rectification (整改) of a 差评 stands. Shown by its Chinese words, never by the member's name.</summary>
public enum RectificationState
{
    /// <summary>无需整改: nothing to rectify (a rating that is not a 差评, or an export that does not say).</summary>
    None = 0,

    /// <summary>整改中 / 未整改: the 差评 is not rectified yet.</summary>
    Pending = 1,

    /// <summary>已整改: rectified (its date, when given, decides whether on time).</summary>
    Rectified = 2,
}
