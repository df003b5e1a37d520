using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// The table source of delimited text (comma, semicolon or tab; RFC 4180 quoting) through CsvHelper 34, kept internal:
/// UTF-8 bytes straight into CsvHelper (each cell decoded strictly), or text from a reader.
/// </summary>
internal sealed class DelimitedTableSource(TextReader? reader, Stream? utf8, ImportOptions options, char delimiter, Action<ICollection<Diagnostic>>? atEnd = null) : ITableSource
{
    private readonly List<CsvMalformedRecord> _malformed = [];
    private readonly long _maxRecordChars = (long)options.MaxFieldLength * options.MaxColumns;
    private CsvReader? _csv;
    private string[] _cells = [];
    private bool _done;

    public IReadOnlyList<string> Cells => _cells;

    public int Line { get; private set; }

    public string? CellReference(int index) => null;

    public bool Read(ICollection<Diagnostic> diagnostics)
    {
        var csv = _csv ??= Open();
        while (!_done)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                return TooLong(e, diagnostics);
            }

            if (Take(csv, more, diagnostics) is { } taken)
            {
                return taken;
            }
        }

        return false;
    }

    public async ValueTask<bool> ReadAsync(ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var csv = _csv ??= Open();
        while (!_done)
        {
            bool more;
            try
            {
                more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CsvFormatException e)
            {
                return TooLong(e, diagnostics);
            }

            if (Take(csv, more, diagnostics) is { } taken)
            {
                return taken;
            }
        }

        return false;
    }

    // Only an over-long record is not recoverable in CsvHelper 34; stop there.
    private bool TooLong(CsvFormatException e, ICollection<Diagnostic> diagnostics)
    {
        diagnostics.Add(Problems.Error(Messages.RecordTooLong, LineOf(e.LineNumber), null, null, _maxRecordChars));
        return End(diagnostics);
    }

    // The one body of both reads: the record CsvHelper moved to made current; true (a record), false (the end), or null
    // (a record not usable: read the next).
    private bool? Take(CsvReader csv, bool more, ICollection<Diagnostic> diagnostics)
    {
        if (!more)
        {
            return End(diagnostics);
        }

        Line = LineOf(csv.LineNumber);
        if (csv.FieldCount > options.MaxColumns)
        {
            _malformed.Clear();
            _cells = new string[csv.FieldCount]; // the row reader reports it; the cells are not decoded
            Array.Fill(_cells, string.Empty);
            return true;
        }

        if (_cells.Length != csv.FieldCount)
        {
            _cells = new string[csv.FieldCount];
        }

        if (!Materialise(csv, diagnostics))
        {
            return End(diagnostics); // bytes that are not UTF-8: the read ends before this record
        }

        return _malformed.Count == 0 || ReportMalformed(diagnostics) ? true : null;
    }

    private CsvReader Open()
    {
        var csvOptions = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = (int)Math.Min(int.MaxValue, _maxRecordChars * 3),
            OnMalformedRecord = _malformed.Add,
            PoolStrings = true, // cells such as "100", "0", "-0.5" repeat on every row: one string each, not one per cell
        };

        return utf8 is not null
            ? CsvReader.Create(utf8, csvOptions with { Encoding = System.Text.Encoding.UTF8 }, leaveOpen: true)
            : CsvReader.Create(reader!, csvOptions, leaveOpen: true);
    }

    private bool End(ICollection<Diagnostic> diagnostics)
    {
        if (!_done)
        {
            _done = true;
            atEnd?.Invoke(diagnostics);
        }

        return false;
    }

    // The cells of the record as text; false (with the line of the bad byte reported) when the record's bytes are not UTF-8
    // (CsvHelper would decode them to U+FFFD): one check of the raw record, not one a cell.
    private bool Materialise(CsvReader csv, ICollection<Diagnostic> diagnostics)
    {
        if (utf8 is not null && !System.Text.Unicode.Utf8.IsValid(csv.RawRecord))
        {
            InputText.ReportInvalid(Utf8Cells.LineOfFirstInvalid(csv, Line), diagnostics, options);
            return false;
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = csv.GetString(i); // repeated cells ("100", "0") pooled
        }

        return true;
    }

    private bool ReportMalformed(ICollection<Diagnostic> diagnostics)
    {
        var usable = true;
        foreach (var m in _malformed)
        {
            var raw = Truncate(m.RawRecord);
            switch (m.Reason)
            {
                case CsvMalformedReason.UnterminatedQuote:
                    diagnostics.Add(Problems.Error(Messages.UnterminatedQuote, Line, null, raw, Line));
                    usable = false;
                    break;
                case CsvMalformedReason.StrayQuote:
                case CsvMalformedReason.TextAfterClosingQuote:
                    diagnostics.Add(Problems.Warning(
                        m.Reason == CsvMalformedReason.StrayQuote ? Messages.StrayQuote : Messages.TextAfterQuote, Line, null, raw));
                    break;
                default:
                    diagnostics.Add(Problems.Error(DiagnosticCodes.MalformedRecord, Line, null, raw, m.Reason));
                    usable = false;
                    break;
            }
        }

        _malformed.Clear();
        return usable;
    }

    internal static string Truncate(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private static int LineOf(long line) => (int)Math.Min(int.MaxValue, Math.Max(1, line));

    public void Dispose() => _csv?.Dispose();
}
