using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using WindowScoring.Import;

namespace WindowScoring.OpenXml;

/// <summary>
/// A table source over one worksheet of an Excel workbook (Excel, WPS, LibreOffice): the first visible worksheet, or the one
/// named. An .xlsx is read here; a legacy Excel 97–2003 <c>.xls</c> (an OLE compound file) is handed to an internal reader
/// built on ExcelDataReader with the same rules and diagnostics, and a password-protected workbook is WS607.
/// Read it with <see cref="AssessmentTableReader.Read(ITableSource, ImportOptions?)"/> (or simply with
/// <see cref="WorkbookReader"/>), which finds the title and header and turns the rest into rows and diagnostics, as for
/// every other source.
/// </summary>
/// <remarks>
/// <para><b>Streaming.</b> The package is opened with the Open XML SDK; the shared strings and the styles are read once,
/// then the worksheet's XML is read forward with <see cref="XmlReader"/>, one row at a time: a sheet of a million rows is
/// never held in memory, and rows with no value (a million empty styled rows, say) are skipped without making cells.</para>
/// <para><b>Cells.</b> Shared strings, inline strings and the results of string formulas read as their text; booleans as
/// <c>TRUE</c>/<c>FALSE</c>; error values as written (<c>#DIV/0!</c>); a formula cell as its cached result, never its formula
/// (WS603 when it has none). Numbers stored as numbers are doubles in the file: they are rounded to 15 significant digits,
/// the digits Excel displays, and written as plain invariant decimals, so a 114.5 stored as <c>114.49999999999999</c> reads
/// as <c>114.5</c>. Numbers stored as text (<c>'120</c>, Excel's green triangle) are text and parse as any number does. A
/// text cell is its value: a leading apostrophe in it is text (Excel keeps the one typed before a formula out of the value),
/// never the CSV formula escape. A number formatted as a date reads as the date's text (<c>2023-11-05</c>) with a warning
/// (WS601), so a score column rejects it instead of reading 45235 as a score. Cells left out of a row read as empty cells; rows left out are not records.
/// Hidden rows are read like the others, with an info diagnostic (WS600). <see cref="Line"/> is the worksheet's row number
/// and <see cref="CellReference"/> names cells as Excel does (<c>Sheet1!C7</c>).</para>
/// <para><b>Limits and hostile files.</b> <see cref="ImportOptions.MaxBytes"/> bounds the uncompressed XML read (the
/// workbook, styles, shared strings and the worksheet together; and, on its own, the bytes of a stream that cannot seek,
/// which are copied to a temporary file before the zip is read), so a
/// zip bomb ends with WS100 rather than an out-of-memory; a file that is not a zip, a zip that is not a workbook, broken XML
/// and a shared-string index out of range are WS116; a missing sheet is WS602. Cells beyond
/// <see cref="ImportOptions.MaxColumns"/> are not made (the row parser reports the record as WS103). None of these throws.</para>
/// <para>Not thread-safe (a source belongs to one reader). The stream passed in is left open; dispose the source.</para>
/// </remarks>
public sealed class XlsxTableSource : ITableSource
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    private readonly Stream? _stream;
    private readonly string? _path;
    private readonly bool _leaveOpen;
    private readonly ImportOptions _options;
    private readonly string? _requestedSheet;
    private readonly Budget _budget;

    private Stream? _input;
    private bool _copyTooLarge;
    private XlsTableSource? _legacy;
    private SpreadsheetDocument? _document;
    private XmlReader? _reader;
    private Names? _names;
    private SharedStrings _shared = new();
    private bool[] _dateStyles = [];
    private bool[] _hiddenStyles = [];
    private bool _date1904;
    private string _prefix = string.Empty;
    private bool _opened;
    private bool _done;
    private int _width = -1;
    private int _lastRow;

    // Excel's last row: a row number beyond it is no row Excel can have (and past int.MaxValue no line at all).
    private const int MaxRow = 1_048_576;

    // The current row's values: column index and text, in document order.
    private int[] _columns = new int[16];
    private string[] _values = new string[16];
    private int _count;

    /// <summary>Creates a source over a workbook in a stream; nothing is read until the first <see cref="Read"/>.</summary>
    /// <param name="stream">The .xlsx bytes; left open. A stream that cannot seek is first copied to a temporary file (deleted when the source is disposed), up to <see cref="ImportOptions.MaxBytes"/>.</param>
    /// <param name="options">The limits and message language; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (compared ignoring case, as Excel does); the first worksheet when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public XlsxTableSource(Stream stream, ImportOptions? options = null, string? sheetName = null)
        : this(stream ?? throw new ArgumentNullException(nameof(stream)), null, options, sheetName, leaveOpen: true)
    {
    }

    /// <summary>Creates a source over a workbook file; the file is opened at the first <see cref="Read"/> and closed by <see cref="Dispose"/>.</summary>
    /// <param name="path">The .xlsx file's path.</param>
    /// <param name="options">The limits and message language; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (compared ignoring case); the first worksheet when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public XlsxTableSource(string path, ImportOptions? options = null, string? sheetName = null)
        : this(null, path ?? throw new ArgumentNullException(nameof(path)), options, sheetName, leaveOpen: false)
    {
    }

    private XlsxTableSource(Stream? stream, string? path, ImportOptions? options, string? sheetName, bool leaveOpen)
    {
        OpenXmlMessages.EnsureRegistered();
        _stream = stream;
        _path = path;
        _leaveOpen = leaveOpen;
        _options = options ?? ImportOptions.Default;
        _requestedSheet = sheetName;
        _budget = new Budget(_options.MaxBytes);
    }

    /// <summary>The name of the worksheet being read; null until the first <see cref="Read"/> has opened it.</summary>
    public string? SheetName { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> Cells { get; private set; } = [];

    /// <inheritdoc />
    public int Line { get; private set; }

    /// <inheritdoc />
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
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

            if (_legacy is not null)
            {
                var more = _legacy.Read(diagnostics);
                (Cells, Line, SheetName) = (_legacy.Cells, _legacy.Line, _legacy.SheetName);
                return more || Stop();
            }

            while (NextRow(diagnostics))
            {
                if (_count > 0)
                {
                    return true;
                }
            }

            return Stop();
        }
        catch (XmlException e)
        {
            Broken(diagnostics, e.Message);
            return Stop();
        }
        catch (Exception e) when (IsDataError(e))
        {
            Broken(diagnostics, e.Message);
            return Stop();
        }
    }

    /// <summary>
    /// Moves to the next record with no synchronous read of a stream passed in: before the first record, a stream that
    /// cannot seek (a request body) is copied asynchronously into a temporary file (deleted when the source is disposed), up
    /// to <see cref="ImportOptions.MaxBytes"/>; the workbook is then read from that file (or from the seekable stream or
    /// the file given), as <see cref="Read"/> reads it. The memory used does not grow with the file.
    /// </summary>
    /// <param name="diagnostics">Where the source reports problems of its own, with their line.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>False at the end of the worksheet, or when reading must stop (a diagnostic then says why).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">The file cannot be opened, or the temporary file cannot be written.</exception>
    public async ValueTask<bool> ReadAsync(ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_opened && _input is null && _stream is { CanSeek: false } stream)
        {
            _input = await TemporaryFile.CopyAsync(stream, _options.MaxBytes, cancellationToken).ConfigureAwait(false);
            _copyTooLarge = _input is null;
        }

        return Read(diagnostics);
    }

    /// <inheritdoc />
    public string? CellReference(int index) => _legacy?.CellReference(index) ?? _prefix + ColumnName(index) + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>Closes the worksheet, the package and the file (a stream passed in is left open).</summary>
    public void Dispose()
    {
        _legacy?.Dispose();
        _reader?.Dispose();
        _document?.Dispose();
        if (!_leaveOpen || !ReferenceEquals(_input, _stream))
        {
            _input?.Dispose();
        }

        _done = true;
    }

    private bool Stop()
    {
        _done = true;
        Cells = [];
        return false;
    }

    // A problem of the file's content (not of the program): a diagnostic, never an exception.
    private static bool IsDataError(Exception e) => e is InvalidDataException or OpenXmlPackageException or FormatException
        or InvalidOperationException or NotSupportedException or ArgumentException or EndOfStreamException or OverflowException
        or IOException { InnerException: InvalidDataException or XmlException };

    private void Broken(ICollection<Diagnostic> diagnostics, string detail)
    {
        if (_budget.Exceeded)
        {
            TooLarge(diagnostics);
            return;
        }

        diagnostics.Add(Error(OpenXmlMessages.BrokenXml, detail));
    }

    private void TooLarge(ICollection<Diagnostic> diagnostics) =>
        diagnostics.Add(Error(OpenXmlMessages.InputTooLarge, _options.MaxBytes));

    private static Diagnostic Error(string key, params object?[] args) => OpenXmlMessages.Make(key, DiagnosticSeverity.Error, args);

    private bool Open(ICollection<Diagnostic> diagnostics)
    {
        if (_copyTooLarge)
        {
            TooLarge(diagnostics);
            return false;
        }

        // A stream that cannot seek is copied to a temporary file (ReadAsync has copied it already), bounded by its own
        // budget of MaxBytes: the zip's bytes, not the uncompressed XML counted below.
        _input ??= _path is not null ? File.OpenRead(_path) : _stream!;
        if (!_input.CanSeek)
        {
            _input = TemporaryFile.Copy(_input, _options.MaxBytes);
            if (_input is null)
            {
                TooLarge(diagnostics);
                return false;
            }
        }

        var start = _input.Position;
        Span<byte> head = stackalloc byte[4];
        var read = _input.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        _input.Position = start;
        if (WorkbookReader.IsCompoundFile(head[..read]))
        {
            // An Excel 97–2003 .xls, or a password-protected workbook (WS607): read by the legacy source from here on.
            _legacy = new XlsTableSource(_input, _options, _requestedSheet);
            return true;
        }

        if (!head[..read].StartsWith("PK\x03\x04"u8))
        {
            diagnostics.Add(Error(OpenXmlMessages.NotZip));
            return false;
        }

        // The SDK parses [Content_Types].xml and the relationship parts itself: their declared sizes (which the zip reader
        // holds them to) count against the budget before it does.
        long declared = 0;
        using (var zip = new ZipArchive(_input, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                {
                    declared += entry.Length;
                }
            }
        }

        _input.Position = start;
        if (!_budget.Take(declared))
        {
            TooLarge(diagnostics);
            return false;
        }

        _document = SpreadsheetDocument.Open(_input, false);
        if (_document.WorkbookPart is not { } workbook)
        {
            diagnostics.Add(Error(OpenXmlMessages.NotWorkbook));
            return false;
        }

        // The first visible worksheet, or the one named (SheetChoice: the same rule as for .xls).
        var worksheets = ReadWorkbook(workbook).Where(s => workbook.TryGetPartById(s.Id, out var p) && p is WorksheetPart).ToList();
        if (SheetChoice.Pick([.. worksheets.Select(s => (s.Name, s.Hidden))], _requestedSheet, diagnostics) is not (>= 0 and var index))
        {
            return false;
        }

        var sheet = worksheets[index];
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id);
        SheetName = sheet.Name;
        _prefix = Quote(sheet.Name) + "!";
        if (workbook.WorkbookStylesPart is { } styles)
        {
            ReadStyles(styles);
        }

        if (workbook.SharedStringTablePart is { } shared && !ReadSharedStrings(shared))
        {
            diagnostics.Add(Error(OpenXmlMessages.SharedStringsTooLarge, SharedStrings.MaxChars));
            return false;
        }

        _names = new Names(new NameTable());
        var settings = Settings.Clone();
        settings.NameTable = _names.Table;
        _reader = XmlReader.Create(new BudgetStream(worksheet.GetStream(FileMode.Open, FileAccess.Read), _budget), settings);
        return true;
    }

    private XmlReader OpenPart(OpenXmlPart part) => XmlReader.Create(new BudgetStream(part.GetStream(FileMode.Open, FileAccess.Read), _budget), Settings);

    private List<(string Name, string Id, bool Hidden)> ReadWorkbook(WorkbookPart workbook)
    {
        var sheets = new List<(string, string, bool)>();
        using var reader = OpenPart(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                _date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                string? id = null;
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                    {
                        id = reader.Value;
                    }
                }

                reader.MoveToElement();
                if (reader.GetAttribute("name") is { } name && id is not null)
                {
                    sheets.Add((name, id, reader.GetAttribute("state") is "hidden" or "veryHidden"));
                }
            }
        }

        return sheets;
    }

    private void ReadStyles(WorkbookStylesPart styles)
    {
        var customDate = new HashSet<int>();
        var customHidden = new HashSet<int>();
        var dates = new List<bool>();
        var hidden = new List<bool>();
        var inCellXfs = false;
        using var reader = OpenPart(styles);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    && reader.GetAttribute("formatCode") is { } code:
                    if (DateFormats.IsHiddenCode(code))
                    {
                        customHidden.Add(id);
                    }
                    else if (DateFormats.IsDateCode(code))
                    {
                        customDate.Add(id);
                    }

                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var fmt = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    dates.Add(DateFormats.IsBuiltInDate(fmt) || customDate.Contains(fmt));
                    hidden.Add(customHidden.Contains(fmt));
                    break;
            }
        }

        _dateStyles = dates.ToArray();
        _hiddenStyles = hidden.ToArray();
    }

    // False when the table is larger than SharedStrings.MaxChars.
    private bool ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new SharedStrings();
        using var reader = OpenPart(part);
        reader.MoveToContent();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (!strings.Add(ReadRichText(reader))) // ends after the element
                {
                    return false;
                }
            }
            else
            {
                reader.Read();
            }
        }

        _shared = strings;
        return true;
    }

    // The text of an <si> or <is> element (the reader on its start): its <t> elements joined, phonetic runs (<rPh>) left out;
    // the reader ends after the element.
    private static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? many = null;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "t")
            {
                var text = reader.ReadElementContentAsString();
                if (single is null)
                {
                    single = text;
                }
                else
                {
                    (many ??= new System.Text.StringBuilder(single)).Append(text);
                }
            }
            else if (reader.LocalName == "rPh" || reader.LocalName == "phoneticPr")
            {
                reader.Skip();
            }
            else
            {
                reader.Read(); // <r> and its run properties: descend to reach the <t>
            }
        }

        reader.Read();
        return Unescape(many?.ToString() ?? single ?? string.Empty);
    }

    // Moves to the next <row> and reads its values into _columns/_values (_count = 0 for a row with none). False at the end.
    private bool NextRow(ICollection<Diagnostic> diagnostics)
    {
        var reader = _reader!;
        var names = _names!;
        while (true)
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, names.Row))
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.EndElement && ReferenceEquals(reader.LocalName, names.SheetData))
            {
                return false;
            }

            if (!reader.Read())
            {
                if (_budget.Exceeded)
                {
                    TooLarge(diagnostics);
                }

                return false;
            }
        }

        // A row number is 1 to 1,048,576 and grows from row to row; one beyond Excel's last row is an error and the row is
        // not read (so no line is ever past int.MaxValue or negative); a repeated or backward one is an error on its line.
        var rawRow = reader.GetAttribute(names.R);
        var row = _lastRow + 1;
        if (rawRow is not null)
        {
            if (!long.TryParse(rawRow, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r is < 1 or > MaxRow)
            {
                diagnostics.Add(Error(OpenXmlMessages.RowNumber, rawRow, MaxRow) with { RawValue = rawRow, Cell = _prefix.TrimEnd('!') });
                reader.Skip();
                _count = 0;
                return true;
            }

            row = (int)r;
            if (row <= _lastRow)
            {
                diagnostics.Add(Error(OpenXmlMessages.RowRepeated, row, _lastRow) with { Line = row, RawValue = rawRow, Cell = _prefix.TrimEnd('!') });
            }
        }

        _lastRow = Math.Max(_lastRow, row);
        // Hidden, or (as Excel shows it) of height 0.
        var hidden = reader.GetAttribute(names.Hidden) is "1" or "true"
            || (double.TryParse(reader.GetAttribute(names.Height), NumberStyles.Float, CultureInfo.InvariantCulture, out var height) && height == 0);
        _count = 0;
        var wide = 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return true;
        }

        var depth = reader.Depth;
        var column = -1;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read())
                {
                    throw new XmlException("Unexpected end of the worksheet.");
                }

                continue;
            }

            if (!ReferenceEquals(reader.LocalName, names.C))
            {
                reader.Skip();
                continue;
            }

            var previous = column;
            column = ColumnIndex(reader.GetAttribute(names.R)) ?? column + 1;
            var value = ReadCell(reader, row, column, diagnostics);
            if (column <= previous)
            {
                // The same cell twice (or cells out of order): neither value is taken silently.
                diagnostics.Add(Problem(OpenXmlMessages.CellRepeated, DiagnosticSeverity.Error, row, column, value, Reference(row, column)));
                column = previous;
                continue;
            }

            if (value.Length == 0)
            {
                continue;
            }

            if (column >= _options.MaxColumns)
            {
                wide = Math.Max(wide, column + 1);
                continue;
            }

            Add(column, value);
        }

        reader.Read();
        Line = row;
        if (_count == 0 && wide == 0)
        {
            return true;
        }

        if (wide > 0)
        {
            Cells = new BlankCells(wide); // the row parser reports it (WS103) from its count alone
            _count = Math.Max(_count, 1);
        }
        else
        {
            Cells = Build();
        }

        if (hidden)
        {
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlDiagnosticCodes.HiddenRow, DiagnosticSeverity.Info, row) with { Line = row, Cell = _prefix.TrimEnd('!') });
        }

        return true;
    }

    private void Add(int column, string value)
    {
        if (_count == _columns.Length)
        {
            Array.Resize(ref _columns, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _columns[_count] = column;
        _values[_count] = value;
        _count++;
    }

    // The row's cells: blanks where the XML left cells out, as wide as the header (the first record of two or more values)
    // so the row parser sees a full record, and no wider than the last value.
    private string[] Build()
    {
        var last = 0;
        for (var i = 0; i < _count; i++)
        {
            last = Math.Max(last, _columns[i]);
        }

        if (_width < 0 && _count >= 2)
        {
            _width = last + 1;
        }

        var cells = new string[Math.Max(last + 1, _width)];
        Array.Fill(cells, string.Empty);
        for (var i = 0; i < _count; i++)
        {
            cells[_columns[i]] = _values[i];
        }

        return cells;
    }

    // One <c> element (the reader on its start): its value as text, or empty; the reader ends after the element.
    private string ReadCell(XmlReader reader, int row, int column, ICollection<Diagnostic> diagnostics)
    {
        var names = _names!;
        var type = reader.GetAttribute(names.T);
        var style = int.TryParse(reader.GetAttribute(names.S), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        string? value = null;
        string? inline = null;
        var formula = false;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read())
                {
                    throw new XmlException("Unexpected end of the worksheet.");
                }
            }
            else if (ReferenceEquals(reader.LocalName, names.V))
            {
                value = reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(reader.LocalName, names.Is))
            {
                inline = ReadRichText(reader);
            }
            else
            {
                formula |= ReferenceEquals(reader.LocalName, names.F);
                reader.Skip();
            }
        }

        reader.Read();
        if (type == "inlineStr" && (inline is not null || value is not null))
        {
            return inline ?? Unescape(value!); // the text in <is>; a writer that put it in <v> instead loses nothing
        }

        if (value is null)
        {
            if (formula)
            {
                diagnostics.Add(Warning(OpenXmlDiagnosticCodes.FormulaWithoutValue, row, column, null));
            }

            return string.Empty;
        }

        switch (type)
        {
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _shared.Count)
                {
                    return _shared[index];
                }

                diagnostics.Add(Error(OpenXmlMessages.SharedString, value, _shared.Count) with { Line = row, RawValue = value, Cell = Reference(row, column) });
                return string.Empty;
            case "b":
                // 1 or 0 as the standard writes them; true and false in any case as some writers do; anything else as found.
                var flag = value.Trim();
                return flag == "1" || flag.Equals("true", StringComparison.OrdinalIgnoreCase) ? "TRUE"
                    : flag == "0" || flag.Equals("false", StringComparison.OrdinalIgnoreCase) ? "FALSE"
                    : Unescape(value);
            case "str" or "e" or "d":
                return Unescape(value);
            default:
                if (style < _dateStyles.Length && _dateStyles[style])
                {
                    // A date-formatted number is never a score: a date's text with a warning, or (no date Excel can show:
                    // it displays #####) an error, never the serial number.
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                        && DateFormats.Text(serial, _date1904) is { } date)
                    {
                        diagnostics.Add(Warning(OpenXmlDiagnosticCodes.DateCell, row, column, value, date));
                        return date;
                    }

                    diagnostics.Add(Problem(OpenXmlMessages.NotADate, DiagnosticSeverity.Error, row, column, value, value));
                    return string.Empty;
                }

                var (text, problem) = ExcelNumber.ToDecimalText(value);
                if (problem is not null)
                {
                    diagnostics.Add(Problem(problem, DiagnosticSeverity.Error, row, column, value, value));
                    return string.Empty;
                }

                if (style < _hiddenStyles.Length && _hiddenStyles[style])
                {
                    diagnostics.Add(Warning(OpenXmlDiagnosticCodes.HiddenFormat, row, column, value, text));
                }

                return text;
        }
    }

    private Diagnostic Warning(string key, int row, int column, string? raw, params object?[] args) =>
        Problem(key, DiagnosticSeverity.Warning, row, column, raw, args);

    private Diagnostic Problem(string key, DiagnosticSeverity severity, int row, int column, string? raw, params object?[] args) =>
        OpenXmlMessages.Make(key, severity, args) with { Line = row, RawValue = raw, Cell = Reference(row, column) };

    private string Reference(int row, int column) => _prefix + ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 0-based column of a reference such as <c>C7</c>, or null when it has none.</summary>
    internal static int? ColumnIndex(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var n = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            n = (n * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (n > 16_384)
            {
                return null;
            }
        }

        return i == 0 ? null : n - 1;
    }

    /// <summary>The spreadsheet name of a 0-based column: A, B, … Z, AA ….</summary>
    internal static string ColumnName(int index)
    {
        Span<char> buffer = stackalloc char[8];
        var at = buffer.Length;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            buffer[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(buffer[at..]);
    }

    // A sheet name as a reference writes it: quoted when it has anything but letters, digits and underscores.
    internal static string Quote(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    // Text in Open XML escapes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return).
    private static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var b = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                b.Append((char)code);
                i += 6;
            }
            else
            {
                b.Append(text[i]);
            }
        }

        return b.ToString();
    }

    // Element and attribute names, atomised in the worksheet reader's name table (compared by reference).
    private sealed class Names(NameTable table)
    {
        internal NameTable Table { get; } = table;

        internal string Row { get; } = table.Add("row");

        internal string SheetData { get; } = table.Add("sheetData");

        internal string C { get; } = table.Add("c");

        internal string V { get; } = table.Add("v");

        internal string F { get; } = table.Add("f");

        internal string Is { get; } = table.Add("is");

        internal string R { get; } = table.Add("r");

        internal string T { get; } = table.Add("t");

        internal string S { get; } = table.Add("s");

        internal string Hidden { get; } = table.Add("hidden");

        internal string Height { get; } = table.Add("ht");
    }

    // A record wider than ImportOptions.MaxColumns: its count, and no cells made.
    private sealed class BlankCells(int count) : IReadOnlyList<string>
    {
        public int Count { get; } = count;

        public string this[int index] => string.Empty;

        public IEnumerator<string> GetEnumerator() => Enumerable.Repeat(string.Empty, Count).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
