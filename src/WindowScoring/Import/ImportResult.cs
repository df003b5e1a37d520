namespace WindowScoring.Import;

/// <summary>
/// The outcome of reading a table file: every row that could be read and a diagnostic for everything
/// that could not (or that a person should know). Fully materialised; immutable; safe to share.
/// </summary>
/// <remarks>
/// Conservation: every non-blank line of the input that is not a header or title is either a row here
/// or named by a diagnostic's <see cref="Diagnostic.Line"/>, or counted (past
/// <see cref="ImportOptions.MaxDiagnostics"/>) by the last diagnostic, WS104, which names the first line it counts.
/// </remarks>
public sealed class ImportResult : DiagnosticResult<ImportResult>
{
    // The rows list is the reader's own, read-only, and never changed again: kept, not copied.
    internal ImportResult(RowList<PublishedRow> rows, ImportSummary summary)
        : base(summary.Diagnostics)
    {
        Rows = rows;
        Period = summary.Period;
        Title = summary.Title;
    }

    /// <summary>The rows read, in input order.</summary>
    public IReadOnlyList<PublishedRow> Rows { get; }

    /// <summary>The period: from the options, the report title, or the file name; null when unknown.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The table's title when the input had one (a report text).</summary>
    public string? Title { get; }

    /// <summary>
    /// The rows as a table (assessments in input order, the departments not assessed apart, with the period and title), for ranking. Refuses a result with
    /// errors, so a ranking is never published with rows silently missing or a department counted twice; call
    /// <see cref="ToPartialTable"/> to rank only the good rows on purpose.
    /// </summary>
    /// <returns>A new table.</returns>
    /// <exception cref="DiagnosticException">The input has errors (<see cref="DiagnosticResult{TSelf}.HasErrors"/>); the exception carries every diagnostic.</exception>
    public AssessmentTable ToTable() => EnsureSuccess().ToPartialTable();

    /// <summary>
    /// The rows that no error names, as a table: what a host ranks when it has decided (and says so to its users) to
    /// publish a partial ranking of a file with errors. Rows named by an error (a repeated department, for one) are left
    /// out; warnings do not leave a row out.
    /// </summary>
    /// <returns>A new table of <see cref="RowsWithoutErrors"/>; the same as <see cref="ToTable"/> when there are no errors.</returns>
    public AssessmentTable ToPartialTable() => AssessmentTable.Of(RowsWithoutErrors(), Period, Title);

    /// <summary>
    /// The rows no error names, in input order: the rows of <see cref="ToPartialTable"/>, so a validator's findings on that
    /// table map back to file lines (<c>ToDiagnostics(result.RowsWithoutErrors())</c>).
    /// </summary>
    /// <remarks>When errors were left out past <see cref="ImportOptions.MaxDiagnostics"/> (WS104, an error), no kept
    /// diagnostic says which later rows are good, so every row from the line WS104 names on is left out too.</remarks>
    /// <returns>The rows; all of <see cref="Rows"/> when there are no errors.</returns>
    public IReadOnlyList<PublishedRow> RowsWithoutErrors()
    {
        var errorLines = Errors.Where(d => d.Line is not null).Select(d => d.Line!.Value).ToHashSet();
        var unvouched = Errors.FirstOrDefault(d => d.Code == DiagnosticCodes.TooManyDiagnostics)?.Line ?? int.MaxValue;
        return errorLines.Count == 0 && unvouched == int.MaxValue ? Rows : Rows.Where(r => r.Line < unvouched && !errorLines.Contains(r.Line)).ToArray();
    }

    /// <summary>The rows as read, with their printed ranks and totals, as the table the audit checks
    /// (<c>PublishedTableAudit.Check</c>). Every row is in it, those an error names too: the audit names them again.</summary>
    /// <returns>A new published table with the period and title.</returns>
    public PublishedTable ToPublishedTable() => new(Rows, Period, Title);

    /// <summary>An invariant summary, e.g. <c>29 rows, 0 errors, 1 diagnostics</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => ImportSummary.Describe(Rows.Count, ErrorCount, Diagnostics.Count);
}
