namespace WindowScoring;

/// <summary>
/// Thrown only when a caller asks to fail fast (e.g. <c>ImportResult.EnsureSuccess()</c>); carries every
/// diagnostic, not just the first.
/// </summary>
public sealed class DiagnosticException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">All diagnostics of the operation (errors and the rest).</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public DiagnosticException(IEnumerable<Diagnostic> diagnostics)
        : this(Preconditions.CheckNotNull(diagnostics).ToArray())
    {
    }

    private DiagnosticException(Diagnostic[] diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = Array.AsReadOnly(diagnostics);
    }

    /// <summary>Every diagnostic of the failed operation, in input order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(Diagnostic[] diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToArray();
        var head = $"{errors.Length} error(s) in the data.";
        return errors.Length == 0 ? head : head + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20)) +
            (errors.Length > 20 ? Environment.NewLine + $"… and {errors.Length - 20} more." : string.Empty);
    }
}
