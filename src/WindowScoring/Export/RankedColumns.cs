using System.Globalization;
using C = WindowScoring.ColumnCatalogue;

namespace WindowScoring.Export;

/// <summary>
/// The columns of a ranked table, declared once: <see cref="Table"/> for CSV and Markdown (the ranked rows, then the
/// departments not assessed), <see cref="Report"/> for the published report layout (the ranked rows only). Scores print
/// with the scheme's <see cref="ScoringScheme.DisplayDecimals"/>.
/// </summary>
internal static class RankedColumns
{
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN"); // the note's words in a Chinese table

    /// <summary>序号, 部门窗口, 部门代码 (not in Markdown), 分组 (in Markdown only when the table has groups), 基础分, 减分, 加分, 实得分值,
    /// 备注 (the limits that applied, in the table's language: 加分封顶, bonus capped; a not-assessed department's reason), then the rows' extra columns
    /// (<see cref="Assessment.Extras"/>).</summary>
    internal static readonly TableShape<RankedTable, Line> Table = new(
        [
            new(C.Rank, static (_, l, _) => l.Row?.PrintedRank ?? string.Empty),
            new(C.Department, static (_, l, _) => l.Department.Name),
            new(C.Code, static (_, l, _) => l.Department.Code, inMarkdown: static _ => false),
            new(C.Group, static (_, l, _) => l.Group ?? string.Empty, inMarkdown: IsGrouped),
            new(C.Base, static (t, l, _) => Score(t, l.Row?.BaseScore)),
            new(C.Deduction, static (t, l, _) => Score(t, -l.Row?.Deduction)), // printed negative, as published
            new(C.Bonus, static (t, l, _) => Score(t, l.Row?.Bonus)), // as assessed; the note names a cap
            new(C.Total, static (t, l, _) => l.Row is { } r
                ? Score(t, r.Assessment.HasBreakdown ? r.Total : r.RawTotal) // a score-only row keeps its figure
                : TableText.NotAssessed), // in both languages: the reader reads it back
            new(C.Note, static (_, l, language) => l.Row is { } r
                ? Messages.LimitsNote(r.AppliedLimits, language == TableLanguage.English ? CultureInfo.InvariantCulture : ChineseCulture)
                : l.NotAssessed!.Reason ?? string.Empty),
        ],
        static t => t.Rows.Select(r => new Line(r, null)).Concat(t.NotAssessed.Select(a => new Line(null, a))),
        extras: static l => l.Row?.Assessment.Extras ?? []); // a department not assessed carries no extras

    /// <summary>
    /// The seed's layout: 序号, 部门窗口, 基础分 分值, 减分 分值, 加分分值 (the bonus that counted after the cap), 实得分值 (after
    /// caps); a score-only row leaves the breakdown blank. Departments not assessed are not part of it.
    /// </summary>
    internal static readonly TableShape<RankedTable, RankedRow> Report = new(
        [
            new(C.Rank, static (_, r, _) => r.PrintedRank),
            new(C.Department, static (_, r, _) => r.Department.Name),
            new(C.Base, static (t, r, _) => Score(t, r.BaseScore), reportHeading: true),
            new(C.Deduction, static (t, r, _) => Score(t, -r.Deduction), reportHeading: true),
            new(C.Bonus, static (t, r, _) => Score(t, r.CountedBonus), reportHeading: true),
            new(C.Total, static (t, r, _) => Score(t, r.Total)),
        ],
        static t => t.Rows);

    private static bool IsGrouped(RankedTable table) => table.Rows.Any(r => r.Group is not null) || table.NotAssessed.Any(a => a.Group is not null);

    private static string Score(RankedTable table, decimal? value) => value is { } v ? ScoreText.FormatDisplay(v, table.Scheme.DisplayDecimals) : string.Empty;

    /// <summary>A ranked row, or a department not assessed.</summary>
    internal readonly record struct Line(RankedRow? Row, NotAssessedEntry? NotAssessed)
    {
        internal Department Department => Row?.Department ?? NotAssessed!.Department;

        internal string? Group => Row is { } r ? r.Group : NotAssessed!.Group;
    }
}
