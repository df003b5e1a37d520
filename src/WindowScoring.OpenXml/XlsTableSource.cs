using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using WindowScoring.Import;

namespace WindowScoring.OpenXml;

/// <summary>
/// A table source over one worksheet of a legacy Excel 97–2003 workbook (<c>.xls</c>, BIFF8, as older WPS and Excel save
/// by default), read with ExcelDataReader. <see cref="XlsxTableSource"/> hands such a file (an OLE compound file) to it, so
/// <see cref="WorkbookReader"/> reads both kinds with the same rules and diagnostics: the first visible worksheet unless one
/// is named (WS604 for hidden ones), numbers to the 15 digits Excel shows or WS605, dates as their text with WS601 (WS605
/// when a date-formatted number is no date), <c>;;;</c> formats WS606, hidden rows WS600, cell references such as
/// <c>Sheet1!C7</c>. A password-protected workbook is WS607; a compound file that is no workbook (a .doc) is WS116.
/// </summary>
/// <remarks>
/// A .xls is a compound file read by random access, so its bytes are held in memory (the caller's stream, which
/// <see cref="XlsxTableSource"/> has already bounded by <see cref="ImportOptions.MaxBytes"/>). ExcelDataReader needs the
/// legacy code pages (Windows-1252 and others) of <see cref="CodePagesEncodingProvider"/>, which this type registers with
/// <see cref="Encoding.RegisterProvider"/> once: that only adds encodings to the process, it changes none.
/// </remarks>
internal sealed class XlsTableSource : ITableSource
{
    private readonly Stream _stream;
    private readonly ImportOptions _options;
    private readonly string? _requestedSheet;
    private IExcelDataReader? _reader;
    private bool _opened;
    private bool _done;
    private string _prefix = string.Empty;
    private int _row;
    private const int MaxRow = 65_536;
    private const int MaxColumn = 256;
    private int _width = -1;

    static XlsTableSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A source over the .xls bytes of a seekable stream, left open.</summary>
    internal XlsTableSource(Stream stream, ImportOptions options, string? sheetName)
    {
        _stream = stream;
        _options = options;
        _requestedSheet = sheetName;
    }

