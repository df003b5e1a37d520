namespace WindowScoring.Export;

/// <summary>
/// One column of a table kind as a writer renders it: the column (<see cref="ColumnDefinition"/>, declared once in
/// <see cref="ColumnCatalogue"/>: headings and what its cells hold), how a line of the table fills it, and whether the
/// Markdown form (a table for reading, not for reading back) shows it. Text cells are left-aligned and escaped against
/// formulas where a spreadsheet may open them; numbers are right-aligned.
/// </summary>
/// <typeparam name="TTable">The table kind.</typeparam>
/// <typeparam name="TLine">One line of the table.</typeparam>
internal sealed class TableColumn<TTable, TLine>
{
    private readonly Func<TTable, TLine, TableLanguage, string> _cell;
    private readonly Func<TTable, bool> _inMarkdown;
    private readonly bool _reportHeading;

    /// <param name="column">The column, from <see cref="ColumnCatalogue"/>.</param>
    /// <param name="cell">The cell of a line, in a language.</param>
    /// <param name="inMarkdown">Whether the Markdown form of a table shows the column; always when null.</param>
    /// <param name="reportHeading">Whether the Chinese heading is the report layout's (<see cref="ColumnDefinition.ReportHeading"/>).</param>
    internal TableColumn(ColumnDefinition column, Func<TTable, TLine, TableLanguage, string> cell, Func<TTable, bool>? inMarkdown = null, bool reportHeading = false)
    {
        Column = column;
        _cell = cell;
        _inMarkdown = inMarkdown ?? (static _ => true);
        _reportHeading = reportHeading;
    }

    internal ColumnDefinition Column { get; }

    /// <summary>True for text cells (left-aligned, escaped against formulas); false for numbers.</summary>
    internal bool IsText => Column.Format is ColumnFormat.Text or ColumnFormat.Date;

    internal string Header(TableLanguage language) => language switch
    {
        TableLanguage.Chinese => _reportHeading ? Column.ReportHeading : Column.Chinese,
        TableLanguage.English => Column.English,
        _ => Preconditions.FailOutOfRange<string>(language, "Unknown table language.", nameof(language)),
    };

    internal string Cell(TTable table, TLine line, TableLanguage language) => _cell(table, line, language);

    internal bool InMarkdown(TTable table) => _inMarkdown(table);
}

/// <summary>
/// A table kind: its columns in order, its lines in order, an optional line of text under its Markdown form, and the extra
/// cells of a line (<see cref="Assessment.Extras"/>: a hall's own columns), which CSV and Markdown print after the
/// declared columns so they survive a write and a read.
/// </summary>
/// <typeparam name="TTable">The table kind.</typeparam>
/// <typeparam name="TLine">One line of the table.</typeparam>
internal sealed class TableShape<TTable, TLine>(
    IReadOnlyList<TableColumn<TTable, TLine>> columns,
    Func<TTable, IEnumerable<TLine>> lines,
    Func<TTable, TableLanguage, string>? summary = null,
    Func<TLine, IReadOnlyList<KeyValuePair<string, string>>>? extras = null)
{
    internal IReadOnlyList<TableColumn<TTable, TLine>> Columns { get; } = columns;

    /// <summary>
    /// The declared columns, then one text column per extra heading of the table's lines, in order of first appearance;
    /// an extra whose heading names a column of a published table (a note, say) is printed by that column, not again.
    /// </summary>
    internal IReadOnlyList<TableColumn<TTable, TLine>> ColumnsOf(TTable table)
    {
        if (extras is null)
        {
            return Columns;
        }

        var headings = new List<string>();
        foreach (var line in lines(table))
        {
            foreach (var (heading, _) in extras(line))
            {
                if (!headings.Contains(heading) && ColumnSet.PublishedTable.Classify(heading) is null)
                {
                    headings.Add(heading);
                }
            }
        }

        return headings.Count == 0 ? Columns : [.. Columns, .. headings.Select(ExtraColumn)];
    }

    private TableColumn<TTable, TLine> ExtraColumn(string heading) =>
        new(new ColumnDefinition(heading, heading, heading, ColumnFormat.Text), (_, line, _) => ExtraCell(extras!(line), heading));

    private static string ExtraCell(IReadOnlyList<KeyValuePair<string, string>> cells, string heading)
    {
        foreach (var (key, value) in cells)
        {
            if (key == heading)
            {
                return value;
            }
        }

        return string.Empty;
    }

    internal IEnumerable<TLine> Lines(TTable table) => lines(table);

    /// <summary>The line under the Markdown table, or null.</summary>
    internal string? Summary(TTable table, TableLanguage language) => summary?.Invoke(table, language);
}
