namespace WindowScoring.Ratings;

/// <summary>
/// The columns of a ratings export (<see cref="Export"/>) and of the month's 好差评 table (<see cref="Table"/>), declared once
/// as <see cref="ColumnDefinition"/>s like the columns of <see cref="ColumnCatalogue"/>: the ratings reader, the tally's
/// writers and any host take their headings from here. A heading names at most one column of an export (窗口 is the
/// window here, not the department as in a published table).
/// </summary>
/// <remarks>Headings are matched after folding full-width forms, removing white space and lower-casing invariantly. Thread-safe.</remarks>
public static class RatingColumns
{
    /// <summary>评价编号/rating id: the rating's id (required).</summary>
    public static ColumnDefinition Id { get; } = new(nameof(Id), "评价编号", "rating id", ColumnFormat.Text,
        ["评价编号", "评价id", "评价号", "评价流水号", "ratingid", "rating id", "evaluationid", "id"]);

    /// <summary>评价时间/time: when the rating was given (required): <c>2025-10-09 14:23</c>, <c>2025/10/9</c>, <c>20251009</c>, <c>2025年10月9日</c>.</summary>
    public static ColumnDefinition Time { get; } = new(nameof(Time), "评价时间", "time", ColumnFormat.Date,
        ["评价时间", "评价日期", "时间", "日期", "time", "date", "ratingtime", "ratingdate", "ratedat"]);

    /// <summary>部门/department: the department rated (required): 部门, 实施主体 or 办理部门.</summary>
    public static ColumnDefinition Department { get; } = new(nameof(Department), "部门", "department", ColumnFormat.Text,
        ["部门", "实施主体", "办理部门", "部门名称", "实施主体名称", "department", "dept", "agency"]);

    /// <summary>窗口/window: the window, when the export names it.</summary>
    public static ColumnDefinition Window { get; } = new(nameof(Window), "窗口", "window", ColumnFormat.Text,
        ["窗口", "窗口名称", "办理窗口", "window"]);

    /// <summary>工作人员/staff: the member of staff, when the export names one.</summary>
    public static ColumnDefinition Staff { get; } = new(nameof(Staff), "工作人员", "staff", ColumnFormat.Text,
        ["工作人员", "办理人", "人员", "姓名", "staff", "person"]);

    /// <summary>事项名称/service item.</summary>
    public static ColumnDefinition ServiceItem { get; } = new(nameof(ServiceItem), "事项名称", "service item", ColumnFormat.Text,
        ["事项名称", "事项", "服务事项", "serviceitem", "service", "item"]);

    /// <summary>办件编号/case number.</summary>
    public static ColumnDefinition CaseNumber { get; } = new(nameof(CaseNumber), "办件编号", "case number", ColumnFormat.Text,
        ["办件编号", "办件号", "申办编号", "casenumber", "caseno", "case"]);

    /// <summary>评价渠道/channel: 评价器, PC端, APP, 小程序, 二维码, 12345 … (kept as written).</summary>
    public static ColumnDefinition Channel { get; } = new(nameof(Channel), "评价渠道", "channel", ColumnFormat.Text,
        ["评价渠道", "渠道", "评价方式", "channel"]);

    /// <summary>评价等级/level (required): a word, stars or a digit (see <see cref="RatingLevels.TryParse"/>).</summary>
    public static ColumnDefinition Level { get; } = new(nameof(Level), "评价等级", "level", ColumnFormat.Text,
        ["评价等级", "满意度", "评价结果", "评价", "等级", "level", "rating", "satisfaction", "result"]);

    /// <summary>默认评价/default: whether it is a default rating (是/否, yes/no, 1/0, 默认评价/主动评价); not a default rating when blank.</summary>
    public static ColumnDefinition Default { get; } = new(nameof(Default), "默认评价", "default", ColumnFormat.Text,
        ["默认评价", "是否默认", "是否默认评价", "系统默认评价", "default", "isdefault"]);

    /// <summary>差评原因/reason: the reason given for a 差评.</summary>
    public static ColumnDefinition Reason { get; } = new(nameof(Reason), "差评原因", "reason", ColumnFormat.Text,
        ["差评原因", "原因", "评价内容", "reason", "negativereason"]);

    /// <summary>整改状态/rectification: 无需整改, 整改中/未整改, 已整改 (blank: rectified when a date is given, otherwise pending for a 差评).</summary>
    public static ColumnDefinition Rectification { get; } = new(nameof(Rectification), "整改状态", "rectification", ColumnFormat.Text,
        ["整改状态", "整改情况", "整改", "rectification", "rectificationstatus"]);

    /// <summary>整改完成时间/rectified on: the day the rectification was completed.</summary>
    public static ColumnDefinition RectifiedOn { get; } = new(nameof(RectifiedOn), "整改完成时间", "rectified on", ColumnFormat.Date,
        ["整改完成时间", "整改完成日期", "整改时间", "整改日期", "rectifiedon", "rectifieddate", "rectificationdate"]);

    /// <summary>回访结果/follow-up: the result of the follow-up call.</summary>
    public static ColumnDefinition FollowUp { get; } = new(nameof(FollowUp), "回访结果", "follow-up", ColumnFormat.Text,
        ["回访结果", "回访情况", "回访", "followup", "follow-up", "followupresult"]);

