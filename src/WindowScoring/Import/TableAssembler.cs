using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Turns the records of one table (header first) into rows and diagnostics, whatever splits the records
/// (CsvHelper for delimited files, lines for report texts): repeated headers, limits, all-blank records.
/// </summary>
internal sealed class TableAssembler : IRecordSink
{
    private readonly ImportOptions _options;
    private readonly Action<ImportedRow> _onRow;
    private TableRowParser? _parser;
    private int _dataRows;

    /// <summary>Creates an assembler that passes each row read to <paramref name="onRow"/>, in input order.</summary>
    internal TableAssembler(ImportOptions options, List<Diagnostic> diagnostics, Action<ImportedRow> onRow)
    {
        _options = options;
        _onRow = onRow;
        Diagnostics = diagnostics;
    }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>The number of rows passed on.</summary>
    internal int RowCount { get; private set; }

    public bool HasHeader => _parser is not null;

    /// <summary>Takes the header row; false (with a diagnostic) when it cannot be used.</summary>
    public bool Start(string[] fields, int line)
    {
        _parser = TableRowParser.TryCreate(fields, line, Diagnostics, _options);
        return _parser is not null;
    }

    /// <summary>Takes one data record; false when reading must stop (a limit was reached).</summary>
    public bool Add(string[] fields, int line)
    {
        var parser = _parser ?? throw new InvalidOperationException("No header.");
        if (AllBlank(fields))
        {
            return true; // a blank line (or a line of empty cells) is not a row
        }

        if (parser.IsRepeatedHeader(fields))
        {
            Diagnostics.Add(new Diagnostic(DiagnosticCodes.RepeatedHeader, DiagnosticSeverity.Info, line, null, null,
                ImportText.Pick(_options, "A repeated header row (a table broken across pages) was skipped.", "跳过重复的表头（表格跨页）。")));
            return true;
        }

        foreach (var field in fields)
        {
            if (field.Length > _options.MaxFieldLength)
            {
                Error(DiagnosticCodes.FieldTooLong, line, Truncate(field), ImportText.Pick(_options, $"A field is longer than {_options.MaxFieldLength} characters (ImportOptions.MaxFieldLength); the row is not used.", $"有单元格超过 {_options.MaxFieldLength} 个字符（ImportOptions.MaxFieldLength）；本行未使用。"));
                return true;
            }
        }

        if (++_dataRows > _options.MaxRows)
        {
            Error(DiagnosticCodes.TooManyRows, line, null, ImportText.Pick(_options, $"The input has more than {_options.MaxRows} rows (ImportOptions.MaxRows); reading stopped at this line.", $"超过 {_options.MaxRows} 行（ImportOptions.MaxRows）；在此行停止读取。"));
            return false;
        }

        if (parser.Parse(fields, line, Diagnostics) is { } row)
        {
            Emit(row);
        }

        return true;
    }

    /// <summary>Takes a data record in the common form straight from CsvHelper; false to have it passed to <see cref="Add"/>.</summary>
    public bool TryAddCommon(CsvReader csv, int line, bool utf8Bytes)
    {
        if (_parser is null || _options.GeneralPathOnly || _dataRows >= _options.MaxRows || _parser.TryParseCommon(csv, line, _options.MaxFieldLength, utf8Bytes) is not { } row)
        {
            return false;
        }

        _dataRows++;
        Emit(row);
        return true;
    }

    private void Emit(ImportedRow row)
    {
        RowCount++;
        _onRow(row);
    }

    internal static bool AllBlank(string[] fields)
    {
        foreach (var field in fields)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }

        return true;
    }

    public void Error(string code, int? line, string? raw, string message) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, line, null, raw, message));

    internal static string Truncate(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
