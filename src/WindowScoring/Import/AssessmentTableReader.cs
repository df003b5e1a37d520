using System.Text;
using System.Text.RegularExpressions;

namespace WindowScoring.Import;

/// <summary>
/// Reads assessment tables: tab-, comma- or semicolon-separated tables with a header row (columns found
/// by header, with Chinese and English aliases), the published report layout of the seed
/// (<c>序号	部门窗口	基础分 分值	减分 分值	加分分值	实得分值</c>, blank 序号 on tied rows, deductions printed
/// negative), and whole report texts whose appendix table follows a title line such as
/// <c>2023年11月省政务服务大厅进驻部门（单位） 窗口考核结果</c>.
/// </summary>
/// <remarks>
/// <para>Data errors never throw: every problem is a <see cref="Diagnostic"/> with its line, and the other
/// rows still come through (call <see cref="DiagnosticResult{TSelf}.EnsureSuccess"/> to fail fast). The result is
/// materialised inside the call. Numbers are parsed strictly and culture-invariantly
/// (see <see cref="ScoreText.TryParse"/>).</para>
/// <para>Stateless; one instance can be shared by any number of threads.</para>
/// </remarks>
public sealed partial class AssessmentTableReader
{
    /// <summary>Creates a reader whose calls use <paramref name="defaults"/> when no options are passed.</summary>
    /// <param name="defaults">The default options; <see cref="ImportOptions.Default"/> when null.</param>
    public AssessmentTableReader(ImportOptions? defaults = null)
    {
        Defaults = defaults ?? ImportOptions.Default;
    }

    /// <summary>A reader with <see cref="ImportOptions.Default"/>.</summary>
    public static AssessmentTableReader Default { get; } = new();

    /// <summary>The options used when a call passes none.</summary>
    public ImportOptions Defaults { get; }

    /// <summary>
    /// Reads a table file. When no period is set in the options and the file has no title, the period is
    /// taken from the file name if it names one (<c>2023-11.tsv</c>, <c>考核结果2023年11月.csv</c>).
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
    public ImportResult Read(string path, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        var rows = new RowList<PublishedRow>();
        return new ImportResult(rows, ReadEach(path, rows.Add, options));
    }

