using WindowScoring.Import;

namespace WindowScoring.OpenXml;

/// <summary>
/// Reads assessment tables from .xlsx workbooks (Excel, WPS, LibreOffice): the first worksheet or a named one, through the
/// core's one row parser (<see cref="AssessmentTableReader"/>), so a workbook gives the same rows, columns, limits and
/// diagnostics as the same table in CSV, and each diagnostic also names its cell (<c>Sheet1!C7</c>).
/// </summary>
/// <remarks>
/// <para>How cells are read (numbers rounded to the 15 significant digits Excel displays, dates, formulas, hidden rows)
/// and the limits on hostile files are described on <see cref="XlsxTableSource"/>. Data errors never throw: every problem is
/// a <see cref="Diagnostic"/> (call <see cref="DiagnosticResult{TSelf}.EnsureSuccess"/> to fail fast). The period comes from
/// <see cref="ImportOptions.Period"/> or the title row (<c>2023年11月…窗口考核结果</c>).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <example><code>
/// var result = WorkbookReader.Read("2023-11.xlsx").EnsureSuccess();
/// var ranked = ScoringEngine.Default.Rank(result.ToTable());
/// </code></example>
public static class WorkbookReader
{
    /// <summary>Reads a workbook file.</summary>
    /// <param name="path">The .xlsx file's path.</param>
    /// <param name="options">Options (the format, delimiter and encoding settings do not apply); <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (ignoring case); the first worksheet when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
    public static ImportResult Read(string path, ImportOptions? options = null, string? sheetName = null)
    {
        using var source = new XlsxTableSource(path, options, sheetName);
        return AssessmentTableReader.Default.Read(source, options);
    }

    /// <summary>Reads a workbook from a stream.</summary>
    /// <param name="stream">The .xlsx bytes; left open. A stream that cannot seek is first copied to a temporary file, up to <see cref="ImportOptions.MaxBytes"/>.</param>
    /// <param name="options">Options; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (ignoring case); the first worksheet when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ImportResult Read(Stream stream, ImportOptions? options = null, string? sheetName = null)
    {
        using var source = new XlsxTableSource(stream, options, sheetName);
        return AssessmentTableReader.Default.Read(source, options);
    }

    /// <summary>Reads a workbook file row by row without keeping the rows (for very large sheets; the worksheet is streamed).</summary>
    /// <param name="path">The .xlsx file's path.</param>
    /// <param name="onRow">Called once per row, in sheet order, on the calling thread; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (ignoring case); the first worksheet when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="onRow"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ImportSummary ReadEach(string path, Action<PublishedRow> onRow, ImportOptions? options = null, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(onRow);
        using var source = new XlsxTableSource(path, options, sheetName);
        return AssessmentTableReader.Default.ReadEach(source, onRow, options);
    }

    /// <summary>Reads a workbook from a stream row by row without keeping the rows.</summary>
    /// <param name="stream">The .xlsx bytes; left open.</param>
    /// <param name="onRow">Called once per row, in sheet order; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (ignoring case); the first worksheet when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="onRow"/> is null.</exception>
    public static ImportSummary ReadEach(Stream stream, Action<PublishedRow> onRow, ImportOptions? options = null, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(onRow);
        using var source = new XlsxTableSource(stream, options, sheetName);
        return AssessmentTableReader.Default.ReadEach(source, onRow, options);
    }

    /// <summary>
    /// Reads a workbook from a stream without any synchronous read of it (an ASP.NET Core request body, say), as
    /// <see cref="Read(Stream, ImportOptions?, string?)"/> reads it. A zip is read by seeking, so a stream that cannot seek
    /// is first copied asynchronously into a temporary file (deleted afterwards), up to <see cref="ImportOptions.MaxBytes"/>
    /// (more is WS100); the worksheet is then streamed from it. The memory used is that of the rows kept, not of the file.
    /// </summary>
    /// <param name="stream">The .xlsx bytes; read to its end (or to the limit) and left open.</param>
    /// <param name="options">Options; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="sheetName">The worksheet to read (ignoring case); the first worksheet when null.</param>
    /// <param name="cancellationToken">Cancels the copy and the read.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ImportResult> ReadAsync(Stream stream, ImportOptions? options = null, string? sheetName = null, CancellationToken cancellationToken = default)
    {
        using var source = new XlsxTableSource(stream, options, sheetName);
        return await AssessmentTableReader.Default.ReadAsync(source, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when the first bytes of a file are those of a zip package (<c>PK\x03\x04</c>), as every .xlsx (and .docx) is,
    /// or of an OLE compound file (<c>D0 CF 11 E0</c>), as an Excel 97–2003 <c>.xls</c> and a password-protected workbook
    /// are: a host picks this reader for such a file and the text reader for the rest. This reader reads both kinds (an
    /// .xls through ExcelDataReader, with the same rules and diagnostics) and answers a password-protected workbook with
    /// <see cref="OpenXmlDiagnosticCodes.LegacyOrEncrypted"/>, which says what to do.
    /// </summary>
    /// <param name="head">The file's first bytes (four are enough).</param>
    /// <returns>True for a zip package's or a compound file's signature.</returns>
    public static bool IsWorkbook(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8) || IsCompoundFile(head);

    // An OLE compound file (CFB): a legacy .xls, or an encrypted .xlsx (the package inside an EncryptedPackage stream).
    internal static bool IsCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]);
}