    /// <summary>申诉状态/appeal: blank or 无/未申诉, 申诉中, 申诉成立, 申诉驳回.</summary>
    public static ColumnDefinition Appeal { get; } = new(nameof(Appeal), "申诉状态", "appeal", ColumnFormat.Text,
        ["申诉状态", "申诉复核", "申诉情况", "申诉", "appeal", "appealstatus", "appealstate"]);

    /// <summary>评价数/counted: the ratings counted in the month (upheld and pending appeals, ratings outside the month and, when the
    /// rules say so, default ratings are not).</summary>
    public static ColumnDefinition Counted { get; } = new(nameof(Counted), "评价数", "ratings", ColumnFormat.Number);

    /// <summary>非常满意/very satisfied: counted ratings of 5 stars.</summary>
    public static ColumnDefinition VerySatisfied { get; } = new(nameof(VerySatisfied), "非常满意", "very satisfied", ColumnFormat.Number);

    /// <summary>满意/satisfied: counted ratings of 4 stars.</summary>
    public static ColumnDefinition Satisfied { get; } = new(nameof(Satisfied), "满意", "satisfied", ColumnFormat.Number);

    /// <summary>基本满意/fairly satisfied: counted ratings of 3 stars.</summary>
    public static ColumnDefinition FairlySatisfied { get; } = new(nameof(FairlySatisfied), "基本满意", "fairly satisfied", ColumnFormat.Number);

    /// <summary>不满意/dissatisfied: counted ratings of 2 stars.</summary>
    public static ColumnDefinition Dissatisfied { get; } = new(nameof(Dissatisfied), "不满意", "dissatisfied", ColumnFormat.Number);

    /// <summary>非常不满意/very dissatisfied: counted ratings of 1 star.</summary>
    public static ColumnDefinition VeryDissatisfied { get; } = new(nameof(VeryDissatisfied), "非常不满意", "very dissatisfied", ColumnFormat.Number);

    /// <summary>满意率/satisfaction rate: (非常满意 + 满意 + 基本满意) / 评价数, printed as <c>87.50%</c>; blank with no counted rating.</summary>
    public static ColumnDefinition SatisfactionRate { get; } = new(nameof(SatisfactionRate), "满意率", "satisfaction rate", ColumnFormat.Text);

    /// <summary>差评数/negative: counted 差评 (不满意 + 非常不满意).</summary>
    public static ColumnDefinition Negative { get; } = new(nameof(Negative), "差评数", "negative", ColumnFormat.Number);

    /// <summary>默认评价数/defaults: the default ratings of the month (shown whether or not the rules count them).</summary>
    public static ColumnDefinition Defaults { get; } = new(nameof(Defaults), "默认评价数", "default ratings", ColumnFormat.Number);

    /// <summary>已整改/rectified: counted 差评 rectified (on time, late, or on a day the export does not give).</summary>
    public static ColumnDefinition Rectified { get; } = new(nameof(Rectified), "已整改", "rectified", ColumnFormat.Number);

    /// <summary>按时整改/rectified on time: counted 差评 rectified within the rules' working days.</summary>
    public static ColumnDefinition RectifiedOnTime { get; } = new(nameof(RectifiedOnTime), "按时整改", "rectified on time", ColumnFormat.Number);

    /// <summary>超期/overdue: counted 差评 rectified late, or not rectified when the deadline has passed.</summary>
    public static ColumnDefinition Overdue { get; } = new(nameof(Overdue), "超期", "overdue", ColumnFormat.Number);

    /// <summary>申诉中/pending appeals: ratings under appeal (listed, not counted).</summary>
    public static ColumnDefinition PendingAppeals { get; } = new(nameof(PendingAppeals), "申诉中", "pending appeals", ColumnFormat.Number);

    /// <summary>申诉成立/upheld appeals: ratings removed by an upheld appeal.</summary>
    public static ColumnDefinition UpheldAppeals { get; } = new(nameof(UpheldAppeals), "申诉成立", "upheld appeals", ColumnFormat.Number);

    /// <summary>
    /// The columns of a ratings export: 评价编号, 评价时间, 部门, 部门代码, 窗口, 工作人员, 事项名称, 办件编号, 评价渠道, 评价等级, 默认评价,
    /// 差评原因, 整改状态, 整改完成时间, 回访结果, 申诉状态. A reader needs 评价编号, 评价时间, 部门 and 评价等级; any other column is
    /// ignored.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Export { get; } = Array.AsReadOnly([
        Id, Time, Department, ColumnCatalogue.Code, Window, Staff, ServiceItem, CaseNumber, Channel, Level, Default, Reason, Rectification,
        RectifiedOn, FollowUp, Appeal]);

    /// <summary>
    /// The columns of the month's 好差评 table in the published layout: 序号, 部门, 评价数, 非常满意, 满意, 基本满意, 不满意, 非常不满意,
    /// 满意率, 差评数, then 默认评价数, 已整改, 按时整改, 超期, 申诉中, 申诉成立.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Table { get; } = Array.AsReadOnly([
        ColumnCatalogue.Rank, Department, Counted, VerySatisfied, Satisfied, FairlySatisfied, Dissatisfied, VeryDissatisfied, SatisfactionRate,
        Negative, Defaults, Rectified, RectifiedOnTime, Overdue, PendingAppeals, UpheldAppeals]);
}
