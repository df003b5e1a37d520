namespace WindowScoring.Audit;

/// <summary>
/// The findings of a <see cref="PublishedTableAudit"/>: diagnostics like every other result's, rows first in line order,
/// then roster findings; each names the department in its message, what the table prints in
/// <see cref="Diagnostic.RawValue"/> and what the recomputation gives in <see cref="Diagnostic.Expected"/>. An audit fails
/// fast like an import: <see cref="DiagnosticResult{TSelf}.EnsureSuccess"/> throws when a figure is wrong.
/// </summary>
/// <remarks>Created only by the audit. Immutable and safe to share between threads.</remarks>
public sealed class AuditReport : DiagnosticResult<AuditReport>
{
    internal AuditReport(IReadOnlyList<Diagnostic> findings, int rowsChecked)
        : base(findings)
    {
        RowsChecked = rowsChecked;
    }

    /// <summary>How many rows were checked.</summary>
    public int RowsChecked { get; }

    /// <summary>True when there are no findings at all (warnings included).</summary>
    public bool IsConsistent => Diagnostics.Count == 0;

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>29 rows checked, 0 findings</c>.</returns>
    public override string ToString() => $"{RowsChecked} rows checked, {Diagnostics.Count} findings";
}
