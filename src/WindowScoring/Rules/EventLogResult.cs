namespace WindowScoring.Rules;

/// <summary>The outcome of reading an event log: the events read (each with its line) and the diagnostics. Immutable.</summary>
public sealed class EventLogResult : DiagnosticResult<EventLogResult>
{
    internal EventLogResult(IReadOnlyList<AssessmentEvent> events, IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Events = ReadOnly.Of(events);
    }

    /// <summary>The events, in input order; <see cref="AssessmentEvent.Line"/> names each one's line.</summary>
    public IReadOnlyList<AssessmentEvent> Events { get; }

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>40 events, 1 errors</c>.</returns>
    public override string ToString() => $"{Events.Count} events, {ErrorCount} errors";
}
