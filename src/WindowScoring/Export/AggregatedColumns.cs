using WindowScoring.History;
using C = WindowScoring.ColumnCatalogue;

namespace WindowScoring.Export;

/// <summary>
/// The columns of an aggregated table (a quarter, half-year or year), declared once: the ranked rows, then the departments
/// listed apart with <c>不参与排名</c> in the total cell and the reason as note. Sums print with the scheme's display decimals;
/// averages, and totals that are averages or weighted mixes, are rounded for display (see <see cref="ScoreText.FormatAverage"/>).
/// </summary>
internal static class AggregatedColumns
{
    /// <summary>
    /// 序号, 部门窗口, 部门代码 (not in Markdown), 分组 (in Markdown only when the options set groups), 考核月数, 月度合计, 月均分,
    /// 评价分 (in Markdown only for a weighted aggregation), 综合得分, 备注 (the months assessed when not every month of the
    /// period; the reason when listed apart).
    /// </summary>
    internal static readonly TableShape<AggregatedTable, Line> Table = new(
        [
            new(C.Rank, static (_, l, _) => l.Row?.PrintedRank ?? string.Empty),
            new(C.Department, static (_, l, _) => l.Department.Name),
            new(C.Code, static (_, l, _) => l.Department.Code, inMarkdown: static _ => false),
            new(C.Group, static (_, l, _) => l.Row?.Group ?? string.Empty, inMarkdown: static t => t.Options.Groups is not null),
            new(C.MonthsAssessed, static (_, l, _) => Count(l.MonthsAssessed)),
            new(C.Sum, static (t, l, _) => (l.Row?.Sum ?? l.Apart!.Sum) is { } v ? ScoreText.FormatDisplay(v, t.DisplayDecimals) : string.Empty),
            new(C.Average, static (t, l, _) => Average(t, l.Row?.Average ?? l.Apart!.Average)),
            new(C.Evaluation, static (t, l, _) => l.Row?.Evaluation is { } e ? ScoreText.FormatDisplay(e, t.DisplayDecimals) : string.Empty,
                inMarkdown: static t => t.Options.Method == AggregationMethod.Weighted),
            new(C.AggregatedTotal, static (_, l, language) => l.Row?.TotalText ?? NotRanked(language)),
            new(C.Note, static (t, l, language) => l.Row is { } r
                ? r.MonthsAssessed < t.Months.Count ? Months(language, r.Months) : string.Empty
                : Reason(l.Apart!.Reason, language) + (l.Apart.Months.Count == 0 ? string.Empty : "; " + Months(language, l.Apart.Months))),
        ],
        static t => t.Rows.Select(r => new Line(r, null)).Concat(t.ListedApart.Select(a => new Line(null, a))));

    private static string Average(AggregatedTable table, decimal? value) => value is { } v ? ScoreText.FormatAverage(v, table.DisplayDecimals) : string.Empty;

    private static string NotRanked(TableLanguage language) => language == TableLanguage.English ? TableText.NotRankedEnglish : TableText.NotRanked;

    private static string Months(TableLanguage language, IReadOnlyList<AssessmentPeriod> months) =>
        (language == TableLanguage.English ? "months: " : "参评月份: ") + string.Join(", ", months);

    private static string Reason(UnrankedReason reason, TableLanguage language) => (reason, language == TableLanguage.English) switch
    {
        (UnrankedReason.TooFewMonths, false) => "考核月数不足",
        (UnrankedReason.TooFewMonths, true) => "too few months",
        (UnrankedReason.NoEvaluation, false) => "缺少评价分",
        (UnrankedReason.NoEvaluation, true) => "no evaluation score",
        (UnrankedReason.OutOfRange, false) => "超出数值范围",
        (UnrankedReason.OutOfRange, true) => "out of range",
        _ => Preconditions.FailOutOfRange<string>(reason, "Unknown reason.", nameof(reason)),
    };

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A ranked row, or a department listed apart.</summary>
    internal readonly record struct Line(AggregatedRow? Row, UnrankedDepartment? Apart)
    {
        internal Department Department => Row?.Department ?? Apart!.Department;

        // A property rather than an expression in the column's static lambda: mutation testing cannot compile a mutated
        // `.Count` there and would drop every mutant of the file.
        internal int MonthsAssessed => Row is { } r ? r.MonthsAssessed : Apart!.Months.Count;
    }
}
