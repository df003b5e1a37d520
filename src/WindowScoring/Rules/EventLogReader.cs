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
        Preconditions.CheckNotNull(stream);
        options ??= Defaults;
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        using var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true); // bytes counted before decoding
        using var reader = TextDecoding.Probe(bounded, options, diagnostics).OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        return Read(reader, options, diagnostics, () => reader.InvalidLine, () => bounded.BudgetExceeded, DiagnosticCodes.InputTooLarge);
    }

    /// <summary>
    /// Reads an event log from a stream without any synchronous read of it (an ASP.NET Core request body): the bytes are
    /// read asynchronously into memory, up to <see cref="ImportOptions.MaxBytes"/>, then parsed as
    /// <see cref="Read(Stream, ImportOptions?)"/> parses them.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or the limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<EventLogResult> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        options ??= Defaults;
        var (buffer, tooLarge) = await InputText.BufferAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        var result = Read(buffer, options);
        return tooLarge && !result.Diagnostics.Any(d => d.Code == DiagnosticCodes.InputTooLarge)
            ? new EventLogResult(result.Events, [.. result.Diagnostics, Problems.Error(DiagnosticCodes.InputTooLarge, null, null, null, options.MaxBytes)])
            : result;
    }

    /// <summary>Reads an event log from text.</summary>
    /// <param name="reader">The text; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public EventLogResult Read(TextReader reader, ImportOptions? options = null) =>
        Read(Preconditions.CheckNotNull(reader), options ??= Defaults, new BoundedDiagnostics(options.MaxDiagnostics), null, null, Messages.InputTooLargeChars);

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
    public EventLogResult Read(ITableSource source, ImportOptions? options = null) =>
        Read(Preconditions.CheckNotNull(source), options ??= Defaults, new BoundedDiagnostics(options.MaxDiagnostics));

    private static EventLogResult Read(ITableSource source, ImportOptions options, BoundedDiagnostics diagnostics)
    {
        var rows = new TableRowReader<AssessmentEvent>(source, EventRowParser.Mapping, options, diagnostics, proseBeforeTable: false);
        var events = new List<AssessmentEvent>();
        while (rows.TryRead(out var e))
        {
            events.Add(e);
        }

        rows.Complete();
        return new EventLogResult(events.ToArray(), diagnostics.ToArray());
    }

    private static EventLogResult Read(TextReader reader, ImportOptions options, BoundedDiagnostics diagnostics, Func<int?>? invalidLine, Func<bool>? bytesExceeded, string tooLarge)
    {
        var (replay, firstLine) = InputText.Prepare(reader, options);
        void AtEnd(ICollection<Diagnostic> d)
        {
            InputText.ReportNotText(replay, d);
            InputText.ReportInvalid(invalidLine?.Invoke(), d, options);
            if (replay.BudgetExceeded || bytesExceeded?.Invoke() == true)
            {
                d.Add(Problems.Error(tooLarge, null, null, null, options.MaxBytes));
            }
        }

        using var source = new DelimitedTableSource(replay, null, options, options.Delimiter ?? InputText.DetectDelimiter(firstLine), AtEnd);
        return Read(source, options, diagnostics);
    }
}
