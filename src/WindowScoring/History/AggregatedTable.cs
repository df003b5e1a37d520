namespace WindowScoring.History;

/// <summary>
/// A period (quarter, half-year, year, or a single month) aggregated from a history's monthly totals and ranked
/// like a month: ranked rows (ties in input order), the departments listed apart, and the diagnostics (missing months
/// WS403, departments listed apart WS404–WS406, unused evaluation scores WS407).
/// </summary>
/// <remarks>
/// <para>Input order, which ties keep, is the order in which departments first appear in the history (month by month,
/// each month in ranked order), so aggregating a single month gives that month's ranks and order.</para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class AggregatedTable : DiagnosticResult<AggregatedTable>
{
    internal AggregatedTable(
        AssessmentPeriod period,
        AggregationOptions options,
        AssessmentPeriod[] months,
        AssessmentPeriod[] missingMonths,
        AggregatedRow[] rows,
        UnrankedDepartment[] listedApart,
        Diagnostic[] diagnostics)
        : base(diagnostics)
    {
        Period = period;
        Options = options;
        Months = ReadOnly.Of(months);
        MissingMonths = ReadOnly.Of(missingMonths);
        Rows = ReadOnly.Of(rows);
        ListedApart = ReadOnly.Of(listedApart);
    }

    /// <summary>The period aggregated.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>The options used.</summary>
    public AggregationOptions Options { get; }

    /// <summary>The months of the period that have a table in the history, in order.</summary>
    public IReadOnlyList<AssessmentPeriod> Months { get; }

    /// <summary>The months of the period without a table in the history (each also a WS403 warning), in order.</summary>
    public IReadOnlyList<AssessmentPeriod> MissingMonths { get; }

    /// <summary>The ranked departments in ranked order (group by group when grouped).</summary>
    public IReadOnlyList<AggregatedRow> Rows { get; }

    /// <summary>The departments listed apart, not ranked, in input order.</summary>
    public IReadOnlyList<UnrankedDepartment> ListedApart { get; }

    /// <summary>The display decimals of the scheme in force in the latest month aggregated (<see cref="ScoringScheme.DisplayDecimals"/>), which writers print with.</summary>
    internal int? DisplayDecimals { get; init; }

    /// <summary>How a total of an aggregation prints, the one rule for writers and <see cref="AggregatedRow.ToString"/>: a sum
    /// with the display decimals (or exactly), an average or weighted mix rounded for display (<see cref="ScoreText.FormatAverage"/>).</summary>
    internal static string FormatTotal(AggregationMethod method, int? displayDecimals, decimal total) =>
        method == AggregationMethod.Sum ? ScoreText.FormatDisplay(total, displayDecimals) : ScoreText.FormatAverage(total, displayDecimals);

    /// <summary>An invariant summary, e.g. <c>2023-Q4 Average: 3 ranked, 2 listed apart</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Period} {Options.Method}: {Rows.Count} ranked, {ListedApart.Count} listed apart";
}
