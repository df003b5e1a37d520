namespace WindowScoring;

/// <summary>
/// Every column the library reads or writes, declared once (<see cref="ColumnDefinition"/>: name, Chinese and English
/// headings, the headings a reader accepts, what the cells hold), and the columns of each kind of table: a published
/// table (<see cref="PublishedTable"/>) and an event log (<see cref="EventLog"/>). Readers, writers and stores take their
/// words from here, so a new column is declared in one place.
/// </summary>
/// <remarks>Headings are matched after folding full-width forms, removing white space and lower-casing invariantly
/// (<c>基础分 分值</c> is <c>基础分分值</c>; <c>Base Score</c> is <c>basescore</c>). A heading names at most one column of a
/// table kind (类别 is the group of a published table and the category of an event log). Thread-safe.</remarks>
public static class ColumnCatalogue
{
    /// <summary>序号/rank: the rank as printed, blank on the second and later rows of a tie.</summary>
    public static ColumnDefinition Rank { get; } = new(nameof(Rank), "序号", "rank", ColumnFormat.Number,
        ["序号", "排名", "名次", "rank", "ranking", "no", "no.", "#"]);

    /// <summary>部门窗口/department: the department's (window's) name.</summary>
    public static ColumnDefinition Department { get; } = new(nameof(Department), "部门窗口", "department", ColumnFormat.Text,
        ["部门窗口", "部门", "单位", "窗口", "部门(单位)", "窗口单位", "部门名称", "单位名称", "窗口名称", "department", "dept", "window", "name"]);

    /// <summary>部门代码/code: the department's stable identity, when the hall keeps one (see <see cref="WindowScoring.Department.Code"/>).</summary>
    public static ColumnDefinition Code { get; } = new(nameof(Code), "部门代码", "code", ColumnFormat.Text,
        ["部门代码", "单位代码", "代码", "编码", "code", "departmentcode"]);

    /// <summary>分组/group: the group a department is ranked in when groups have their own full marks.</summary>
    public static ColumnDefinition Group { get; } = new(nameof(Group), "分组", "group", ColumnFormat.Text,
        ["分组", "组别", "类别", "group"]);

    /// <summary>基础分/base: the base score (the report layout prints 基础分 分值).</summary>
    public static ColumnDefinition Base { get; } = new(nameof(Base), "基础分", "base", ColumnFormat.Score,
        ["基础分", "基础分分值", "基本分", "base", "basescore"], "基础分 分值");

    /// <summary>减分/deduction: the deduction, printed negative (the report layout prints 减分 分值).</summary>
    public static ColumnDefinition Deduction { get; } = new(nameof(Deduction), "减分", "deduction", ColumnFormat.Score,
        ["减分", "减分分值", "扣分", "deduction", "deductions"], "减分 分值");

    /// <summary>加分/bonus: the bonus (the report layout prints 加分分值, the bonus counted after the cap).</summary>
    public static ColumnDefinition Bonus { get; } = new(nameof(Bonus), "加分", "bonus", ColumnFormat.Score,
        ["加分", "加分分值", "附加分", "bonus", "bonuses"], "加分分值");

    /// <summary>实得分值/total: the total; 不参与考核 for a department not assessed.</summary>
    public static ColumnDefinition Total { get; } = new(nameof(Total), "实得分值", "total", ColumnFormat.Score,
        ["实得分值", "实得分", "得分", "总分", "合计", "total", "score", "totalscore"]);

    /// <summary>备注/note: a note (a not-assessed department's reason, a cap that applied, an event's evidence).</summary>
    public static ColumnDefinition Note { get; } = new(nameof(Note), "备注", "note", ColumnFormat.Text,
        ["备注", "说明", "证据", "note", "notes", "remark", "remarks", "evidence"]);

    /// <summary>日期/date: the day an event happened.</summary>
    public static ColumnDefinition Date { get; } = new(nameof(Date), "日期", "date", ColumnFormat.Date,
        ["日期", "时间", "发生日期", "date"]);

    /// <summary>规则/rule: the identifier of the scheme's rule an event falls under.</summary>
    public static ColumnDefinition Rule { get; } = new(nameof(Rule), "规则", "rule", ColumnFormat.Text,
        ["规则", "规则编号", "细则编号", "条款", "rule", "ruleid"]);

    /// <summary>类型/kind: 扣分/deduction or 加分/bonus, for an event outside the rule catalogue.</summary>
    public static ColumnDefinition Kind { get; } = new(nameof(Kind), "类型", "kind", ColumnFormat.Text,
        ["类型", "加减分", "kind"]);

    /// <summary>类别/category: the category of an event outside the rule catalogue (budgets apply to it).</summary>
    public static ColumnDefinition Category { get; } = new(nameof(Category), "类别", "category", ColumnFormat.Text,
        ["类别", "考核类别", "category"]);

