namespace WindowScoring.Import;

/// <summary>
/// The plumbing every reader of rows shares before the one row loop (<see cref="TableRowReader{TRow}"/>): bytes counted
/// before decoding, the encoding probed, the separator detected, the text wrapped in a <see cref="DelimitedTableSource"/>,
/// and the limits' diagnostics at the end. Event logs and ratings exports read through it; only their
/// <see cref="IRowMapping{TRow}"/> differs.
/// </summary>
internal static class RowFileReading
{
    /// <summary>Reads rows from bytes, detecting the encoding unless the options set one.</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(Stream stream, ImportOptions options, IRowMapping<TRow> mapping)
        where TRow : class
    {
        var diagnostics = new List<Diagnostic>();
        using var bounded = new BoundedStream(stream, options.MaxBytes, leaveOpen: true); // bytes counted before decoding
        using var reader = TextDecoding.Probe(bounded, options, diagnostics).OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        return Read(reader, options, mapping, diagnostics, () => reader.InvalidLine, () => bounded.BudgetExceeded, DiagnosticCodes.InputTooLarge);
    }

    /// <summary>Reads rows from a stream read asynchronously into memory first (up to the byte limit).</summary>
    internal static async Task<(TRow[] Rows, Diagnostic[] Diagnostics)> ReadAsync<TRow>(Stream stream, ImportOptions options, IRowMapping<TRow> mapping, CancellationToken cancellationToken)
        where TRow : class
    {
        var (buffer, tooLarge) = await InputText.BufferAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        var (rows, diagnostics) = Read(buffer, options, mapping);
        return tooLarge && !diagnostics.Any(d => d.Code == DiagnosticCodes.InputTooLarge)
            ? (rows, [.. diagnostics, Problems.Error(DiagnosticCodes.InputTooLarge, null, null, null, options.MaxBytes)])
            : (rows, diagnostics);
    }

    /// <summary>Reads rows from text (the byte limit counts characters).</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(TextReader reader, ImportOptions options, IRowMapping<TRow> mapping)
        where TRow : class =>
        Read(reader, options, mapping, [], null, null, Messages.InputTooLargeChars);

    /// <summary>Reads rows from any source through the one row loop.</summary>
    internal static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(ITableSource source, ImportOptions options, IRowMapping<TRow> mapping, List<Diagnostic> diagnostics)
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

    private static (TRow[] Rows, Diagnostic[] Diagnostics) Read<TRow>(
        TextReader reader, ImportOptions options, IRowMapping<TRow> mapping, List<Diagnostic> diagnostics, Func<int?>? invalidLine, Func<bool>? bytesExceeded, string tooLarge)
        where TRow : class
    {
        var (replay, firstLine) = InputText.Prepare(reader, options);
        void AtEnd(ICollection<Diagnostic> d)
        {
            InputText.ReportInvalid(invalidLine?.Invoke(), d, options);
            if (replay.BudgetExceeded || bytesExceeded?.Invoke() == true)
            {
                d.Add(Problems.Error(tooLarge, null, null, null, options.MaxBytes));
            }
        }

        using var source = new DelimitedTableSource(replay, null, options, options.Delimiter ?? InputText.DetectDelimiter(firstLine), AtEnd);
        return Read(source, options, mapping, diagnostics);
    }
}
