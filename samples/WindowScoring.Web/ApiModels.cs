using WindowScoring.History;

namespace WindowScoring.Web;

// The JSON shapes of the API. Scores are decimal all the way: System.Text.Json writes a decimal as an exact JSON number
// (114.5, 33.333333333333333333333333333), never through double.

/// <summary>One diagnostic of a problem response's <c>errors</c> list (RFC 7807 extension member).</summary>
internal sealed record ProblemError(string Code, string Severity, int? Line, string? Column, string? Cell, string? Value, string Message)
{
    public static ProblemError From(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Line, d.Column, d.Cell, d.RawValue, d.Message);
}

/// <summary>
/// A ranked month. <see cref="Rows"/> and <see cref="NotAssessed"/> are projections of the ranked table, made one element
/// at a time as System.Text.Json writes them (its asynchronous serialization flushes to the response body as its buffer
/// fills), so a month of 10^5 rows is never held a second time as JSON objects or as one JSON text.
/// </summary>
internal sealed record MonthJson(string Period, string? Title, string? Scheme, IEnumerable<MonthRowJson> Rows, IEnumerable<NotAssessedJson> NotAssessed)
{
    public static MonthJson From(RankedTable table) => new(
        table.Period?.ToString() ?? string.Empty,
        table.Title,
        table.Scheme.Name,
        table.Rows.Select(r => new MonthRowJson(r.Rank, r.PrintedRank, r.Department.Name, r.Department.Code, r.Group, r.BaseScore, r.Deduction, r.Bonus, r.CountedBonus, r.Total, r.AppliedLimits.ToString())),
        table.NotAssessed.Select(a => new NotAssessedJson(a.Department.Name, a.Department.Code, a.Group, a.Reason)));

    /// <summary>The revision served (Revisions.cs).</summary>
    public RevisionJson? Revision { get; init; }
}

/// <summary>A ranked row; <c>printedRank</c> is the 序号 cell (blank on the second and later rows of a tie), <c>deduction</c> a non-negative magnitude.</summary>
internal sealed record MonthRowJson(decimal Rank, string PrintedRank, string Department, string Code, string? Group, decimal? BaseScore, decimal? Deduction, decimal? Bonus, decimal? CountedBonus, decimal Total, string AppliedLimits);

/// <summary>A department listed apart.</summary>
internal sealed record NotAssessedJson(string Department, string Code, string? Group, string? Reason);

/// <summary>An aggregated quarter, half-year or year.</summary>
internal sealed record HistoryJson(
    string Period,
    string Method,
    IReadOnlyList<string> Months,
    IReadOnlyList<string> MissingMonths,
    IReadOnlyList<HistoryRowJson> Rows,
    IReadOnlyList<ListedApartJson> ListedApart,
    IReadOnlyList<ProblemError> Diagnostics)
{
    public static HistoryJson From(AggregatedTable table, IEnumerable<Diagnostic> historyDiagnostics) => new(
        table.Period.ToString(),
        table.Options.Method.ToString().ToLowerInvariant(),
        table.Months.Select(m => m.ToString()).ToArray(),
        table.MissingMonths.Select(m => m.ToString()).ToArray(),
        table.Rows.Select(r => new HistoryRowJson(r.Rank, r.PrintedRank, r.Department.Name, r.Department.Code, r.Group, r.MonthsAssessed, r.Sum, r.Average, r.Total)).ToArray(),
        table.ListedApart.Select(u => new ListedApartJson(u.Department.Name, u.Department.Code, u.Months.Select(m => m.ToString()).ToArray(), u.Reason.ToString(), u.Sum, u.Average, u.Message)).ToArray(),
        historyDiagnostics.Concat(table.Diagnostics).Select(ProblemError.From).ToArray());
}

/// <summary>An aggregated row: <c>total</c> is the sum or the average (exact; rounded only when the options say so).</summary>
internal sealed record HistoryRowJson(decimal Rank, string PrintedRank, string Department, string Code, string? Group, int MonthsAssessed, decimal Sum, decimal Average, decimal Total);

/// <summary>A department not ranked in the aggregation, with why.</summary>
internal sealed record ListedApartJson(string Department, string Code, IReadOnlyList<string> Months, string Reason, decimal? Sum, decimal? Average, string Message);