    /// <summary>Reads a table from a stream of bytes, detecting the encoding unless the options set one.</summary>
    /// <param name="stream">The stream; read to its end (or to a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ImportResult Read(Stream stream, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var rows = new RowList<PublishedRow>();
        return new ImportResult(rows, Read(stream, options ?? Defaults, null, null, rows.Add));
    }

    /// <summary>Reads a table from text.</summary>
    /// <param name="reader">The text; read to its end (or to a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null. <see cref="ImportOptions.Encoding"/> does not apply.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public ImportResult Read(TextReader reader, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        var rows = new RowList<PublishedRow>();
        return new ImportResult(rows, ReadText(reader, options ?? Defaults, null, null, rows.Add));
    }

    /// <summary>Reads a table from a string (convenient in tests and LINQPad).</summary>
    /// <param name="text">The whole file as text.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImportResult ReadText(string text, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        using var reader = new StringReader(text);
        return Read(reader, options);
    }

    /// <summary>
    /// Reads a table file row by row without keeping the rows: <paramref name="onRow"/> gets each row as soon as it is
    /// read, in input order, and the rows are not held in memory (for national roll-ups of millions of rows, where only
    /// totals or aggregates are wanted). Reads exactly what <see cref="Read(string, ImportOptions?)"/> reads, with the
    /// same diagnostics; the period is taken from the file name in the same way.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="onRow">Called once per row, on the calling thread; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="onRow"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
    /// <example><code>
    /// // The computed totals and the totals as printed (null for a file without a total column).
    /// var totals = new List&lt;decimal&gt;();
    /// var printed = new List&lt;decimal?&gt;();
    /// var summary = AssessmentTableReader.Default.ReadEach("national-2023.csv", row =&gt;
    /// {
    ///     if (row.Assessment is { } assessment) totals.Add(assessment.Total); // a row not assessed has no total
    ///     printed.Add(row.PrintedTotal);
    /// });
    /// summary.EnsureSuccess();
    /// </code></example>
    public ImportSummary ReadEach(string path, Action<PublishedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(onRow);
        options ??= Defaults;
        using var stream = File.OpenRead(path);
        var fromName = options.Period is null ? PeriodIn(Path.GetFileNameWithoutExtension(path)) : null;
        return Read(stream, options, fromName, Path.GetFileName(path), onRow);
    }

    /// <summary>Reads a table from a stream of bytes row by row without keeping the rows (see <see cref="ReadEach(string, Action{PublishedRow}, ImportOptions?)"/>).</summary>
    /// <param name="stream">The stream; read to its end (or to a limit) and left open.</param>
    /// <param name="onRow">Called once per row, in input order; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="onRow"/> is null.</exception>
    public ImportSummary ReadEach(Stream stream, Action<PublishedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(onRow);
        return Read(stream, options ?? Defaults, null, null, onRow);
    }

    /// <summary>Reads a table from text row by row without keeping the rows (see <see cref="ReadEach(string, Action{PublishedRow}, ImportOptions?)"/>).</summary>
    /// <param name="reader">The text; read to its end (or to a limit) and left open.</param>
    /// <param name="onRow">Called once per row, in input order; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null. <see cref="ImportOptions.Encoding"/> does not apply.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="onRow"/> is null.</exception>
    public ImportSummary ReadEach(TextReader reader, Action<PublishedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(onRow);
        return ReadText(reader, options ?? Defaults, null, null, onRow);
    }

    /// <summary>
    /// Reads a table from any <see cref="ITableSource"/> (a worksheet, a database query, a host's own format) through the
    /// same row parser as the built-in formats: the same columns, rules, limits and diagnostics.
    /// </summary>
    /// <param name="source">The source; read to its end and left undisposed (its creator disposes it).</param>
    /// <param name="options">Options (the format, delimiter and encoding settings do not apply); <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ImportResult Read(ITableSource source, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(source);
        var rows = new RowList<PublishedRow>();
        return new ImportResult(rows, ReadEach(source, rows.Add, options));
    }

    /// <summary>Reads the rows of any <see cref="ITableSource"/> one at a time, keeping none (see <see cref="Read(ITableSource, ImportOptions?)"/>).</summary>
    /// <param name="source">The source; read to its end and left undisposed.</param>
    /// <param name="onRow">Called with each row as soon as it is read, in input order.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The row count and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImportSummary ReadEach(ITableSource source, Action<PublishedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(onRow);
        return SessionOf(source, options ?? Defaults).Drain(onRow); // not disposed: the source is the caller's
    }

    /// <summary>
    /// Reads a table from a stream without any synchronous read of it (an ASP.NET Core request body, say), as
    /// <see cref="Read(Stream, ImportOptions?)"/> reads it: the same rows and diagnostics. The bytes are streamed: a first
    /// block of 64 KiB is read to detect the encoding and the layout, then the rest as the rows are parsed, so the memory
    /// used is that of the rows kept, not of the input.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or to <see cref="ImportOptions.MaxBytes"/>) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read (between reads of the stream and between rows).</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ImportResult> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        var rows = new RowList<PublishedRow>();
        var summary = await ReadEachAsync(stream, Keep(rows), options, cancellationToken).ConfigureAwait(false);
        return new ImportResult(rows, summary);
    }

    /// <summary>
    /// Reads the rows of a stream one at a time and awaits <paramref name="onRow"/> for each (a database write, say), with
    /// no synchronous read of the stream: the bytes are streamed as in <see cref="ReadAsync(Stream, ImportOptions?, CancellationToken)"/>,
    /// and rows are not kept, so the memory used does not grow with the input.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or to <see cref="ImportOptions.MaxBytes"/>) and left open.</param>
    /// <param name="onRow">Awaited with each row, in input order, before the next is parsed.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read (between reads of the stream and between rows); passed to <paramref name="onRow"/>.</param>
    /// <returns>The row count and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ImportSummary> ReadEachAsync(Stream stream, Func<PublishedRow, CancellationToken, ValueTask> onRow, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(onRow);
        options ??= Defaults;
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true);
        var probed = await TextDecoding.ProbeAsync(bounded, options, diagnostics, cancellationToken).ConfigureAwait(false);
        using var session = Open(bounded, probed, options, diagnostics, null, null);
        return await session.DrainAsync(onRow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a table from any <see cref="ITableSource"/> through <see cref="ITableSource.ReadAsync"/>, never its synchronous
    /// <see cref="ITableSource.Read"/>: the same rows and diagnostics as <see cref="Read(ITableSource, ImportOptions?)"/>.
    /// </summary>
    /// <param name="source">The source; read to its end and left undisposed (its creator disposes it).</param>
    /// <param name="options">Options (the format, delimiter and encoding settings do not apply); <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read (passed to the source, and checked between rows).</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ImportResult> ReadAsync(ITableSource source, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(source);
        var rows = new RowList<PublishedRow>();
        var summary = await ReadEachAsync(source, Keep(rows), options, cancellationToken).ConfigureAwait(false);
        return new ImportResult(rows, summary);
    }

    /// <summary>
    /// Reads the rows of any <see cref="ITableSource"/> asynchronously, one at a time, keeping none (see
    /// <see cref="ReadAsync(ITableSource, ImportOptions?, CancellationToken)"/>).
    /// </summary>
    /// <param name="source">The source; read to its end and left undisposed.</param>
    /// <param name="onRow">Awaited with each row, in input order, before the next is read.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read; passed to the source and to <paramref name="onRow"/>.</param>
    /// <returns>The row count and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<ImportSummary> ReadEachAsync(ITableSource source, Func<PublishedRow, CancellationToken, ValueTask> onRow, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(onRow);
        return SessionOf(source, options ?? Defaults).DrainAsync(onRow, cancellationToken); // not disposed: the source is the caller's
    }

    private static Func<PublishedRow, CancellationToken, ValueTask> Keep(RowList<PublishedRow> rows) => (row, _) =>
    {
        rows.Add(row);
        return ValueTask.CompletedTask;
    };

    // A host's source, read by the strict rules (no prose before the table).
    private static Session SessionOf(ITableSource source, ImportOptions options)
    {
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        return new Session(source, proseBeforeTable: false, options, diagnostics, null, null, null);
    }

    private ImportSummary Read(Stream stream, ImportOptions options, AssessmentPeriod? periodFromName, string? fileName, Action<PublishedRow> onRow)
    {
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true);
        using var session = Open(bounded, TextDecoding.Probe(bounded, options, diagnostics), options, diagnostics, periodFromName, fileName);
        return session.Drain(onRow);
    }

    // The source for a stream of bytes whose first block has been read (probed): the encoding detected (or set), the byte
    // limit applied before decoding (bounded), the format picked from the first line's cells. The sync and async reads
    // differ only in how they read the first block.
    private static Session Open(BoundedStream bounded, TextDecoding.ProbedStream probed, ImportOptions options, BoundedDiagnostics diagnostics, AssessmentPeriod? periodFromName, string? fileName)
    {
        void AtEnd(ICollection<Diagnostic> d, int? invalidLine)
        {
            InputText.ReportInvalid(invalidLine, d, options);
            if (bounded.BudgetExceeded)
            {
                d.Add(Problems.Error(DiagnosticCodes.InputTooLarge, null, null, null, options.MaxBytes));
            }
        }

        var firstLine = InputText.FirstNonBlankLine(probed.Head());
        var delimiter = options.Delimiter ?? InputText.DetectDelimiter(firstLine);
        if (IsDelimited(options, firstLine, delimiter))
        {
            if (probed.IsUtf8)
            {
                // A delimited UTF-8 table goes to CsvHelper as bytes: no decode to UTF-16 and back.
                var bytes = probed.OpenUtf8(leaveOpen: true);
                var source = new DelimitedTableSource(null, bytes, options, delimiter, d => AtEnd(d, null));
                return new Session(source, false, options, diagnostics, periodFromName, fileName, bytes);
            }

            var text = probed.OpenText(leaveOpen: true, InputText.MaxLineChars(options));
            var csv = new DelimitedTableSource(text, null, options, delimiter, d => AtEnd(d, text.InvalidLine));
            return new Session(csv, false, options, diagnostics, periodFromName, fileName, text);
        }

        var lines = probed.OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        var report = new ReportTextSource(lines, options, d => AtEnd(d, lines.InvalidLine));
        return new Session(report, true, options, diagnostics, periodFromName, fileName, lines);
    }

    private static ImportSummary ReadText(TextReader reader, ImportOptions options, AssessmentPeriod? periodFromName, string? fileName, Action<PublishedRow> onRow)
    {
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        var (replay, firstLine) = InputText.Prepare(reader, options);
        void AtEnd(ICollection<Diagnostic> d)
        {
            InputText.ReportNotText(replay, d);
            if (replay.BudgetExceeded)
            {
                d.Add(Problems.Error(Messages.InputTooLargeChars, null, null, null, options.MaxBytes));
            }
        }

        var delimiter = options.Delimiter ?? InputText.DetectDelimiter(firstLine);
        ITableSource source = IsDelimited(options, firstLine, delimiter)
            ? new DelimitedTableSource(replay, null, options, delimiter, AtEnd)
            : new ReportTextSource(replay, options, AtEnd);
        using var session = new Session(source, source is ReportTextSource, options, diagnostics, periodFromName, fileName, null);
        return session.Drain(onRow);
    }

    /// <summary>
    /// <see cref="TableFormat.Auto"/>: the first non-blank line is split into cells at the delimiter (quotes honoured). Two or
    /// more cells (a header, or a spreadsheet's title row with empty cells beside it) make a delimited table; one cell (a
    /// title or prose line without separators) makes a report text.
    /// </summary>
    private static bool IsDelimited(ImportOptions options, string? firstLine, char delimiter)
    {
        if (options.Format != TableFormat.Auto)
        {
            return options.Format == TableFormat.Delimited;
        }

        if (firstLine is null)
        {
            return true;
        }

        return InputText.SplitLine(firstLine, delimiter).Length >= 2;
    }

    private static ImportSummary Finish(TableRowReader<PublishedRow> table, ImportOptions options, BoundedDiagnostics diagnostics, AssessmentPeriod? periodFromName, string? fileName)
    {
        var titlePeriod = table.TitlePeriod;
        var period = options.Period ?? titlePeriod ?? periodFromName;
        if (options.Period is null && period is not null)
        {
            diagnostics.Add(Problems.Info(titlePeriod is not null ? Messages.PeriodFromTitle : Messages.PeriodFromFileName,
                null, null, period.Value.ToString(), period.Value.ToString(), fileName));
        }

        return new ImportSummary(table.RowCount, diagnostics.ToArray(), period, table.Title);
    }

    // One read: the source, its row reader and what must be disposed with them.
    private sealed class Session(ITableSource source, bool proseBeforeTable, ImportOptions options, BoundedDiagnostics diagnostics, AssessmentPeriod? periodFromName, string? fileName, IDisposable? input) : IDisposable
    {
        private TableRowReader<PublishedRow> Reader { get; } = new(source, TableRowParser.Mapping, options, diagnostics, proseBeforeTable);

        // Every row to onRow, in input order, then the summary.
        internal ImportSummary Drain(Action<PublishedRow> onRow)
        {
            while (Reader.TryRead(out var row))
            {
                onRow(row);
            }

            return Finish();
        }

        // Every row to onRow, awaited, in input order, then the summary; the source read asynchronously.
        internal async Task<ImportSummary> DrainAsync(Func<PublishedRow, CancellationToken, ValueTask> onRow, CancellationToken cancellationToken)
        {
            while (await Reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } row)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await onRow(row, cancellationToken).ConfigureAwait(false);
            }

            return Finish();
        }

        private ImportSummary Finish()
        {
            Reader.Complete();
            return AssessmentTableReader.Finish(Reader, options, diagnostics, periodFromName, fileName);
        }

        public void Dispose()
        {
            source.Dispose();
            input?.Dispose();
        }
    }

    /// <summary>Finds a period such as <c>2023年11月</c>, <c>2023-11</c> or <c>2023年第四季度</c> inside a text.</summary>
    internal static AssessmentPeriod? PeriodIn(string text)
    {
        foreach (Match m in PeriodInText().Matches(WhiteSpace().Replace(TextFolding.Fold(text), string.Empty)))
        {
            if (AssessmentPeriod.TryParse(m.Value, out var p))
            {
                return p;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?:年(?:[0-9]{1,2}月|第?[一二三四1-4]季度|[上下]半年|度)?|[-/.][0-9]{1,2}|-?[QqHh][1-4])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInText();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
