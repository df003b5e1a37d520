namespace WindowScoring.Import;

/// <summary>
/// The columns a header row names, for the row parsers of event logs and ratings exports: where each declared column is,
/// the cells of a record by column, the repeated-header check, the field-count check and the lookup of a cell among known
/// words (statuses, states, yes/no). One instance per header.
/// </summary>
internal sealed class HeaderColumns
{
    private readonly string[] _headerKeys;
    private readonly Dictionary<ColumnDefinition, int> _columns;

    private HeaderColumns(string[] headers, Dictionary<ColumnDefinition, int> columns)
    {
        Headers = headers;
        _headerKeys = headers.Select(ColumnSet.Key).ToArray();
        _columns = columns;
    }

    /// <summary>The trimmed headings.</summary>
    internal string[] Headers { get; }

    /// <summary>The columns of a header row, or null when a column is named twice (reported).</summary>
    internal static HeaderColumns? Resolve(ColumnSet set, IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics)
    {
        var headers = fields.Select(f => f.Trim()).ToArray();
        if (set.Resolve(headers, line, diagnostics) is not { } kinds)
        {
            return null;
        }

        var columns = new Dictionary<ColumnDefinition, int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is { } c)
            {
                columns[c] = i;
            }
        }

        return new HeaderColumns(headers, columns);
    }

    /// <summary>A set of words, each naming a value, keyed as headings are (folded, no white space, lower case).</summary>
    internal static Dictionary<string, T> Words<T>(params (T Value, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (Key: ColumnSet.Key(n), g.Value))).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    /// <summary>True when the header names the column.</summary>
    internal bool Has(ColumnDefinition column) => _columns.ContainsKey(column);

    /// <summary>The heading of a column as the header prints it; null when the header does not name it.</summary>
    internal string? Heading(ColumnDefinition column) => _columns.TryGetValue(column, out var i) ? Headers[i] : null;

    /// <summary>The trimmed cell of a column; empty when the header does not name it.</summary>
    internal string Cell(IReadOnlyList<string> fields, ColumnDefinition column) => _columns.TryGetValue(column, out var i) ? fields[i].Trim() : string.Empty;

    /// <summary>True when the record has fewer cells than the header, or non-empty cells beyond it.</summary>
    internal bool WrongFieldCount(IReadOnlyList<string> fields) =>
        fields.Count < Headers.Length || fields.Skip(Headers.Length).Any(f => !string.IsNullOrWhiteSpace(f));

    /// <summary>True when the record repeats the header (a table broken across pages).</summary>
    internal bool IsRepeatedHeader(IReadOnlyList<string> cells) =>
        cells.Count >= _headerKeys.Length && cells.Select((c, i) => i < _headerKeys.Length ? ColumnSet.Key(c) == _headerKeys[i] : c.Trim().Length == 0).All(same => same);

    /// <summary>The value a column's cell names among <paramref name="words"/>: <paramref name="missing"/> for an empty cell;
    /// false (with the text) when the cell names none of them.</summary>
    internal bool TryWord<T>(IReadOnlyList<string> fields, ColumnDefinition column, Dictionary<string, T> words, T missing, out T value, out string text)
    {
        text = Cell(fields, column);
        if (text.Length > 0 && words.TryGetValue(ColumnSet.Key(text), out var found))
        {
            value = found;
            return true;
        }

        value = missing;
        return text.Length == 0;
    }
}
