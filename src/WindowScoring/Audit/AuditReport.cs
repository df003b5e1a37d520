namespace WindowScoring.Audit;

/// <summary>
/// The findings of a <see cref="PublishedTableAudit"/>, in line order, and the same findings as diagnostics, so an audit
/// fails fast like an import: <see cref="EnsureSuccess"/> throws when a figure is wrong.
/// </summary>
/// <remarks>Created only by the audit. Immutable and safe to share between threads.</remarks>
public sealed class AuditReport
{
    internal AuditReport(IReadOnlyList<AuditFinding> findings, int rowsChecked)
    {
        Findings = ReadOnly.Of(findings);
        Diagnostics = ReadOnly.Of(Findings.Select(f => f.ToDiagnostic()));
        RowsChecked = rowsChecked;
    }

    /// <summary>The findings, rows first in line order, then roster findings.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>The findings as diagnostics (<see cref="AuditFinding.ToDiagnostic"/>), in the same order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that are errors (wrong figures, missing or repeated departments).</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>How many rows were checked.</summary>
    public int RowsChecked { get; }

    /// <summary>True when there are no findings at all (warnings included).</summary>
    public bool IsConsistent => Findings.Count == 0;

    /// <summary>Fails fast: throws when any finding is an error, otherwise returns this report (warnings do not throw).</summary>
    /// <returns>This report.</returns>
    /// <exception cref="DiagnosticException">A finding is an error; the exception carries every diagnostic.</exception>
    public AuditReport EnsureSuccess() => HasErrors ? throw new DiagnosticException(Diagnostics) : this;

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>29 rows checked, 0 findings</c>.</returns>
    public override string ToString() => $"{RowsChecked} rows checked, {Findings.Count} findings";
}
