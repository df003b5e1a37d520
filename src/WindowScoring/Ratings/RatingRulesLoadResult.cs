namespace WindowScoring.Ratings;

/// <summary>The outcome of reading rating rules from JSON: the rules, or null with the diagnostics that say why. Immutable.</summary>
public sealed class RatingRulesLoadResult : DiagnosticResult<RatingRulesLoadResult>
{
    internal RatingRulesLoadResult(RatingRules? rules, IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Rules = rules;
    }

    /// <summary>The rules; null when a diagnostic is an error.</summary>
    public RatingRules? Rules { get; }

    /// <summary>An invariant summary.</summary>
    /// <returns>The rules' text, or the number of errors.</returns>
    public override string ToString() => Rules?.ToString() ?? $"{ErrorCount} errors";
}
