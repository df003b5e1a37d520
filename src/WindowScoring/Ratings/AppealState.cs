namespace WindowScoring.Ratings;

/// <summary>Where a window's appeal (申诉复核) against a rating stands. Shown by its Chinese words (申诉中, 申诉成立,
/// 申诉驳回), never by the member's name.</summary>
public enum AppealState
{
    /// <summary>No appeal (未申诉): the rating counts.</summary>
    None = 0,

    /// <summary>申诉中: the appeal awaits a decision; the rating is listed and not counted (as pending events are).</summary>
    Pending = 1,

    /// <summary>申诉成立: the appeal was upheld; the rating is removed from every figure.</summary>
    Upheld = 2,

    /// <summary>申诉驳回: the appeal was rejected; the rating counts.</summary>
    Rejected = 3,
}
