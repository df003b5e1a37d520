using System.Globalization;

namespace WindowScoring.Ratings;

/// <summary>
/// One citizen's rating (好差评) as the national export carries it: its id, when it was given, the department (实施主体 /
/// 办理部门), the window and staff where given, the service item (事项名称) and case number (办件编号), the channel, the
/// level, whether it is a default rating (系统默认评价), the 差评 reason, the rectification (整改) state and date, the
/// follow-up (回访) result and the appeal (申诉复核) state.
/// </summary>
/// <remarks>Immutable; safe to share between threads. Whether the rating counts in a month is decided by
/// <see cref="RatingTally"/> (its date, its appeal, the rules' choice on default ratings), not here.</remarks>
public sealed record Rating
{
    private readonly RatingLevel _level;
    private readonly AppealState _appeal;
    private readonly RectificationState _rectification;

    /// <summary>Creates a rating.</summary>
    /// <param name="id">The rating's id (评价编号); unique in an export.</param>
    /// <param name="department">The department rated.</param>
    /// <param name="time">When the rating was given (or became a default rating), in the hall's local time.</param>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="department"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public Rating(string id, Department department, DateTime time, RatingLevel level)
    {
        Id = Preconditions.CheckNotBlank(id).Trim();
        Department = Preconditions.CheckNotNull(department);
        Time = time;
        _level = Preconditions.CheckDefined(level);
    }

    /// <summary>The rating's id (评价编号).</summary>
    public string Id { get; }

    /// <summary>The department rated (实施主体 / 办理部门).</summary>
    public Department Department { get; }

    /// <summary>When the rating was given, local time (midnight when the export gives a date only).</summary>
    public DateTime Time { get; }

    /// <summary>The day of <see cref="Time"/>.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Time);

    /// <summary>The level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RatingLevel Level
    {
        get => _level;
        init => _level = Preconditions.CheckDefined(value);
    }

    /// <summary>The window (窗口), when given.</summary>
    public string? Window { get; init; }

    /// <summary>The member of staff (工作人员), when given.</summary>
    public string? Staff { get; init; }

    /// <summary>The service item (事项名称), when given.</summary>
    public string? ServiceItem { get; init; }

    /// <summary>The case number (办件编号), when given.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The channel (评价渠道: 评价器, PC端, APP, 小程序, 二维码, 12345 …) as the export writes it, when given.</summary>
    public string? Channel { get; init; }

    /// <summary>True for a default rating (系统默认评价): no rating was given within the province's delay.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The reason given for a 差评 (差评原因), when given.</summary>
    public string? NegativeReason { get; init; }

    /// <summary>Where the rectification of a 差评 stands; <see cref="RectificationState.None"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RectificationState Rectification
    {
        get => _rectification;
        init => _rectification = Preconditions.CheckDefined(value);
    }

    /// <summary>The day the rectification was completed (整改完成时间), when given.</summary>
    public DateOnly? RectifiedOn { get; init; }

    /// <summary>The follow-up result (回访结果), when given.</summary>
    public string? FollowUp { get; init; }

    /// <summary>Where an appeal against the rating stands; <see cref="AppealState.None"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AppealState Appeal
    {
        get => _appeal;
        init => _appeal = Preconditions.CheckDefined(value);
    }

    /// <summary>The line (or row) of the export it was read from, when it came from a file (diagnostics name it).</summary>
    public int? Line { get; init; }

    /// <summary>True for a 差评 (不满意 or 非常不满意).</summary>
    public bool IsNegative => Level.IsNegative();

    /// <summary>An invariant summary, e.g. <c>R001 2025-10-09 教育厅 基本满意</c> (with <c>默认</c> and the appeal when set).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Id} {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Department.Name} {Level.ToChinese()}{(IsDefault ? " 默认" : string.Empty)}{Appeal switch
        {
            AppealState.Pending => " 申诉中",
            AppealState.Upheld => " 申诉成立",
            AppealState.Rejected => " 申诉驳回",
            _ => string.Empty,
        }}";
}
