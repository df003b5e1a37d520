using System.Globalization;

namespace WindowScoring.Import;

/// <summary>
/// A table source over records a host already has in memory (a database query, a web form, a test), numbered from line 1;
/// optionally with a sheet name, so diagnostics name cells as a worksheet does (<c>Sheet1!C7</c>).
/// </summary>
/// <remarks>The records are read lazily, once. A cell is its value: a leading apostrophe is text, never the formula escape
/// that CSV and the report layout carry. Not thread-safe (a source belongs to one reader).</remarks>
public sealed class CellTableSource : ITableSource
{
    private readonly IEnumerator<IReadOnlyList<string>> _records;
    private readonly string? _sheet;

    /// <summary>Creates a source over <paramref name="records"/>.</summary>
    /// <param name="records">The records, the header (and any title) first; a null cell is read as empty.</param>
    /// <param name="sheetName">A sheet name for cell references in diagnostics, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public CellTableSource(IEnumerable<IReadOnlyList<string>> records, string? sheetName = null)
    {
        _records = Preconditions.CheckNotNull(records).GetEnumerator();
        _sheet = sheetName;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Cells { get; private set; } = [];

    /// <inheritdoc />
    public int Line { get; private set; }

    /// <inheritdoc />
    public bool Read(ICollection<Diagnostic> diagnostics)
    {
        if (!_records.MoveNext())
        {
            return false;
        }

        Line++;
        Cells = _records.Current is { } cells ? cells.Select(c => c ?? string.Empty).ToArray() : [];
        return true;
    }

    /// <inheritdoc />
    public string? CellReference(int index) => _sheet is null ? null : _sheet + "!" + ColumnName(index) + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>The spreadsheet name of a 0-based column: A, B, … Z, AA, AB ….</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <inheritdoc />
    public void Dispose() => _records.Dispose();
}
