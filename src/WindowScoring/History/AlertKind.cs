namespace WindowScoring.History;

/// <summary>The kinds of <see cref="Alert"/> a history raises.</summary>
public enum AlertKind
{
    /// <summary>
    /// In the bottom of the table for K consecutive months or more (by default the bottom 10 %, never the top half, for
    /// 2 months; see <see cref="AlertOptions.Bottom"/>), the usual ground for an interview (约谈) of the window's department.
    /// </summary>
    BottomRun = 0,

    /// <summary>A drop of more than <see cref="AlertOptions.MaxDrop"/> ranks from one ranked month to the next.</summary>
    RankDrop = 1,

    /// <summary>A monthly total below a grade band's threshold (e.g. below 60, 不合格).</summary>
    GradeBelow = 2,
}
