
namespace WindowScoring.Audit;

/// <summary>The findings of a <see cref="PublishedTableAudit"/>, in line order. Immutable.</summary>
public sealed class AuditReport
{
    internal AuditReport(IReadOnlyList<AuditFinding> findings, int rowsChecked)
    {
        Findings = ReadOnly.Of(findings);
        RowsChecked = rowsChecked;
    }

    /// <summary>The findings, rows first in line order, then roster findings.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>How many rows were checked.</summary>
    public int RowsChecked { get; }

    /// <summary>True when there are no findings.</summary>
    public bool IsConsistent => Findings.Count == 0;

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>29 rows checked, 0 findings</c>.</returns>
    public override string ToString() => $"{RowsChecked} rows checked, {Findings.Count} findings";
}
