namespace WindowScoring;

/// <summary>
/// The words of a published table that readers and writers share: the markers printed in the total cell and the
/// column headers (Chinese as published tables print them, and English). Spreadsheet concerns live beside it, in
/// <see cref="FormulaEscape"/> (formula-like text) and <see cref="TextFolding"/> (full-width forms); none of them is part
/// of the model.
/// </summary>
internal static class TableText
{
    /// <summary>The total cell of a department not assessed (不参与考核).</summary>
    internal const string NotAssessed = "不参与考核";

    /// <summary>The total cell of a department listed apart from an aggregated ranking (不参与排名).</summary>
    internal const string NotRanked = "不参与排名";

    /// <summary>The total cell of a department listed apart from an aggregated ranking, in English.</summary>
    internal const string NotRankedEnglish = "not ranked";

    /// <summary>Column headers: (Chinese, English).</summary>
    internal static class Headers
    {
        internal static readonly (string Chinese, string English) Rank = ("序号", "rank");
        internal static readonly (string Chinese, string English) Department = ("部门窗口", "department");
        internal static readonly (string Chinese, string English) Code = ("部门代码", "code");
        internal static readonly (string Chinese, string English) Group = ("分组", "group");
        internal static readonly (string Chinese, string English) Base = ("基础分", "base");
        internal static readonly (string Chinese, string English) Deduction = ("减分", "deduction");
        internal static readonly (string Chinese, string English) Bonus = ("加分", "bonus");
        internal static readonly (string Chinese, string English) Total = ("实得分值", "total");
        internal static readonly (string Chinese, string English) Note = ("备注", "note");
        internal static readonly (string Chinese, string English) ReportBase = ("基础分 分值", "base");
        internal static readonly (string Chinese, string English) ReportDeduction = ("减分 分值", "deduction");
        internal static readonly (string Chinese, string English) ReportBonus = ("加分分值", "bonus");
        internal static readonly (string Chinese, string English) MonthsAssessed = ("考核月数", "months");
        internal static readonly (string Chinese, string English) Sum = ("月度合计", "sum");
        internal static readonly (string Chinese, string English) Average = ("月均分", "average");
        internal static readonly (string Chinese, string English) Evaluation = ("评价分", "evaluation");
        internal static readonly (string Chinese, string English) AggregatedTotal = ("综合得分", "total");
        internal static readonly (string Chinese, string English) Month = ("月份", "month");
        internal static readonly (string Chinese, string English) NameAsPrinted = ("部门窗口", "department");
        internal static readonly (string Chinese, string English) HistoryRank = ("名次", "rank");
        internal static readonly (string Chinese, string English) RankedCount = ("参评数", "ranked");
        internal static readonly (string Chinese, string English) PreviousMonth = ("上次月份", "previous month");
        internal static readonly (string Chinese, string English) PreviousRank = ("上次名次", "previous rank");
        internal static readonly (string Chinese, string English) Change = ("变化", "change");
    }
}
