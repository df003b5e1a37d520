namespace WindowScoring.Ratings;

/// <summary>The outcome of reading a ratings export: the ratings read (each with its line) and the diagnostics. Immutable.</summary>
public sealed class RatingReadResult : DiagnosticResult<RatingReadResult>
{
    internal RatingReadResult(IReadOnlyList<Rating> ratings, IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Ratings = ReadOnly.Of(ratings);
    }

    /// <summary>The ratings, in input order; <see cref="Rating.Line"/> names each one's line.</summary>
    public IReadOnlyList<Rating> Ratings { get; }

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>120 ratings, 1 errors</c>.</returns>
    public override string ToString() => $"{Ratings.Count} ratings, {ErrorCount} errors";
}
