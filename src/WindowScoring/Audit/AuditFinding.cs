namespace WindowScoring.Audit;

/// <summary>One thing a published table got wrong (or that a person should check).</summary>
/// <remarks>
/// Created only by <see cref="PublishedTableAudit"/> (the constructor is internal); properties may be added in later
/// versions without breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class AuditFinding
{
    internal AuditFinding(string code, DiagnosticSeverity severity, int? line, string department, string? expected, string? found, string message)
    {
        Code = code;
        Severity = severity;
        Line = line;
        Department = department;
        Expected = expected;
        Found = found;
        Message = message;
    }

    /// <summary>A stable code, WS300–WS307 (see <see cref="DiagnosticCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Error for a wrong figure, warning for a layout or roster question.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The line of the published table, when the finding concerns a row.</summary>
    public int? Line { get; }

    /// <summary>The department's name as printed (or as on the roster).</summary>
    public string Department { get; }

    /// <summary>What the recomputation gives, in invariant text; null when not applicable.</summary>
    public string? Expected { get; }

    /// <summary>What the table prints; null when not applicable.</summary>
    public string? Found { get; }

    /// <summary>A human-readable message.</summary>
    public string Message { get; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The finding as a <see cref="Diagnostic"/>, to show beside import and validation diagnostics.</summary>
    /// <returns>A diagnostic with the same code, severity, line and message; the department is in the message.</returns>
    public Diagnostic ToDiagnostic() => new(Code, Severity, Line, null, Found, $"{Department}: {Message}");

    /// <summary>An invariant one-line form: <c>line 7: WS300 教育厅: …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => (Line is { } l ? $"line {l}: " : "roster: ") + $"{Code} {Department}: {Message}";
}
