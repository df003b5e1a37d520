
namespace WindowScoring.Rules;

/// <summary>The outcome of loading a scheme file: the scheme, or the diagnostics (each naming a JSON path) that prevented it.</summary>
/// <param name="Scheme">The scheme; null when the file has errors.</param>
/// <param name="Diagnostics">Every problem found, with the JSON path in <see cref="Diagnostic.Column"/> and the line when known.</param>
public sealed record SchemeLoadResult(ScoringScheme? Scheme, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Fails fast: the scheme, or a <see cref="DiagnosticException"/> carrying every diagnostic.</summary>
    /// <returns>The scheme.</returns>
    /// <exception cref="DiagnosticException">The file has errors.</exception>
    public ScoringScheme EnsureSuccess() => Scheme ?? throw new DiagnosticException(Diagnostics);
}
