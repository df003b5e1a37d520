namespace WindowScoring.Import;

/// <summary>
/// The plumbing every reader of rows shares before the one row loop (<see cref="TableRowReader{TRow}"/>): bytes counted
/// before decoding, the encoding probed, the separator detected, the text wrapped in a <see cref="DelimitedTableSource"/>,
/// and the limits' diagnostics at the end. Event logs and ratings exports read through it; only their
/// <see cref="IRowMapping{TRow}"/> differs. The asynchronous reads stream: a first block is read to probe the encoding and
/// the separator, the rest as the rows are parsed.
/// </summary>
internal static class RowFileReading
{
    /// <summary>Reads rows from bytes, detecting the encoding unless the options set one.</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(Stream stream, ImportOptions options, IRowMapping<TRow> mapping)
        where TRow : class
    {
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        using var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true); // bytes counted before decoding
        using var reader = TextDecoding.Probe(bounded, options, diagnostics).OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        using var source = Source(InputText.Prepare(reader, options), options, () => reader.InvalidLine, () => bounded.BudgetExceeded, DiagnosticCodes.InputTooLarge);
        return Read(source, options, mapping, diagnostics);
    }

    /// <summary>Reads rows from a stream read asynchronously as the rows are parsed (never a synchronous read).</summary>
    internal static async Task<(TRow[] Rows, Diagnostic[] Diagnostics)> ReadAsync<TRow>(Stream stream, ImportOptions options, IRowMapping<TRow> mapping, CancellationToken cancellationToken)
        where TRow : class
    {
        var diagnostics = new BoundedDiagnostics(options.MaxDiagnostics);
        using var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true);
        var probed = await TextDecoding.ProbeAsync(bounded, options, diagnostics, cancellationToken).ConfigureAwait(false);
        using var reader = probed.OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        var prepared = await InputText.PrepareAsync(reader, options, cancellationToken).ConfigureAwait(false);
        using var source = Source(prepared, options, () => reader.InvalidLine, () => bounded.BudgetExceeded, DiagnosticCodes.InputTooLarge);
        return await ReadAsync(source, options, mapping, diagnostics, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads rows from text (the byte limit counts characters).</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(TextReader reader, ImportOptions options, IRowMapping<TRow> mapping)
        where TRow : class
    {
        using var source = Source(InputText.Prepare(reader, options), options, null, null, Messages.InputTooLargeChars);
        return Read(source, options, mapping, new BoundedDiagnostics(options.MaxDiagnostics));
    }

    /// <summary>Reads rows from any source through the one row loop.</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(ITableSource source, ImportOptions options, IRowMapping<TRow> mapping, BoundedDiagnostics diagnostics)
        where TRow : class
    {
        var reader = new TableRowReader<TRow>(source, mapping, options, diagnostics, proseBeforeTable: false);
        var rows = new List<TRow>();
        while (reader.TryRead(out var row))
        {
            rows.Add(row);
        }

        reader.Complete();
        return (rows.ToArray(), diagnostics.ToArray());
    }

    /// <summary>Reads rows from any source through <see cref="ITableSource.ReadAsync"/> and the one row loop.</summary>
    internal static async Task<(TRow[] Rows, Diagnostic[] Diagnostics)> ReadAsync<TRow>(ITableSource source, ImportOptions options, IRowMapping<TRow> mapping, BoundedDiagnostics diagnostics, CancellationToken cancellationToken)
        where TRow : class
    {
        var reader = new TableRowReader<TRow>(source, mapping, options, diagnostics, proseBeforeTable: false);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(row);
        }

        reader.Complete();
        return (rows.ToArray(), diagnostics.ToArray());
    }

    // The delimited source over prepared text (its first block read to detect the separator), reporting at its end the
    // invalid bytes and the limit reached.
    private static DelimitedTableSource Source((ReplayTextReader Reader, string? FirstLine) prepared, ImportOptions options, Func<int?>? invalidLine, Func<bool>? bytesExceeded, string tooLarge)
    {
        var (replay, firstLine) = prepared;
        void AtEnd(ICollection<Diagnostic> d)
        {
            InputText.ReportInvalid(invalidLine?.Invoke(), d, options);
            InputText.ReportNotText(replay, d);
            if (replay.BudgetExceeded || bytesExceeded?.Invoke() == true)
            {
                d.Add(Problems.Error(tooLarge, null, null, null, options.MaxBytes));
            }
        }

        return new DelimitedTableSource(replay, null, options, options.Delimiter ?? InputText.DetectDelimiter(firstLine), AtEnd);
    }
}
