using WindowScoring.Ratings;
using Cell = WindowScoring.OpenXml.PublishedLayout.Cell;

namespace WindowScoring.OpenXml;

/// <summary>
/// The month's 好差评 table as the .xlsx and .docx writers lay it out: the title <c>2025年10月好差评统计</c>, the columns of
/// <see cref="RatingColumns.Table"/> in their order (序号 部门 评价数, the five levels, 满意率, 差评数, then 默认评价数 已整改 按时整改 超期
/// 申诉中 申诉成立), one row per department as the table has them. Counts are numbers; 满意率 is the text the core's writers
/// print (<c>87.50%</c>, rounded once), set right as a figure.
/// </summary>
internal static class RatingLayout
{
    // Each column's cell, by the column's definition: the order and headings are RatingColumns.Table's.
    private static readonly Dictionary<ColumnDefinition, Func<RatingTable, RatingRow, Cell>> Cells = new()
    {
        [ColumnCatalogue.Rank] = static (_, r) => Cell.Rank(r.PrintedRank),
        [RatingColumns.Department] = static (_, r) => Cell.Text(r.Department.Name),
        [RatingColumns.Counted] = static (_, r) => Cell.Of(r.Counted),
        [RatingColumns.VerySatisfied] = static (_, r) => Cell.Of(r.VerySatisfied),
        [RatingColumns.Satisfied] = static (_, r) => Cell.Of(r.Satisfied),
        [RatingColumns.FairlySatisfied] = static (_, r) => Cell.Of(r.FairlySatisfied),
        [RatingColumns.Dissatisfied] = static (_, r) => Cell.Of(r.Dissatisfied),
        [RatingColumns.VeryDissatisfied] = static (_, r) => Cell.Of(r.VeryDissatisfied),
        [RatingColumns.SatisfactionRate] = static (t, r) => Cell.Text(r.FormatRate(t.Rules.Decimals)),
        [RatingColumns.Negative] = static (_, r) => Cell.Of(r.Negative),
        [RatingColumns.Defaults] = static (_, r) => Cell.Of(r.Defaults),
        [RatingColumns.Rectified] = static (_, r) => Cell.Of(r.Rectified),
        [RatingColumns.RectifiedOnTime] = static (_, r) => Cell.Of(r.RectifiedOnTime),
        [RatingColumns.Overdue] = static (_, r) => Cell.Of(r.Overdue),
        [RatingColumns.PendingAppeals] = static (_, r) => Cell.Of(r.PendingAppeals),
        [RatingColumns.UpheldAppeals] = static (_, r) => Cell.Of(r.UpheldAppeals),
    };

    /// <summary>The title printed above the table.</summary>
    internal static string Title(RatingTable table) => table.Period.ToString("C", null) + "好差评统计";

    /// <summary>The 好差评 table as the writers lay it out (one block; counts shown as they are).</summary>
    internal static PublishedLayout.Sheet For(RatingTable table)
    {
        var columns = RatingColumns.Table;
        return new PublishedLayout.Sheet(
            Title(table),
            columns.Select(c => c.Chinese).ToArray(),
            () => [(null, table.Rows.Select(r => columns.Select(c => Cells[c](table, r)).ToArray()))],
            null,
            columns.ToList().IndexOf(RatingColumns.SatisfactionRate));
    }
}
