
namespace WindowScoring.Export;

/// <summary>The columns the CSV and Markdown writers share, and how a ranked table fills them.</summary>
internal static class TableColumns
{
    internal const string NotAssessedText = Import.TableRowParser.NotAssessedText;

    private static readonly string[] Chinese = ["序号", "部门窗口", "部门代码", "分组", "基础分", "减分", "加分", "实得分值", "备注"];
    private static readonly string[] English = ["rank", "department", "code", "group", "base", "deduction", "bonus", "total", "note"];

    /// <summary>The text cells (name, code, group, note), which writers escape against formulas.</summary>
    internal static readonly int[] TextCells = [1, 2, 3, 8];

    internal static string[] Headers(TableLanguage language) => language == TableLanguage.English ? English : Chinese;

    /// <summary>
    /// One line per ranked row (printed rank, name, code, group, base, deduction printed negative, bonus as assessed,
    /// total after caps, note naming the limits applied), then one per department not assessed.
    /// </summary>
    internal static IEnumerable<string[]> Cells(RankedTable table)
    {
        foreach (var row in table.Rows)
        {
            yield return
            [
                row.PrintedRank,
                row.Department.Name,
                row.Department.Code,
                row.Group ?? string.Empty,
                Format(row.BaseScore),
                row.Deduction is { } d ? ScoreText.Format(-d) : string.Empty,
                Format(row.Bonus),
                ScoreText.Format(row.Assessment.HasBreakdown ? row.Total : row.RawTotal), // a score-only row keeps its figure
                row.AppliedLimits == ScoreLimits.None ? string.Empty : "limits: " + row.AppliedLimits,
            ];
        }

        foreach (var a in table.NotAssessed)
        {
            yield return [string.Empty, a.Department.Name, a.Department.Code, a.Group ?? string.Empty, string.Empty, string.Empty, string.Empty, NotAssessedText, a.NotAssessedReason ?? string.Empty];
        }
    }

    private static string Format(decimal? value) => value is { } v ? ScoreText.Format(v) : string.Empty;
}
