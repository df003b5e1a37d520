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
