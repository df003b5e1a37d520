namespace WindowScoring.Rules;

/// <summary>The outcome of reading an event log: the events read (each with its line) and the diagnostics. Immutable.</summary>
public sealed class EventLogResult
{
    internal EventLogResult(IReadOnlyList<AssessmentEvent> events, IReadOnlyList<Diagnostic> diagnostics)
    {
        Events = ReadOnly.Of(events);
        Diagnostics = ReadOnly.Of(diagnostics);
    }

    /// <summary>The events, in input order; <see cref="AssessmentEvent.Line"/> names each one's line.</summary>
    public IReadOnlyList<AssessmentEvent> Events { get; }

    /// <summary>The diagnostics, in input order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that are errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Fails fast: throws when any diagnostic is an error, otherwise returns this result.</summary>
    /// <returns>This result.</returns>
    /// <exception cref="DiagnosticException">The log has errors; the exception carries every diagnostic.</exception>
    public EventLogResult EnsureSuccess() => HasErrors ? throw new DiagnosticException(Diagnostics) : this;

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>40 events, 1 errors</c>.</returns>
    public override string ToString() => $"{Events.Count} events, {Errors.Count()} errors";
}
