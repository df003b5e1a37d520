using WindowScoring.Import;

namespace WindowScoring.Ratings;

/// <summary>
/// Reads ratings exports (好差评 data as the national platform exports it) from CSV/TSV files, or from any
/// <see cref="ITableSource"/> (a worksheet through <c>WindowScoring.OpenXml</c>'s sources, a database query), through the
/// one row loop that reads tables and event logs: the same limits (<see cref="ImportOptions.MaxRows"/>, columns, field
/// length, bytes) and their diagnostics, encodings detected (UTF-8, UTF-16 with a byte order mark, GBK/GB18030), the separator
/// detected among tab, comma and semicolon, full-width forms folded. Only the columns (<see cref="RatingColumns.Export"/>,
/// with their Chinese and English headings) and the mapping of a row to a <see cref="Rating"/> are the export's own.
/// </summary>
/// <remarks>
/// <para>Every bad field of a row is a diagnostic naming its line, its column and the text found (WS800 level, WS801 id,
/// WS802 date or time, WS803 word, WS121 department), and the row is not used; a rating id read twice (WS804) keeps the first.
/// Nothing is changed silently: a blank 整改状态 is 已整改 when a 整改完成时间 is given, 整改中 for a 差评 otherwise (as the
/// platform's exports leave it), and a rectification date before the rating (WS806) or a 差评 rectified without a date
/// (WS807) is a warning.</para>
/// <para>Stateless; safe to share between threads.</para>
/// </remarks>
public sealed class RatingReader
{
    /// <summary>Creates a reader whose calls use <paramref name="defaults"/> when no options are passed.</summary>
    /// <param name="defaults">The default options (limits, encoding, separator); <see cref="ImportOptions.Default"/> when null.</param>
    public RatingReader(ImportOptions? defaults = null)
    {
        Defaults = defaults ?? ImportOptions.Default;
    }

    /// <summary>A reader with <see cref="ImportOptions.Default"/>.</summary>
    public static RatingReader Default { get; } = new();

    /// <summary>The options used when a call passes none.</summary>
    public ImportOptions Defaults { get; }

    /// <summary>Reads a ratings export file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public RatingReadResult Read(string path, ImportOptions? options = null)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Read(stream, options);
    }

    /// <summary>Reads a ratings export from bytes, detecting the encoding unless the options set one.</summary>
    /// <param name="stream">The stream; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public RatingReadResult Read(Stream stream, ImportOptions? options = null) =>
        Result(RowFileReading.Read(Preconditions.CheckNotNull(stream), options ?? Defaults, RatingRowParser.Mapping));

    /// <summary>Reads a ratings export from a stream without any synchronous read of it (a request body), as
    /// <see cref="Read(Stream, ImportOptions?)"/> reads it: the bytes are streamed (a first block to detect the encoding and
    /// the separator, then the rest as the rows are parsed), so the memory used is that of the ratings kept.</summary>
    /// <param name="stream">The stream; read to its end (or the limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<RatingReadResult> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        Result(await RowFileReading.ReadAsync(Preconditions.CheckNotNull(stream), options ?? Defaults, RatingRowParser.Mapping, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a ratings export from text.</summary>
    /// <param name="reader">The text; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public RatingReadResult Read(TextReader reader, ImportOptions? options = null) =>
        Result(RowFileReading.Read(Preconditions.CheckNotNull(reader), options ?? Defaults, RatingRowParser.Mapping));

    /// <summary>Reads a ratings export from a string (convenient in tests and LINQPad).</summary>
    /// <param name="text">The whole export.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public RatingReadResult ReadText(string text, ImportOptions? options = null)
    {
        using var reader = new StringReader(Preconditions.CheckNotNull(text));
        return Read(reader, options);
    }

    /// <summary>Reads a ratings export from any <see cref="ITableSource"/> (a worksheet, a database query, a host's own format)
    /// through the same row loop: the same columns, rules, limits and diagnostics; diagnostics name the cell when the source has addresses.</summary>
    /// <param name="source">The source; read to its end and left undisposed (its creator disposes it).</param>
    /// <param name="options">Options (the encoding and delimiter settings do not apply); <see cref="Defaults"/> when null.</param>
    /// <returns>The ratings and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public RatingReadResult Read(ITableSource source, ImportOptions? options = null) =>
        Result(RowFileReading.Read(Preconditions.CheckNotNull(source), options ??= Defaults, RatingRowParser.Mapping, new BoundedDiagnostics(options.MaxDiagnostics)));

    private static RatingReadResult Result((Rating[] Ratings, Diagnostic[] Diagnostics) read) => new(read.Ratings, read.Diagnostics);
}
