using System.Globalization;
using System.Text;
using CsvHelper;
using WindowScoring.History;

namespace WindowScoring.Export;

/// <summary>The columns of the history writers, how results fill them, and the CSV and Markdown plumbing they share.</summary>
internal static class HistoryColumns
{
    internal const int AggregatedCode = 2;
    internal const int AggregatedGroup = 3;
    internal const int AggregatedEvaluation = 7;

    private static readonly string[] AggregatedChinese = ["序号", "部门窗口", "部门代码", "分组", "考核月数", "月度合计", "月均分", "评价分", "综合得分", "备注"];
    private static readonly string[] AggregatedEnglish = ["rank", "department", "code", "group", "months", "sum", "average", "evaluation", "total", "note"];
    private static readonly string[] HistoryChinese = ["月份", "部门窗口", "名次", "参评数", "实得分值", "上次月份", "上次名次", "变化", "备注"];
    private static readonly string[] HistoryEnglish = ["month", "department", "rank", "ranked", "total", "previous month", "previous rank", "change", "note"];

    internal static string[] AggregatedHeaders(TableLanguage language) => language == TableLanguage.English ? AggregatedEnglish : AggregatedChinese;

    internal static string[] HistoryHeaders(TableLanguage language) => language == TableLanguage.English ? HistoryEnglish : HistoryChinese;

    /// <summary>
    /// One line per ranked row, then one per department listed apart: printed rank, name, code, group, months assessed,
    /// sum, average, evaluation, total, note (the months assessed when not every month of the period; the reason when apart).
    /// </summary>
    internal static IEnumerable<string[]> AggregatedCells(AggregatedTable table, TableLanguage language)
    {
        var english = language == TableLanguage.English;
        foreach (var row in table.Rows)
        {
            var note = row.MonthsAssessed < table.Months.Count ? (english ? "months: " : "参评月份: ") + string.Join(", ", row.Months) : string.Empty;
            yield return
            [
                row.PrintedRank, row.Department.Name, row.Department.Code, row.Group ?? string.Empty, Count(row.MonthsAssessed),
                ScoreText.Format(row.Sum), ScoreText.Format(row.Average), Format(row.Evaluation), ScoreText.Format(row.Total), note,
            ];
        }

        foreach (var apart in table.ListedApart)
        {
            var reason = (apart.Reason, english) switch
            {
                (UnrankedReason.TooFewMonths, false) => "考核月数不足",
                (UnrankedReason.TooFewMonths, true) => "too few months",
                (UnrankedReason.NoEvaluation, false) => "缺少评价分",
                (UnrankedReason.NoEvaluation, true) => "no evaluation score",
                (_, false) => "超出数值范围",
                (_, true) => "out of range",
            };
            var months = apart.Months.Count == 0 ? string.Empty : (english ? "; months: " : "; 参评月份: ") + string.Join(", ", apart.Months);
            yield return
            [
                string.Empty, apart.Department.Name, apart.Department.Code, string.Empty, Count(apart.Months.Count),
                Format(apart.Sum), Format(apart.Average), string.Empty, english ? "not ranked" : "不参与排名", reason + months,
            ];
        }
    }

    /// <summary>One line per month of a department's history.</summary>
    internal static IEnumerable<string[]> HistoryCells(DepartmentHistory history, TableLanguage language)
    {
        var english = language == TableLanguage.English;
        foreach (var m in history.Months)
        {
            var change = m.Change switch
            {
                RankChange.New => english ? "new" : "新",
                RankChange.Up => (english ? "up " : "上升 ") + ScoreText.Format(m.Delta!.Value),
                RankChange.Down => (english ? "down " : "下降 ") + ScoreText.Format(-m.Delta!.Value),
                RankChange.Same => english ? "same" : "持平",
                _ => english ? "not assessed" : "不参与考核",
            };
            yield return
            [
                m.Month.ToString(), m.NameAsPrinted, Format(m.Rank), Count(m.RankedCount), Format(m.Total),
                m.PreviousMonth?.ToString() ?? string.Empty, Format(m.PreviousRank), change, m.NotAssessedReason ?? string.Empty,
            ];
        }
    }

    /// <summary>The summary line under a department's Markdown table: best, worst and first-place months.</summary>
    internal static string HistorySummary(DepartmentHistory history, TableLanguage language)
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

    /// <summary>Writes CSV: RFC 4180 quoting, CRLF, invariant; text cells at <paramref name="textColumns"/> escaped against formulas.</summary>
    internal static void WriteCsv(TextWriter writer, char delimiter, string[] headers, IEnumerable<string[]> rows, int[] textColumns)
    {
        var options = new CsvWriterOptions { Separator = delimiter, NewLine = "\r\n", ValidateFieldCount = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteRecord(headers);
        foreach (var cells in rows)
        {
            foreach (var i in textColumns)
            {
                cells[i] = FormulaEscape.Escape(cells[i]);
            }

            csv.WriteRecord(cells);
        }

        csv.Flush();
    }

    /// <summary>Writes one Markdown table line: <c>|</c> escaped, line breaks as <c>&lt;br&gt;</c>, <c>\n</c> line end.</summary>
    internal static void WriteMarkdownLine(TextWriter writer, IEnumerable<string> cells)
    {
        var b = new StringBuilder("|");
        foreach (var cell in cells)
        {
            b.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>")).Append(" |");
        }

        writer.Write(b.Append('\n').ToString());
    }

    /// <summary>A UTF-8 writer with a BOM over a stream, left open, so Excel shows Chinese text correctly.</summary>
    internal static StreamWriter Utf8WithBom(Stream stream) =>
        new(Preconditions.CheckNotNull(stream), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);

    private static string Format(decimal? value) => value is { } v ? ScoreText.Format(v) : string.Empty;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
