namespace WindowScoring.Rules;

/// <summary>
/// The outcome of loading a scheme file: the scheme, or the diagnostics (each naming a JSON path) that prevented it.
/// Fails fast like every other result: <c>SchemeJson.LoadFile(path).EnsureSuccess().Scheme</c>.
/// </summary>
/// <remarks>Created only by <see cref="SchemeJson"/>. Immutable and safe to share between threads.</remarks>
public sealed class SchemeLoadResult : DiagnosticResult<SchemeLoadResult>
{
    internal SchemeLoadResult(ScoringScheme? scheme, IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        // A scheme comes without errors, and errors without a scheme.
        Scheme = HasErrors ? null : scheme;
    }

    /// <summary>The scheme; null exactly when <see cref="DiagnosticResult{TSelf}.HasErrors"/> is true (so
    /// <c>EnsureSuccess().Scheme!</c> is safe).</summary>
    public ScoringScheme? Scheme { get; }

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>scheme loaded: base 100, …</c> or <c>2 errors</c>.</returns>
    public override string ToString() => HasErrors ? $"{ErrorCount} errors" : $"scheme loaded: {Scheme}";
}
