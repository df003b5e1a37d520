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
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // A damaged or foreign compound file (a .doc, a truncated .xls): a diagnostic, never an exception.
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
            sheets.Add((_reader.Name, _reader.VisibleState is "hidden" or "veryhidden"));
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
        return true;
    }

    // The current row's cells; false for a row with no value (not a record).
    private bool NextRow(ICollection<Diagnostic> diagnostics)
    {
        var reader = _reader!;
        var width = Math.Min(reader.FieldCount, _options.MaxColumns + 1);
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

    // One cell as text, by the rules of XlsxTableSource.
    private string Text(IExcelDataReader reader, int column, ICollection<Diagnostic> diagnostics)
    {
        var format = reader.GetNumberFormatString(column);
        switch (reader.GetValue(column))
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "TRUE" : "FALSE";
            case DateTime date:
                // ExcelDataReader turns a date-formatted number into DateTime.FromOADate(serial) (a 1904 workbook's serial
                // moved by 1462 days), which is a day early before 1900-03-01 and accepts negative serials: the serial back,
                // and the text Excel shows for it, or WS605 where Excel shows ##### (the rules of XlsxTableSource).
                var serial = date.ToOADate();
                var serialText = serial.ToString("R", CultureInfo.InvariantCulture);
                if (DateFormats.Text(serial, date1904: false) is { } text)
                {
                    diagnostics.Add(Problem(OpenXmlDiagnosticCodes.DateCell, DiagnosticSeverity.Warning, column, serialText, text));
                    return text;
                }

                diagnostics.Add(Problem(OpenXmlMessages.NotADate, DiagnosticSeverity.Error, column, serialText, serialText));
                return string.Empty;
            case double d:
                var raw = d.ToString("R", CultureInfo.InvariantCulture);
                if (format is not null && DateFormats.IsDateCode(format) && !DateFormats.IsHiddenCode(format))
                {
                    diagnostics.Add(Problem(OpenXmlMessages.NotADate, DiagnosticSeverity.Error, column, raw, raw));
                    return string.Empty;
                }

                var (number, problem) = ExcelNumber.ToDecimalText(raw);
                if (problem is not null)
                {
                    diagnostics.Add(Problem(problem, DiagnosticSeverity.Error, column, raw, raw));
                    return string.Empty;
                }

                if (format is not null && DateFormats.IsHiddenCode(format))
                {
                    diagnostics.Add(Problem(OpenXmlDiagnosticCodes.HiddenFormat, DiagnosticSeverity.Warning, column, raw, number));
                }

                return number;
            case var other:
                return Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private Diagnostic Problem(string key, DiagnosticSeverity severity, int column, string? raw, params object?[] args) =>
        OpenXmlMessages.Make(key, severity, args) with { Line = _row, RawValue = raw, Cell = _prefix + XlsxTableSource.ColumnName(column) + _row.ToString(CultureInfo.InvariantCulture) };
}