    /// <summary>The name of the worksheet being read; null until it is opened.</summary>
    internal string? SheetName { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> Cells { get; private set; } = [];

    /// <inheritdoc />
    public int Line { get; private set; }

    /// <inheritdoc />
    public string? CellReference(int index) => _prefix + XlsxTableSource.ColumnName(index) + Line.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Read(ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_done)
        {
            return false;
        }

        try
        {
            if (!_opened)
            {
                _opened = true;
                if (!Open(diagnostics))
                {
                    return Stop();
                }
            }

            while (_reader!.Read())
            {
                _row++;
                if (NextRow(diagnostics))
                {
                    return true;
                }
            }

            return Stop();
        }
        catch (InvalidPasswordException)
        {
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlDiagnosticCodes.LegacyOrEncrypted, DiagnosticSeverity.Error));
            return Stop();
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or NotSupportedException or EndOfStreamException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException
            or NullReferenceException)
        {
            // A damaged or foreign compound file (a .doc, a truncated .xls): a diagnostic, never an exception. ExcelDataReader
            // 3.6 dereferences null on some damaged cell records (fuzzed files in the tests), hence NullReferenceException.
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlMessages.BrokenXls, DiagnosticSeverity.Error, e.Message) with { Line = _row > 0 ? _row : null });
            return Stop();
        }
    }

    /// <summary>Closes the reader (the stream is left open).</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        _done = true;
    }

    private bool Stop()
    {
        _done = true;
        Cells = [];
        return false;
    }

    private bool Open(ICollection<Diagnostic> diagnostics)
    {
        _reader = ExcelReaderFactory.CreateBinaryReader(_stream, new ExcelReaderConfiguration { LeaveOpen = true });
        var sheets = new List<(string Name, bool Hidden)>();
        do
        {
            sheets.Add((_reader.Name ?? string.Empty, _reader.VisibleState is "hidden" or "veryhidden")); // no name in a damaged file
        }
        while (_reader.NextResult());

        if (SheetChoice.Pick(sheets, _requestedSheet, diagnostics) is not (>= 0 and var index))
        {
            return false;
        }

        var sheet = sheets[index];
        _reader.Reset();
        for (var i = 0; i < index; i++)
        {
            _reader.NextResult();
        }

        SheetName = sheet.Name;
        _prefix = XlsxTableSource.Quote(sheet.Name) + "!";
        if (_reader.RowCount > MaxRow)
        {
            // A BIFF8 sheet has at most 65,536 rows: ExcelDataReader would walk every row a damaged DIMENSIONS record
            // claims (a 5 KB file: 1.6 billion rows, half a minute), so such a sheet is a broken file.
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlMessages.BrokenXls, DiagnosticSeverity.Error,
                $"the sheet claims {_reader.RowCount.ToString(CultureInfo.InvariantCulture)} rows; an Excel 97-2003 sheet has at most 65536"));
            return false;
        }

        return true;
    }

    // The current row's cells; false for a row with no value (not a record).
    private bool NextRow(ICollection<Diagnostic> diagnostics)
    {
        var reader = _reader!;
        var width = Math.Min(reader.FieldCount, MaxColumn); // a damaged DIMENSIONS record may claim more
        for (; width > 0 && reader.GetValue(width - 1) is null or ""; width--)
        {
        }

        if (width > _options.MaxColumns)
        {
            // A record wider than MaxColumns, as from XlsxTableSource: its count, and no cells made (the row parser reports WS103).
            Line = _row;
            Cells = Enumerable.Repeat(string.Empty, width).ToArray();
            return true;
        }

        var cells = new string[width];
        var last = -1;
        var values = 0;
        for (var i = 0; i < width; i++)
        {
            cells[i] = Text(reader, i, diagnostics);
            if (cells[i].Length > 0)
            {
                last = i;
                values++;
            }
        }

        if (last < 0)
        {
            return false;
        }

        // As wide as the header (the first record of two or more values), so a row whose last cells are blank (no note)
        // is still a full record, and no wider than its last value: the rule of XlsxTableSource.
        if (_width < 0 && values >= 2)
        {
            _width = last + 1;
        }

        Line = _row;
        var length = Math.Max(last + 1, _width);
        if (length != cells.Length)
        {
            var record = new string[length];
            Array.Fill(record, string.Empty);
            Array.Copy(cells, record, Math.Min(length, cells.Length));
            cells = record;
        }

        Cells = cells;
        if (reader.RowHeight == 0)
        {
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlDiagnosticCodes.HiddenRow, DiagnosticSeverity.Info, _row) with { Line = _row, Cell = _prefix.TrimEnd('!') });
        }

        return true;
    }

    // One cell as text, by the rules of XlsxTableSource: whether a number is a date is decided by its format here, not by
    // ExcelDataReader (which misses some date formats, takes a date in a later section for one, and moves serials).
    private string Text(IExcelDataReader reader, int column, ICollection<Diagnostic> diagnostics)
    {
        double number;
        switch (reader.GetValue(column))
        {
            case null:
                return string.Empty; // an empty cell, or an error value (#DIV/0!, #N/A): ExcelDataReader 3.6 gives null for both
            case string s:
                return s;
            case bool b:
                return b ? "TRUE" : "FALSE";
            case DateTime date:
                number = Serial(date);
                break;
            case TimeSpan time: // an elapsed-time format ([h]:mm)
                number = time.TotalDays;
                break;
            case double d:
                number = d;
                break;
            case var other:
                return Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var raw = number.ToString("R", CultureInfo.InvariantCulture);
        var format = reader.GetNumberFormatString(column);
        var hidden = format is not null && DateFormats.IsHiddenCode(format);
        if (DateFormats.IsBuiltInDate(reader.GetNumberFormatIndex(column)) || (!hidden && format is not null && DateFormats.IsDateCode(format)))
        {
            // A date-formatted number is never a score: a date's text with a warning, or (no date Excel can show: it
            // displays #####) an error, never the serial number.
            if (DateFormats.Text(number, date1904: false) is { } text)
            {
                diagnostics.Add(Problem(OpenXmlDiagnosticCodes.DateCell, DiagnosticSeverity.Warning, column, raw, text));
                return text;
            }

            diagnostics.Add(Problem(OpenXmlMessages.NotADate, DiagnosticSeverity.Error, column, raw, raw));
            return string.Empty;
        }

        var (value, problem) = ExcelNumber.ToDecimalText(raw);
        if (problem is not null)
        {
            diagnostics.Add(Problem(problem, DiagnosticSeverity.Error, column, raw, raw));
            return string.Empty;
        }

        if (hidden)
        {
            diagnostics.Add(Problem(OpenXmlDiagnosticCodes.HiddenFormat, DiagnosticSeverity.Warning, column, raw, value));
        }

        return value;
    }

    /// <summary>
    /// The serial number of a cell ExcelDataReader turned into a date: it adds 1 to a 1900 serial below 60 (Excel's
    /// non-existent 1900-02-29) and 1462 to a 1904 one, then takes the OLE date. Undone for the 1900 system; a 1904
    /// workbook's serials stay 1462 higher (ExcelDataReader 3.6 does not tell the date system), which changes only the
    /// raw value, not the date's text. Serials 59 and 60 both read 1900-02-28, as the text shows.
    /// </summary>
    internal static double Serial(DateTime date)
    {
        var oa = date.ToOADate();
        return oa is >= 1 and < 61 ? oa - 1 : oa;
    }

    private Diagnostic Problem(string key, DiagnosticSeverity severity, int column, string? raw, params object?[] args) =>
        OpenXmlMessages.Make(key, severity, args) with { Line = _row, RawValue = raw, Cell = _prefix + XlsxTableSource.ColumnName(column) + _row.ToString(CultureInfo.InvariantCulture) };
}
