namespace WindowScoring;

/// <summary>
/// What every result of the library shares: its diagnostics, the errors among them, and one way to fail fast. An import,
/// an event log, a scheme file, a month assessed from events, a history, an aggregated period and an audit are all
/// results of this shape, so a host treats them alike: <c>reader.Read(path).EnsureSuccess().ToTable()</c>.
/// </summary>
/// <typeparam name="TSelf">The concrete result, which <see cref="EnsureSuccess"/> returns so calls chain.</typeparam>
/// <remarks>
/// Derived only inside the library (the constructor is not public), so members can be added here without breaking
/// anyone. Immutable; safe to share between threads. Reading a property never throws.
/// </remarks>
public abstract class DiagnosticResult<TSelf>
    where TSelf : DiagnosticResult<TSelf>
{
    private protected DiagnosticResult(IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = ReadOnly.Of(diagnostics);
        var errors = 0;
        foreach (var d in Diagnostics)
        {
            errors += d.IsError ? 1 : 0;
        }

        ErrorCount = errors;
    }

    /// <summary>Every diagnostic, in input order (for the audit: rows in line order, then roster findings).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that are errors, in order.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The diagnostics that are warnings, in order.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>How many diagnostics are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>True when any diagnostic is an error (warnings and information do not count).</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Fails fast: throws when any diagnostic is an error, otherwise returns this result (warnings do not throw).</summary>
    /// <returns>This result.</returns>
    /// <exception cref="DiagnosticException">A diagnostic is an error; the exception carries every diagnostic.</exception>
    public TSelf EnsureSuccess() => HasErrors ? throw new DiagnosticException(Diagnostics) : (TSelf)this;
}
