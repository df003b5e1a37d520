namespace WindowScoring;

/// <summary>
/// The engine: scores assessments under a <see cref="ScoringScheme"/> and ranks them.
/// </summary>
/// <remarks>
/// <para>Stateless apart from its immutable scheme: one instance can be shared by any number of threads
/// (which is why hosts register it as a singleton).</para>
/// <para>Totals are exact decimals; ranks follow the scheme's <see cref="RankingMethod"/> with ties in
/// input order. Departments not assessed are listed apart and never ranked. Assessments with a
/// <see cref="Assessment.Group"/> are ranked within their group; groups come in the order of their first row.</para>
/// </remarks>
public sealed partial class ScoringEngine
{
    /// <summary>Creates an engine for <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme; its settings must agree with each other (see <see cref="ScoringScheme.Validate"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException">The scheme's settings contradict each other.</exception>
    public ScoringEngine(ScoringScheme scheme)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        scheme.Validate();
    }

    /// <summary>An engine for <see cref="ScoringScheme.Default"/> (base 100, no caps, competition ranks).</summary>
    public static ScoringEngine Default { get; } = new(ScoringScheme.Default);

    /// <summary>The scheme this engine scores under.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>Scores and ranks a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The ranked table, carrying the source table's period and title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public RankedTable Rank(AssessmentTable table)
    {
        Preconditions.CheckNotNull(table);
        return Rank(table.Assessments, table.Period, table.Title, table.NotAssessed);
    }

    /// <summary>Scores and ranks assessments given in code.</summary>
    /// <param name="assessments">The assessments, in input order (the order ties keep).</param>
    /// <param name="period">The period, when known.</param>
    /// <param name="title">A title, when known.</param>
    /// <param name="notAssessed">The departments not assessed in the period, in input order, when any: listed apart, never ranked.</param>
    /// <returns>The ranked table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="assessments"/> or <paramref name="notAssessed"/> is null.</exception>
    public RankedTable Rank(IEnumerable<Assessment> assessments, AssessmentPeriod? period = null, string? title = null, IEnumerable<NotAssessedEntry>? notAssessed = null)
    {
        Preconditions.CheckNotNull(assessments);
        // Sized at once when the count is known (a table's array): grown by doubling, a list of 10^6 scored rows (80 bytes
        // each) would hold its old and new arrays together on the large object heap.
        var assessed = new List<(Assessment Assessment, ScoredTotal Score)>(assessments.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var a in assessments)
        {
            Preconditions.CheckArgument(a is not null, "The sequence contains a null assessment.", nameof(assessments));
            assessed.Add((a!, Scheme.Score(a!)));
        }

        var apart = notAssessed?.ToArray() ?? [];
        foreach (var n in apart)
        {
            Preconditions.CheckArgument(n is not null, "The sequence contains a null not-assessed entry.", nameof(notAssessed));
        }

        // Groups with their own full marks are ranked separately; a table without groups is one group (null).
        var groups = Ranker.RankWithinGroups(assessed, x => x.Assessment.Group ?? string.Empty, x => x.Score.Total, Scheme.RankingMethod);
        var rows = new List<RankedRow>(assessed.Count);
        foreach (var group in groups)
        {
            foreach (var r in group.Items)
            {
                var (a, score) = r.Item;
                rows.Add(new RankedRow(r.Rank, r.PrintedRank, a.Department, a.BaseScore, a.Deduction, a.Bonus, score.CountedBonus, score.Total, score.RawTotal, score.AppliedLimits, a, a.Group));
            }
        }

        return new RankedTable(period, title, Scheme, rows.ToArray(), apart);
    }
}
