using System.Globalization;
using WindowScoring.History;
using C = WindowScoring.ColumnCatalogue;

namespace WindowScoring.Export;

/// <summary>
/// The columns of one department's history, declared once: one line per month, and under the Markdown form a summary line
/// (best and worst rank, the months at rank 1). Totals print in their shortest exact form; ranks always do.
/// </summary>
internal static class HistoryColumns
{
    /// <summary>月份, 部门窗口 (the name printed that month), 名次, 参评数, 实得分值, 上次月份, 上次名次, 变化 (上升 2, 下降 3, 持平, 新, 不参与考核), 备注.</summary>
    internal static readonly TableShape<DepartmentHistory, RankMovement> Table = new(
        [
            new(C.Month, static (_, m, _) => m.Month.ToString()),
            new(C.Department, static (_, m, _) => m.NameAsPrinted),
            new(C.MonthRank, static (_, m, _) => Figure(m.Rank)),
            new(C.RankedCount, static (_, m, _) => Count(m.RankedCount)),
            new(C.Total, static (_, m, _) => Figure(m.Total)),
            new(C.PreviousMonth, static (_, m, _) => m.PreviousMonth?.ToString() ?? string.Empty),
            new(C.PreviousRank, static (_, m, _) => Figure(m.PreviousRank)),
            new(C.Change, static (_, m, language) => Change(m, language == TableLanguage.English)),
            new(C.Note, static (_, m, _) => m.NotAssessedReason ?? string.Empty),
        ],
        static h => h.Months,
        Summary);

    private static string Change(RankMovement m, bool english) => m.Change switch
    {
        RankChange.New => english ? "new" : "新",
        RankChange.Up => (english ? "up " : "上升 ") + ScoreText.Format(m.Delta!.Value),
        RankChange.Down => (english ? "down " : "下降 ") + ScoreText.Format(-m.Delta!.Value),
        RankChange.Same => english ? "same" : "持平",
        RankChange.NotAssessed => english ? "not assessed" : TableText.NotAssessed,
        _ => Preconditions.FailOutOfRange<string>(m.Change, "Unknown rank change.", nameof(m)),
    };

    /// <summary>The line under a department's Markdown table: best, worst and first-place months.</summary>
    private static string Summary(DepartmentHistory history, TableLanguage language)
    {
        var english = language == TableLanguage.English;
        if (history.BestMonth is not { } best || history.WorstMonth is not { } worst)
        {
            return english ? "never ranked" : "未参与排名";
        }

        var firsts = string.Join(", ", history.MonthsAtRankOne);
        return english
            ? $"best rank {ScoreText.Format(best.Rank!.Value)} ({best.Month}), worst rank {ScoreText.Format(worst.Rank!.Value)} ({worst.Month}), rank 1 in {Count(history.MonthsAtRankOne.Count)} month(s){(firsts.Length > 0 ? ": " + firsts : string.Empty)}"
            : $"最好名次 {ScoreText.Format(best.Rank!.Value)}（{best.Month}），最差名次 {ScoreText.Format(worst.Rank!.Value)}（{worst.Month}），第一名 {Count(history.MonthsAtRankOne.Count)} 个月{(firsts.Length > 0 ? "：" + firsts : string.Empty)}";
    }

    private static string Figure(decimal? value) => value is { } v ? ScoreText.Format(v) : string.Empty;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
