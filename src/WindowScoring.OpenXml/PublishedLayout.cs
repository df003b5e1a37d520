using WindowScoring.Export;

namespace WindowScoring.OpenXml;

/// <summary>
/// The published table as cells, declared once for the .xlsx and .docx writers: the title, the seed's columns
/// (<see cref="ReportTableWriter.Header"/>: 序号 部门窗口 基础分 分值 减分 分值 加分分值 实得分值), a 备注 column when a row has a note
/// (a not-assessed department's reason, a cap that applied), the rows' extra columns
/// (<see cref="Assessment.Extras"/>), a 分组 column when the table has groups; ranked rows, then the departments not
/// assessed (不参与考核 in the total cell), one block per group. Headings come from <see cref="ColumnCatalogue"/>.
/// </summary>
internal static class PublishedLayout
{
    internal static readonly string NoteHeader = ColumnCatalogue.Note.Chinese;
    internal static readonly string GroupHeader = ColumnCatalogue.Group.Chinese;
    internal const string NotAssessed = "不参与考核"; // what the core's readers read back as not assessed
    internal const int DepartmentColumn = 1;
    internal const int TotalColumn = 5;

    private static readonly string[] SeedHeaders = ReportTableWriter.Header.Split('\t');

    /// <summary>The ranked table as the writers lay it out.</summary>
    internal static Sheet For(RankedTable table) => new(Title(table), Headers(table), () => Blocks(table), table.Scheme.DisplayDecimals, TotalColumn);

    /// <summary>The title printed above the table: the table's own, else one built from its period
    /// (<c>2023年11月窗口考核结果</c>, which the reader takes the period from); null when there is neither.</summary>
    internal static string? Title(RankedTable table) =>
        table.Title ?? (table.Period is { } p ? p.ToString("C", null) + "窗口考核结果" : null);

    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    // The limits that changed a total, in the catalogue's Chinese terms (Limit.BonusCap: 加分封顶), as the core's writers
    // print them in a Chinese table; empty when none did.
    private static string LimitsNote(ScoreLimits limits) => string.Join(
        MessageCatalog.GetText("ListSeparator", Chinese),
        Enum.GetValues<ScoreLimits>().Where(l => l != ScoreLimits.None && limits.HasFlag(l)).Select(l => MessageCatalog.GetText("Limit." + l, Chinese)));

    internal static bool HasNotes(RankedTable table) => table.NotAssessed.Count > 0 || table.Rows.Any(r => r.AppliedLimits != ScoreLimits.None);

    // The headings of the rows' extra columns, in order of first appearance; those a column of the table prints are left out.
    internal static IReadOnlyList<string> ExtraHeaders(RankedTable table) => table.Rows.Select(r => r.Assessment)
        .SelectMany(a => a.Extras.Select(e => e.Key))
        .Where(h => !ColumnCatalogue.PublishedTable.Any(c => c.Matches(h)))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static Cell Extra(Assessment assessment, string heading) =>
        Cell.Text(assessment.Extras.FirstOrDefault(e => e.Key == heading).Value ?? string.Empty);

    internal static bool IsGrouped(RankedTable table) => table.Rows.Any(r => r.Group is not null) || table.NotAssessed.Any(a => a.Group is not null);

    internal static IReadOnlyList<string> Headers(RankedTable table)
    {
        var headers = new List<string>(SeedHeaders);
        if (HasNotes(table))
        {
            headers.Add(NoteHeader);
        }

        headers.AddRange(ExtraHeaders(table));
        if (IsGrouped(table))
        {
            headers.Add(GroupHeader);
        }

        return headers;
    }

    /// <summary>The blocks of the table: one (group null) when it has no groups, else one per group in order of first appearance.</summary>
    /// <remarks>A block's rows are made as they are enumerated (the writers stream them), anew on each enumeration.</remarks>
    internal static IEnumerable<(string? Group, IEnumerable<Cell[]> Rows)> Blocks(RankedTable table)
    {
        var notes = HasNotes(table);
        var extras = ExtraHeaders(table);
        var grouped = IsGrouped(table);
        var groups = table.Rows.Select(r => r.Group).Concat(table.NotAssessed.Select(a => a.Group)).Distinct().ToList();
        return (grouped ? groups : [null]).Select(group => (group, Rows(table, group, grouped, notes, extras)));
    }

    private static IEnumerable<Cell[]> Rows(RankedTable table, string? group, bool grouped, bool notes, IReadOnlyList<string> extras)
    {
        foreach (var r in table.Rows.Where(r => !grouped || r.Group == group))
        {
            var cells = new List<Cell>
            {
                Cell.Rank(r.PrintedRank),
                Cell.Text(r.Department.Name),
                Cell.Of(r.BaseScore),
                Cell.Of(r.Deduction is { } d ? -d : null), // printed negative, as published
                Cell.Of(r.CountedBonus),
                Cell.Of(r.Total),
            };
            if (notes)
            {
                cells.Add(Cell.Text(LimitsNote(r.AppliedLimits)));
            }

            cells.AddRange(extras.Select(h => Extra(r.Assessment, h)));
            if (grouped)
            {
                cells.Add(Cell.Text(r.Group ?? string.Empty));
            }

            yield return [.. cells];
        }

        foreach (var a in table.NotAssessed.Where(a => !grouped || a.Group == group))
        {
            var cells = new List<Cell> { Cell.Empty, Cell.Text(a.Department.Name), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Text(NotAssessed) };
            if (notes)
            {
                cells.Add(Cell.Text(a.Reason ?? string.Empty));
            }

            cells.AddRange(extras.Select(_ => Cell.Empty)); // a department not assessed carries no extras
            if (grouped)
            {
                cells.Add(Cell.Text(a.Group ?? string.Empty));
            }

            yield return [.. cells];
        }
    }

    /// <summary>
    /// A table as the .xlsx and .docx writers lay it out, whatever its kind: the title (or null), the headings, the blocks of
    /// rows (made anew on each call), the display decimals of its numbers (null: as they are) and the column whose text is
    /// printed as a figure (the total's 不参与考核; -1 for none). Column <see cref="DepartmentColumn"/> names the row in messages.
    /// </summary>
    internal sealed record Sheet(string? Title, IReadOnlyList<string> Headers, Func<IEnumerable<(string? Group, IEnumerable<Cell[]> Rows)>> Blocks, int? Decimals, int FigureColumn);

    /// <summary>One cell: a number (stored as a number; a rank keeps its printed text to show) or text (stored as text, never
    /// a formula); empty when both are null.</summary>
    internal readonly record struct Cell(string? Value, decimal? Number)
    {
        internal static Cell Empty => default;

        internal bool IsEmpty => Number is null && string.IsNullOrEmpty(Value);

        internal static Cell Text(string text) => new(text, null);

        internal static Cell Of(decimal? number) => new(null, number);

        /// <summary>A printed rank: a number shown as printed ("2", never the scores' "2.00"; blank on the second and later
        /// rows of a tie), or the text printed.</summary>
        internal static Cell Rank(string printed) => ScoreText.TryParse(printed, out var rank) ? new(printed, rank) : Text(printed);

        /// <summary>The text shown: the text when the cell has one (a rank as printed), else the number with the table's
        /// display decimals.</summary>
        internal string Display(int? decimals) => Value ?? (Number is { } n ? ScoreText.FormatDisplay(n, decimals) : string.Empty);
    }
}
