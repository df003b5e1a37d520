namespace WindowScoring.Import;

/// <summary>
/// The outcome of reading a table row by row (<see cref="AssessmentTableReader.ReadEach(string, Action{PublishedRow}, ImportOptions?)"/>):
/// how many rows were passed on and a diagnostic for everything that could not be read (or that a person should know).
/// The rows themselves are not kept. Immutable; safe to share.
/// </summary>
/// <remarks>
/// Conservation, as for <see cref="ImportResult"/>: every non-blank line of the input that is not a header or title is either
/// a row passed on or named by a diagnostic's <see cref="Diagnostic.Line"/>, or counted (past
/// <see cref="ImportOptions.MaxDiagnostics"/>) by the last diagnostic, WS104, which names the first line it counts.
/// </remarks>
public sealed class ImportSummary : DiagnosticResult<ImportSummary>
{
    internal ImportSummary(int rowCount, IReadOnlyList<Diagnostic> diagnostics, AssessmentPeriod? period, string? title)
        : base(diagnostics)
    {
        RowCount = rowCount;
        Period = period;
        Title = title;
    }

    /// <summary>The number of rows passed on.</summary>
    public int RowCount { get; }

    /// <summary>The period: from the options, the report title, or the file name; null when unknown.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The table's title when the input had one (a report text).</summary>
    public string? Title { get; }

    /// <summary>An invariant summary, e.g. <c>29 rows, 0 errors, 1 diagnostics</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Describe(RowCount, ErrorCount, Diagnostics.Count);

    internal static string Describe(int rows, int errors, int diagnostics) => $"{rows} rows, {errors} errors, {diagnostics} diagnostics";
}
