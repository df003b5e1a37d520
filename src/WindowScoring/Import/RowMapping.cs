namespace WindowScoring.Import;

/// <summary>
/// What differs between the kinds of table the one row loop (<see cref="TableRowReader{TRow}"/>) reads: their columns and
/// the mapping of a record to a row. A published table maps to <see cref="PublishedRow"/>s (<see cref="TableRowParser"/>),
/// an event log to events (the Rules wing's event row parser); the loop, the limits and the diagnostics of the
/// source, the header search and the row checks are shared.
/// </summary>
/// <typeparam name="TRow">A row.</typeparam>
internal interface IRowMapping<TRow>
    where TRow : class
{
    /// <summary>True when a record names this kind's columns well enough to be taken for its header (in a report text,
    /// where prose may come before the table).</summary>
    bool LooksLikeHeader(IReadOnlyList<string> cells);

    /// <summary>The parser for a header row, or null when the header cannot be used (diagnostics say why).
    /// <paramref name="escaped"/>: the source is a text the core writes with the formula escape (CSV, TSV, the report
    /// layout: <see cref="FormulaEscape"/>), which the parser removes from text cells; otherwise (a worksheet, a host's
    /// cells) a cell's value is its text, read as it is.</summary>
    IRowParser<TRow>? TryCreate(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped);

    /// <summary>Whether a header without a data row is an error (a published table) or an empty input (an event log of a
    /// quiet month).</summary>
    bool RowsRequired { get; }
}

/// <summary>The data rows under one header: one instance per read.</summary>
/// <typeparam name="TRow">A row.</typeparam>
internal interface IRowParser<TRow>
    where TRow : class
{
    /// <summary>The number of columns of the header.</summary>
    int FieldCount { get; }

    /// <summary>The index of the column with this (trimmed) heading, or -1.</summary>
    int IndexOf(string header);

    /// <summary>True when the record repeats the header (a table broken across pages).</summary>
    bool IsRepeatedHeader(IReadOnlyList<string> cells);

    /// <summary>The row of a record, or null (with diagnostics) when the record cannot be used.</summary>
    TRow? Parse(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics);

    /// <summary>The department that must not appear on two rows, or null when rows may share a department (events).</summary>
    Department? UniqueDepartment(TRow row);
}