    /// <summary>分值/value: the points per unit of an event (the value chosen for a range rule).</summary>
    public static ColumnDefinition Value { get; } = new(nameof(Value), "分值", "value", ColumnFormat.Score,
        ["分值", "单次分值", "value", "points"]);

    /// <summary>数量/quantity: how many units an event counts (occurrences, person-times, half days, items); 1 when blank.</summary>
    public static ColumnDefinition Quantity { get; } = new(nameof(Quantity), "数量", "quantity", ColumnFormat.Number,
        ["数量", "次数", "人次", "quantity", "qty"]);

    /// <summary>人员/person: who an event concerns.</summary>
    public static ColumnDefinition Person { get; } = new(nameof(Person), "人员", "person", ColumnFormat.Text,
        ["人员", "姓名", "person"]);

    /// <summary>角色/role: 窗口/window, 首席代表/chief representative or 工作人员/staff.</summary>
    public static ColumnDefinition Role { get; } = new(nameof(Role), "角色", "role", ColumnFormat.Text,
        ["角色", "身份", "role"]);

    /// <summary>状态/status: 已审核/approved, 已记录/recorded, 申诉中/appealed or 驳回/rejected.</summary>
    public static ColumnDefinition Status { get; } = new(nameof(Status), "状态", "status", ColumnFormat.Text,
        ["状态", "审核状态", "status"]);

    /// <summary>考核月数/months: the months a department was assessed in an aggregated period.</summary>
    public static ColumnDefinition MonthsAssessed { get; } = new(nameof(MonthsAssessed), "考核月数", "months", ColumnFormat.Number);

    /// <summary>月度合计/sum: the sum of a department's monthly totals.</summary>
    public static ColumnDefinition Sum { get; } = new(nameof(Sum), "月度合计", "sum", ColumnFormat.Score);

    /// <summary>月均分/average: the average of a department's monthly totals.</summary>
    public static ColumnDefinition Average { get; } = new(nameof(Average), "月均分", "average", ColumnFormat.Score);

    /// <summary>评价分/evaluation: the annual evaluation score of a weighted aggregation.</summary>
    public static ColumnDefinition Evaluation { get; } = new(nameof(Evaluation), "评价分", "evaluation", ColumnFormat.Score);

    /// <summary>综合得分/total: the total of an aggregated period; 不参与排名 for a department listed apart.</summary>
    public static ColumnDefinition AggregatedTotal { get; } = new(nameof(AggregatedTotal), "综合得分", "total", ColumnFormat.Score);

    /// <summary>月份/month: the month of a line of a department's history.</summary>
    public static ColumnDefinition Month { get; } = new(nameof(Month), "月份", "month", ColumnFormat.Text);

    /// <summary>名次/rank: a department's rank in a month of its history.</summary>
    public static ColumnDefinition MonthRank { get; } = new(nameof(MonthRank), "名次", "rank", ColumnFormat.Number);

    /// <summary>参评数/ranked: how many departments were ranked that month.</summary>
    public static ColumnDefinition RankedCount { get; } = new(nameof(RankedCount), "参评数", "ranked", ColumnFormat.Number);

    /// <summary>上次月份/previous month: the month a department was last ranked before.</summary>
    public static ColumnDefinition PreviousMonth { get; } = new(nameof(PreviousMonth), "上次月份", "previous month", ColumnFormat.Text);

    /// <summary>上次名次/previous rank: the rank in <see cref="PreviousMonth"/>.</summary>
    public static ColumnDefinition PreviousRank { get; } = new(nameof(PreviousRank), "上次名次", "previous rank", ColumnFormat.Number);

    /// <summary>变化/change: 上升 2, 下降 3, 持平, 新 or 不参与考核.</summary>
    public static ColumnDefinition Change { get; } = new(nameof(Change), "变化", "change", ColumnFormat.Text);

    /// <summary>
    /// The columns of a published table, in the order the CSV and Markdown writers print them: 序号, 部门窗口, 部门代码, 分组,
    /// 基础分, 减分, 加分, 实得分值, 备注. A reader needs 部门窗口 and either 实得分值 or all of 基础分, 减分 and 加分; any other
    /// column is kept as an extra (<see cref="Assessment.Extras"/>).
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> PublishedTable { get; } = Array.AsReadOnly([Rank, Department, Code, Group, Base, Deduction, Bonus, Total, Note]);

    /// <summary>
    /// The columns of an event log: 部门, 部门代码, 日期, 规则, 类型, 类别, 分值, 数量, 人员, 角色, 状态, 备注. A reader needs 部门,
    /// 日期 and either 规则 or all of 类型, 类别 and 分值.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> EventLog { get; } = Array.AsReadOnly([Department, Code, Date, Rule, Kind, Category, Value, Quantity, Person, Role, Status, Note]);
}
