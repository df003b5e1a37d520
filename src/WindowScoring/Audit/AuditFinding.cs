
namespace WindowScoring.Audit;

/// <summary>One thing a published table got wrong (or that a person should check).</summary>
/// <param name="Code">A stable code, WS300–WS307 (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Severity">Error for a wrong figure, warning for a layout or roster question.</param>
/// <param name="Line">The line of the published table, when the finding concerns a row.</param>
/// <param name="Department">The department's name as printed (or as on the roster).</param>
/// <param name="Expected">What the recomputation gives, in invariant text; null when not applicable.</param>
/// <param name="Found">What the table prints; null when not applicable.</param>
/// <param name="Message">A human-readable message.</param>
public sealed record AuditFinding(string Code, DiagnosticSeverity Severity, int? Line, string Department, string? Expected, string? Found, string Message)
{
    /// <summary>The finding as a <see cref="Diagnostic"/>, to show beside import and validation diagnostics.</summary>
    /// <returns>A diagnostic with the same code, severity, line and message; the department is in the message.</returns>
    public Diagnostic ToDiagnostic() => new(Code, Severity, Line, null, Found, $"{Department}: {Message}");

    /// <summary>An invariant one-line form: <c>line 7: WS300 教育厅: …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => (Line is { } l ? $"line {l}: " : "roster: ") + $"{Code} {Department}: {Message}";
}
