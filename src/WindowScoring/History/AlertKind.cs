namespace WindowScoring.History;

/// <summary>The kinds of <see cref="Alert"/> a history raises.</summary>
public enum AlertKind
{
    /// <summary>
    /// In the bottom N of the table for K consecutive months or more (default bottom 3 for 2 months), the usual
    /// ground for an interview (约谈) of the window's department.
    /// </summary>
    BottomRun = 0,

    /// <summary>A drop of more than R ranks from one ranked month to the next.</summary>
    RankDrop = 1,

    /// <summary>A monthly total below a grade band's threshold (e.g. below 60, 不合格).</summary>
    GradeBelow = 2,
}
