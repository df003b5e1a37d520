namespace WindowScoring.Export;

/// <summary>What a cell holds: text (left-aligned; escaped against formulas where a spreadsheet may open it) or a number (right-aligned).</summary>
internal enum CellKind
{
    Text,
    Number,
}

/// <summary>
/// One named column of a table kind: its Chinese and English header, what its cells hold, how a line of the table fills
/// it, and whether the Markdown form (a table for reading, not for reading back) shows it.
/// </summary>
/// <typeparam name="TTable">The table kind.</typeparam>
/// <typeparam name="TLine">One line of the table.</typeparam>
internal sealed class TableColumn<TTable, TLine>
{
    private readonly (string Chinese, string English) _header;
    private readonly Func<TTable, TLine, TableLanguage, string> _cell;
    private readonly Func<TTable, bool> _inMarkdown;

    /// <param name="header">The header (Chinese, English), from <see cref="TableText.Headers"/>.</param>
    /// <param name="kind">What the cells hold.</param>
    /// <param name="cell">The cell of a line, in a language.</param>
    /// <param name="inMarkdown">Whether the Markdown form of a table shows the column; always when null.</param>
    internal TableColumn((string Chinese, string English) header, CellKind kind, Func<TTable, TLine, TableLanguage, string> cell, Func<TTable, bool>? inMarkdown = null)
    {
        _header = header;
        Kind = kind;
        _cell = cell;
        _inMarkdown = inMarkdown ?? (static _ => true);
    }

    internal CellKind Kind { get; }

    internal string Header(TableLanguage language) => language switch
    {
        TableLanguage.Chinese => _header.Chinese,
        TableLanguage.English => _header.English,
        _ => Preconditions.FailOutOfRange<string>(language, "Unknown table language.", nameof(language)),
    };

    internal string Cell(TTable table, TLine line, TableLanguage language) => _cell(table, line, language);

    internal bool InMarkdown(TTable table) => _inMarkdown(table);
}

/// <summary>A table kind: its columns in order, its lines in order, and an optional line of text under its Markdown form.</summary>
/// <typeparam name="TTable">The table kind.</typeparam>
/// <typeparam name="TLine">One line of the table.</typeparam>
internal sealed class TableShape<TTable, TLine>(
    IReadOnlyList<TableColumn<TTable, TLine>> columns,
    Func<TTable, IEnumerable<TLine>> lines,
    Func<TTable, TableLanguage, string>? summary = null)
{
    internal IReadOnlyList<TableColumn<TTable, TLine>> Columns { get; } = columns;

    internal IEnumerable<TLine> Lines(TTable table) => lines(table);

    /// <summary>The line under the Markdown table, or null.</summary>
    internal string? Summary(TTable table, TableLanguage language) => summary?.Invoke(table, language);
}
