using System.Text;

namespace WindowScoring.Import;

/// <summary>Header aliases in Chinese and English, matched after folding, removing white space and lower-casing invariantly.</summary>
internal static class ColumnAliases
{
    private static readonly Dictionary<string, ColumnKind> Aliases = Build(
        (ColumnKind.Rank, ["序号", "排名", "名次", "rank", "ranking", "no", "no.", "#"]),
        (ColumnKind.Department, ["部门窗口", "部门", "单位", "窗口", "部门(单位)", "窗口单位", "部门名称", "单位名称", "窗口名称", "department", "dept", "window", "name"]),
        (ColumnKind.Base, ["基础分", "基础分分值", "基本分", "base", "basescore"]),
        (ColumnKind.Deduction, ["减分", "减分分值", "扣分", "deduction", "deductions"]),
        (ColumnKind.Bonus, ["加分", "加分分值", "附加分", "bonus", "bonuses"]),
        (ColumnKind.Total, ["实得分值", "实得分", "得分", "总分", "合计", "total", "score", "totalscore"]),
        (ColumnKind.Code, ["部门代码", "单位代码", "代码", "编码", "code", "departmentcode"]),
        (ColumnKind.Note, ["备注", "说明", "note", "notes", "remark", "remarks"]),
        (ColumnKind.Group, ["分组", "组别", "类别", "group"]));

    /// <summary>The canonical names listed in "expected" messages.</summary>
    internal static string DisplayName(ColumnKind kind) => kind switch
    {
        ColumnKind.Rank => "序号/rank",
        ColumnKind.Department => "部门窗口/department",
        ColumnKind.Base => "基础分/base",
        ColumnKind.Deduction => "减分/deduction",
        ColumnKind.Bonus => "加分/bonus",
        ColumnKind.Total => "实得分值/total",
        ColumnKind.Code => "部门代码/code",
        ColumnKind.Note => "备注/note",
        ColumnKind.Group => "分组/group",
        _ => kind.ToString(),
    };

    /// <summary>The name listed in messages: the Chinese header alone for Chinese messages, "基础分/base" for English ones.</summary>
    internal static string DisplayName(ColumnKind kind, System.Globalization.CultureInfo culture) =>
        Messages.IsChinese(culture) ? DisplayName(kind).Split('/')[0] : DisplayName(kind);

    internal static ColumnKind Classify(string header) =>
        Aliases.TryGetValue(Key(header), out var kind) ? kind : ColumnKind.Extra;

    internal static string Key(string header)
    {
        var folded = TextFolding.Fold(header);
        var b = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    private static Dictionary<string, ColumnKind> Build(params (ColumnKind Kind, string[] Names)[] groups)
    {
        var map = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in groups)
        {
            foreach (var name in names)
            {
                map.Add(Key(name), kind);
            }
        }

        return map;
    }
}
