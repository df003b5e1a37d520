namespace WindowScoring;

/// <summary>
/// A period's table scored and ranked under a scheme: ranked rows (highest total first, ties in input
/// order) and the departments not assessed, listed apart.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RankedTable
{
    internal RankedTable(AssessmentPeriod? period, string? title, ScoringScheme scheme, RankedRow[] rows, NotAssessedEntry[] notAssessed)
    {
        Period = period;
        Title = title;
        Scheme = scheme;
        Rows = Array.AsReadOnly(rows);
        NotAssessed = Array.AsReadOnly(notAssessed);
    }

    /// <summary>The period, when known.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The title of the source table, when known.</summary>
    public string? Title { get; }

    /// <summary>The scheme the totals and ranks were computed under.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>The assessed departments in ranked order.</summary>
    public IReadOnlyList<RankedRow> Rows { get; }

    /// <summary>The departments not assessed in the period, in input order; never ranked.</summary>
    public IReadOnlyList<NotAssessedEntry> NotAssessed { get; }

    /// <summary>An invariant summary, e.g. <c>2023-11: 29 ranked, 0 not assessed</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{(Period?.ToString() ?? "period unknown")}: {Rows.Count} ranked, {NotAssessed.Count} not assessed";
}
