using System.Globalization;
using WindowScoring.Ratings;
using R = WindowScoring.Ratings.RatingColumns;

namespace WindowScoring.Export;

/// <summary>
/// The columns of the month's 好差评 table, declared once for every writer (<see cref="RatingColumns.Table"/>): 序号 (blank on
/// the second and later rows of a tie, and for a department with no counted rating), 部门, 评价数, the five levels, 满意率
/// (<c>87.50%</c>, rounded once to the rules' decimals), 差评数, then 默认评价数, 已整改, 按时整改, 超期, 申诉中, 申诉成立.
/// </summary>
internal static class RatingTableColumns
{
    internal static readonly TableShape<RatingTable, RatingRow> Table = new(
        [
            new(ColumnCatalogue.Rank, static (_, r, _) => r.PrintedRank),
            new(R.Department, static (_, r, _) => r.Department.Name),
            Count(R.Counted, static r => r.Counted),
            Count(R.VerySatisfied, static r => r.VerySatisfied),
            Count(R.Satisfied, static r => r.Satisfied),
            Count(R.FairlySatisfied, static r => r.FairlySatisfied),
            Count(R.Dissatisfied, static r => r.Dissatisfied),
            Count(R.VeryDissatisfied, static r => r.VeryDissatisfied),
            new(R.SatisfactionRate, static (t, r, _) => r.FormatRate(t.Rules.Decimals)),
            Count(R.Negative, static r => r.Negative),
            Count(R.Defaults, static r => r.Defaults),
            Count(R.Rectified, static r => r.Rectified),
            Count(R.RectifiedOnTime, static r => r.RectifiedOnTime),
            Count(R.Overdue, static r => r.Overdue),
            Count(R.PendingAppeals, static r => r.PendingAppeals),
            Count(R.UpheldAppeals, static r => r.UpheldAppeals),
        ],
        static t => t.Rows);

    private static TableColumn<RatingTable, RatingRow> Count(ColumnDefinition column, Func<RatingRow, int> count) =>
        new(column, (_, r, _) => count(r).ToString(CultureInfo.InvariantCulture));
}
