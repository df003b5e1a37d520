using WindowScoring.Import;

namespace WindowScoring.Rules;

/// <summary>
/// Reads event logs (inspectors' records) from CSV/TSV files, or from any <see cref="ITableSource"/>, through the table
/// reader's one row loop: the same source seam, the same limits (<see cref="ImportOptions.MaxRows"/>, columns, field
/// length, bytes) and the same diagnostics for them; only the columns (<see cref="ColumnCatalogue.EventLog"/>: 部门/department,
/// 日期/date, 规则/rule, 类型/kind, 类别/category, 分值/value, 数量/quantity, 人员/person, 角色/role, 状态/status,
/// 备注/note, 部门代码/code) and the mapping of a row to an event are the log's own. The separator is detected among tab,
/// comma and semicolon, encodings are detected (UTF-8, UTF-16 with BOM, GB18030), full-width digits folded, and every
/// problem is a line-numbered diagnostic; a record that repeats the header is skipped (info). Dates: 2023-11-03, 2023/11/3, 2023.11.3, 20231103, 2023年11月3日. Statuses:
/// 已审核/通过/approved, 已记录/待审核/recorded, 申诉中/appealed, 驳回/不予认定/rejected; a log without a status column
/// is taken as approved (an info diagnostic says so).
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class EventLogReader
{
    /// <summary>Creates a reader whose calls use <paramref name="defaults"/> when no options are passed.</summary>
    /// <param name="defaults">The default options (limits, encoding, separator); <see cref="ImportOptions.Default"/> when null.</param>
    public EventLogReader(ImportOptions? defaults = null)
    {
        Defaults = defaults ?? ImportOptions.Default;
    }

    /// <summary>A reader with <see cref="ImportOptions.Default"/>.</summary>
    public static EventLogReader Default { get; } = new();

    /// <summary>The options used when a call passes none.</summary>
    public ImportOptions Defaults { get; }

    /// <summary>Reads an event log file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public EventLogResult Read(string path, ImportOptions? options = null)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Read(stream, options);
    }

    /// <summary>Reads an event log from bytes, detecting the encoding unless the options set one.</summary>
    /// <param name="stream">The stream; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public EventLogResult Read(Stream stream, ImportOptions? options = null)
    {
        var (events, diagnostics) = RowFileReading.Read(Preconditions.CheckNotNull(stream), options ?? Defaults, EventRowParser.Mapping);
        return new EventLogResult(events, diagnostics);
    }

    /// <summary>
    /// Reads an event log from a stream without any synchronous read of it (an ASP.NET Core request body), as
    /// <see cref="Read(Stream, ImportOptions?)"/> reads it: the same events and diagnostics. The bytes are streamed (a first
    /// block to detect the encoding and the separator, then the rest as the rows are parsed), so the memory used is that of
    /// the events kept, not of the input.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or the limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<EventLogResult> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (events, diagnostics) = await RowFileReading.ReadAsync(Preconditions.CheckNotNull(stream), options ?? Defaults, EventRowParser.Mapping, cancellationToken).ConfigureAwait(false);
        return new EventLogResult(events, diagnostics);
    }

    /// <summary>Reads an event log from text.</summary>
    /// <param name="reader">The text; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public EventLogResult Read(TextReader reader, ImportOptions? options = null)
    {
        var (events, diagnostics) = RowFileReading.Read(Preconditions.CheckNotNull(reader), options ?? Defaults, EventRowParser.Mapping);
        return new EventLogResult(events, diagnostics);
    }

    /// <summary>Reads an event log from a string (convenient in tests and LINQPad).</summary>
    /// <param name="text">The whole log.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public EventLogResult ReadText(string text, ImportOptions? options = null)
    {
        using var reader = new StringReader(Preconditions.CheckNotNull(text));
        return Read(reader, options);
    }

    /// <summary>
    /// Reads an event log from any <see cref="ITableSource"/> (a worksheet, a database query, a host's own format) through
    /// the same row loop as the built-in formats: the same columns, rules, limits and diagnostics.
    /// </summary>
    /// <param name="source">The source; read to its end and left undisposed (its creator disposes it).</param>
    /// <param name="options">Options (the encoding and delimiter settings do not apply); <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public EventLogResult Read(ITableSource source, ImportOptions? options = null)
    {
        var (events, diagnostics) = RowFileReading.Read(Preconditions.CheckNotNull(source), options ??= Defaults, EventRowParser.Mapping, new BoundedDiagnostics(options.MaxDiagnostics));
        return new EventLogResult(events, diagnostics);
    }

    /// <summary>
    /// Reads an event log from any <see cref="ITableSource"/> through <see cref="ITableSource.ReadAsync"/>, never its
    /// synchronous <see cref="ITableSource.Read"/>: the same events and diagnostics as <see cref="Read(ITableSource, ImportOptions?)"/>.
    /// </summary>
    /// <param name="source">The source; read to its end and left undisposed (its creator disposes it).</param>
    /// <param name="options">Options (the encoding and delimiter settings do not apply); <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read (passed to the source, and checked between rows).</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<EventLogResult> ReadAsync(ITableSource source, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (events, diagnostics) = await RowFileReading.ReadAsync(Preconditions.CheckNotNull(source), options ??= Defaults, EventRowParser.Mapping, new BoundedDiagnostics(options.MaxDiagnostics), cancellationToken).ConfigureAwait(false);
        return new EventLogResult(events, diagnostics);
    }
}
