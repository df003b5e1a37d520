using System.Diagnostics.CodeAnalysis;

namespace WindowScoring.Rules;

/// <summary>
/// The outcome of loading a scheme file: the scheme, or the diagnostics (each naming a JSON path) that prevented it.
/// Fails fast like every other result: <c>SchemeJson.LoadFile(path).EnsureSuccess().Scheme</c>.
/// </summary>
/// <remarks>Created only by <see cref="SchemeJson"/>. Immutable and safe to share between threads.</remarks>
public sealed class SchemeLoadResult
{
    internal SchemeLoadResult(ScoringScheme? scheme, IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = ReadOnly.Of(diagnostics);
        // A scheme comes without errors, and errors without a scheme.
        Scheme = Diagnostics.Any(d => d.IsError) ? null : scheme;
    }

    /// <summary>The scheme; null exactly when <see cref="HasErrors"/> is true.</summary>
    public ScoringScheme? Scheme { get; }

    /// <summary>Every problem found, with the JSON path in <see cref="Diagnostic.Column"/> and the line when known.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that are errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>True when any diagnostic is an error (and so <see cref="Scheme"/> is null).</summary>
    [MemberNotNullWhen(false, nameof(Scheme))]
    public bool HasErrors => Scheme is null;

    /// <summary>Fails fast: throws when any diagnostic is an error, otherwise returns this result (whose <see cref="Scheme"/> is then set).</summary>
    /// <returns>This result.</returns>
    /// <exception cref="DiagnosticException">The file has errors; the exception carries every diagnostic.</exception>
    [MemberNotNull(nameof(Scheme))]
    public SchemeLoadResult EnsureSuccess() => HasErrors ? throw new DiagnosticException(Diagnostics) : this;

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>scheme loaded: base 100, …</c> or <c>2 errors</c>.</returns>
    public override string ToString() => HasErrors ? $"{Errors.Count()} errors" : $"scheme loaded: {Scheme}";
}
