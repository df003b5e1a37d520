using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Options for reading table files. Every setting has a safe default; limits bound memory so a hostile
/// upload cannot exhaust it (each breach is a diagnostic, never an exception).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed record ImportOptions
{
    private readonly char? _delimiter;
    private readonly long _maxBytes = 256L * 1024 * 1024;
    private readonly int _maxRows = 10_000_000;
    private readonly int _maxFieldLength = 4096;
    private readonly int _maxColumns = 64;
    private readonly int _maxDiagnostics = 1000;

    /// <summary>The default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The period of the table; when null it is taken from a report title or the file name, if either has one.</summary>
    public AssessmentPeriod? Period { get; init; }

    /// <summary>The layout; detected by default.</summary>
    public TableFormat Format { get; init; } = TableFormat.Auto;

    /// <summary>The field separator of a delimited table; when null it is detected among tab, comma and semicolon from the header row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to anything but a printable ASCII character other than a quote, or a tab.</exception>
    public char? Delimiter
    {
        get => _delimiter;
        init => _delimiter = value is { } c && !(c == '\t' || (c is > ' ' and < '\u007F' && c != '"'))
            ? Preconditions.FailOutOfRange<char?>(c, "The delimiter must be a tab or a printable ASCII character other than a quote (use ',' ';' or a tab).", nameof(Delimiter))
            : value;
    }

    /// <summary>
    /// The text encoding of a stream or file; when null it is detected: a BOM (UTF-8, UTF-16) wins, then
    /// UTF-8 when the bytes are valid UTF-8, else GB18030 (which covers GBK and GB2312).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The most bytes read from a file or stream, counted before decoding whatever the encoding; default 256 MiB.
    /// Where there are only characters (a <see cref="TextReader"/> or a string) it counts UTF-16 characters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = Preconditions.CheckAtLeast(value, 1, nameof(MaxBytes));
    }

    /// <summary>The most data rows read; default 10,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxRows
    {
        get => _maxRows;
        init => _maxRows = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>The longest field, in characters; default 4,096.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxFieldLength
    {
        get => _maxFieldLength;
        init => _maxFieldLength = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>The most cells a record may have; default 64. A longer data row is an error and not used; a longer header
    /// stops the read (so a file of 100,000 empty columns costs nothing per row).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2 or more than 16,384 (Excel's widest sheet).</exception>
    public int MaxColumns
    {
        get => _maxColumns;
        init => _maxColumns = Preconditions.CheckRange(value, 2, 16_384);
    }

    /// <summary>
    /// The most diagnostics a read keeps; default 1,000. Later ones are counted by code, not kept, and reported in one last
    /// diagnostic (WS104), so a file of millions of bad rows costs no more memory than one of a thousand. WS104 is an error
    /// when any diagnostic left out was an error (the read still fails; nothing is accepted silently), and its line is the
    /// first line they named: <see cref="ImportResult.RowsWithoutErrors"/> leaves out every row from there on.
    /// <see cref="DiagnosticResult{TSelf}.ErrorCount"/> counts the diagnostics kept (WS104 once).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDiagnostics
    {
        get => _maxDiagnostics;
        init => _maxDiagnostics = Preconditions.CheckRange(value, 1, int.MaxValue);
    }
}
