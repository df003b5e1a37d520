namespace WindowScoring.Import;

/// <summary>
/// Where a table's cells come from: a delimited text, a report text, a worksheet, a database query or an HTML form.
/// A source yields records of cells with their position; one row parser (<see cref="AssessmentTableReader.Read(ITableSource, ImportOptions?)"/>)
/// finds the title and header among them and turns the rest into rows and diagnostics, whatever the source.
/// </summary>
/// <remarks>
/// <para>Modelled on CsvHelper's <c>IParser</c>: <see cref="Read"/> moves to the next record, and <see cref="Cells"/>,
/// <see cref="Line"/> and <see cref="CellReference"/> describe it until the next call. Cells are text exactly as the source
/// holds it (numbers are parsed by the row parser, strictly and culture-invariantly).</para>
/// <para><see cref="ReadAsync"/> is the asynchronous form of <see cref="Read"/> (as CsvHelper's <c>IParser.ReadAsync</c>): the
/// asynchronous reads (<see cref="AssessmentTableReader.ReadAsync(ITableSource, ImportOptions?, CancellationToken)"/>) call it
/// and never <see cref="Read"/>, so a source over a network stream or a database reader streams without a blocking read. It has
/// a default implementation that calls <see cref="Read"/>, so a source whose records are already in memory (or one written
/// before the member existed) needs nothing more; a source that waits for input should implement it.</para>
/// <para>A source reports what it finds itself (a malformed record, bytes not valid in the encoding, a limit reached) as
/// diagnostics in the collection it is given; the row parser reports everything else. A source is used by one reader at
/// a time and is disposed by whoever created it.</para>
/// </remarks>
public interface ITableSource : IDisposable
{
    /// <summary>Moves to the next record.</summary>
    /// <param name="diagnostics">Where the source reports problems of its own, with their line.</param>
    /// <returns>False at the end of the input, or when reading must stop (a diagnostic then says why).</returns>
    bool Read(ICollection<Diagnostic> diagnostics);

    /// <summary>
    /// Moves to the next record asynchronously; the same records and diagnostics as <see cref="Read"/>. By default it calls
    /// <see cref="Read"/> (after checking the token), which is right for a source that does not wait for its input.
    /// </summary>
    /// <param name="diagnostics">Where the source reports problems of its own, with their line.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>False at the end of the input, or when reading must stop (a diagnostic then says why).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ValueTask<bool> ReadAsync(ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(diagnostics));
    }

    /// <summary>The cells of the current record, in column order.</summary>
    IReadOnlyList<string> Cells { get; }

    /// <summary>The 1-based line (text) or row (worksheet) where the current record starts.</summary>
    int Line { get; }

    /// <summary>Where a cell of the current record is, for diagnostics (e.g. <c>Sheet1!C7</c>); null when the source has
    /// no cell addresses (a text file: its line and column name say where).</summary>
    /// <param name="index">The 0-based index of the cell in <see cref="Cells"/>.</param>
    /// <returns>The cell's address, or null.</returns>
    string? CellReference(int index);
}
