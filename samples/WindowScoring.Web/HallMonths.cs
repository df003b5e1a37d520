using WindowScoring.History;

namespace WindowScoring.Web;

/// <summary>
/// Stored months as the library's objects: each month's typed rows (<see cref="MonthStore.LoadAsync"/>) ranked by the
/// registered <see cref="ScoringEngine"/>; histories built by <see cref="AssessmentHistory"/>. No scoring rule is restated
/// here.
/// </summary>
internal sealed class HallMonths(MonthStore store, ScoringEngine engine)
{
    public async Task<RankedTable?> RankedAsync(AssessmentPeriod month, CancellationToken cancellationToken) =>
        await store.LoadAsync(month, cancellationToken) is { } stored ? Rank(stored) : null;

    /// <summary>The month's latest revision (or <paramref name="revision"/>) ranked, with the revision it is.</summary>
    public async Task<(RankedTable Table, StoredRevision Revision)?> RevisionAsync(AssessmentPeriod month, int? revision, CancellationToken cancellationToken) =>
        await store.LoadAsync(month, cancellationToken, revision) is { Revision: { } found } stored ? (Rank(stored), found) : null;

    /// <summary>The month's ranked table (the latest revision or <paramref name="revision"/>) and each ranked department's movement against the previous stored month.</summary>
    public async Task<(RankedTable Table, StoredRevision Revision, AssessmentPeriod? Previous, IReadOnlyDictionary<Department, RankMovement> Movements)?> WithMovementAsync(
        AssessmentPeriod month, int? revision, CancellationToken cancellationToken)
    {
        if (await RevisionAsync(month, revision, cancellationToken) is not { } found)
        {
            return null;
        }

        var (table, stored) = found;

        var previous = await store.PreviousMonthAsync(month, cancellationToken) is { } p ? await RankedAsync(p, cancellationToken) : null;
        var history = new AssessmentHistory(previous is null ? [table] : [previous, table]);
        var movements = history.Analyze(month).Movements
            .Where(m => m.Month == month)
            .ToDictionary(m => m.Department);
        return (table, stored, previous?.Period, movements);
    }

    /// <summary>The stored months of <paramref name="period"/> as a history; null when none is stored.</summary>
    public async Task<AssessmentHistory?> HistoryAsync(AssessmentPeriod period, CancellationToken cancellationToken)
    {
        var tables = new List<RankedTable>();
        foreach (var month in period.Months)
        {
            if (await RankedAsync(month, cancellationToken) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables.Count == 0 ? null : AssessmentHistory.FromTables(tables);
    }

    private RankedTable Rank(StoredMonth stored) => engine.Rank(stored.Assessments, stored.Month, stored.Title, stored.NotAssessed);
}
