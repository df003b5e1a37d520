namespace WindowScoring.Audit;

/// <summary>
/// Checks a table as published against a recomputation from its own base, deduction and bonus columns:
/// wrong totals (WS300), wrong competition ranks (WS301), a tie printed with a number where the layout
/// prints a blank (WS302) or a blank where a rank belongs (WS303), duplicate departments (WS304), rows out
/// of ranked order (WS307), and, given a roster, departments missing (WS305) or unknown (WS306).
/// </summary>
/// <remarks>
/// Totals are recomputed under the audit's scheme (caps and floor apply); ranks are competition ranks of
/// the recomputed totals, ties in the printed order, as the seed prints them, within each group (分组) when the table has groups. Stateless and thread-safe.
/// </remarks>
public sealed class PublishedTableAudit
{
    /// <summary>Creates an audit that recomputes totals under <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme; <see cref="ScoringScheme.Default"/> when null.</param>
    public PublishedTableAudit(ScoringScheme? scheme = null)
    {
        Scheme = scheme ?? ScoringScheme.Default;
    }

    /// <summary>An audit under <see cref="ScoringScheme.Default"/>.</summary>
    public static PublishedTableAudit Default { get; } = new();

    /// <summary>The scheme totals are recomputed under.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>Checks a published table (from a reader: <c>ImportResult.ToPublishedTable()</c>).</summary>
    /// <param name="published">The table as printed, with its rank and total cells.</param>
    /// <param name="roster">The departments that should appear, when known.</param>
    /// <returns>The findings, as diagnostics in <see cref="MessageCatalog.ActiveCulture"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    public AuditReport Check(PublishedTable published, IEnumerable<Department>? roster = null)
    {
        Preconditions.CheckNotNull(published);
        var findings = new List<Diagnostic>();
        void Add(string code, DiagnosticSeverity severity, PublishedRow row, decimal? expected, string? found, params object?[] args) =>
            findings.Add(Finding(code, severity, row.Line, row.Department.Name, expected is { } e ? Fmt(e) : null, found, args));

        var rows = published.Rows.Where(r => r.Assessment is not null).ToArray(); // a department not assessed is not ranked
        var totals = rows.Select(r => Scheme.Score(r.Assessment!).Total).ToArray();

        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.Assessment!.HasBreakdown && row.PrintedTotal is { } printed && printed != totals[i])
            {
                Add(DiagnosticCodes.TotalMismatch, DiagnosticSeverity.Error, row, totals[i], Fmt(printed), Fmt(printed), Fmt(totals[i]));
            }

            // Groups (分组) are ranked on their own: compare with the previous row of the same group.
            var above = i == 0 ? -1 : Array.FindLastIndex(rows, i - 1, i, r => r.Assessment!.Group == row.Assessment.Group);
            if (above >= 0 && totals[i] > totals[above])
            {
                Add(DiagnosticCodes.OrderMismatch, DiagnosticSeverity.Error, row, null, Fmt(totals[i]), Fmt(totals[i]), Fmt(totals[above]));
            }
        }

        CheckRanks(rows, totals, findings);
        CheckDuplicates(published.Rows, findings);
        findings.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0));
        if (roster is not null)
        {
            CheckRoster(published.Rows, roster, findings);
        }

        return new AuditReport(findings, published.Rows.Count);
    }

    private static void CheckRanks(PublishedRow[] rows, decimal[] totals, List<Diagnostic> findings)
    {
        void Add(string code, DiagnosticSeverity severity, PublishedRow row, decimal expected, string found, params object?[] args) =>
            findings.Add(Finding(code, severity, row.Line, row.Department.Name, Fmt(expected), found, args));

        var ranked = Ranker.RankWithinGroups(Enumerable.Range(0, rows.Length), i => rows[i].Assessment!.Group ?? string.Empty, i => totals[i]);
        var seen = new HashSet<(string?, decimal)>();
        foreach (var r in ranked.SelectMany(g => g.Items).OrderBy(r => r.InputIndex))
        {
            var row = rows[r.InputIndex];
            var printed = row.PrintedRank; // a plain local (not a pattern variable): mutation testing needs it definitely assigned
            if (printed is null)
            {
                continue; // no rank column
            }

            var continuesTie = !seen.Add((row.Assessment!.Group, r.Key));
            var expected = Fmt(r.Rank);
            if (printed.Length == 0)
            {
                if (!continuesTie)
                {
                    Add(DiagnosticCodes.RankBlank, DiagnosticSeverity.Error, row, r.Rank, printed, expected);
                }
            }
            else if (!ScoreText.TryParse(printed, out var n) || n != r.Rank)
            {
                Add(DiagnosticCodes.RankMismatch, DiagnosticSeverity.Error, row, r.Rank, printed, printed, Fmt(r.Key), expected);
            }
            else if (continuesTie)
            {
                Add(DiagnosticCodes.TieRankPrinted, DiagnosticSeverity.Warning, row, r.Rank, printed, expected);
            }
        }
    }

    private static void CheckDuplicates(IReadOnlyList<PublishedRow> rows, List<Diagnostic> findings)
    {
        var firstLine = new Dictionary<Department, int>();
        foreach (var row in rows)
        {
            if (!firstLine.TryAdd(row.Department, row.Line))
            {
                findings.Add(Finding(DiagnosticCodes.DuplicateDepartment, DiagnosticSeverity.Error, row.Line, row.Department.Name, null, null,
                    firstLine[row.Department]));
            }
        }
    }

    private static void CheckRoster(IReadOnlyList<PublishedRow> rows, IEnumerable<Department> roster, List<Diagnostic> findings)
    {
        var onRoster = roster.ToHashSet();
        var inTable = rows.Select(r => r.Department).ToHashSet();
        foreach (var d in onRoster.Where(d => !inTable.Contains(d)))
        {
            findings.Add(Finding(DiagnosticCodes.MissingFromRoster, DiagnosticSeverity.Error, null, d.Name, null, null));
        }

        foreach (var row in rows.Where(r => !onRoster.Contains(r.Department)))
        {
            findings.Add(Finding(DiagnosticCodes.NotOnRoster, DiagnosticSeverity.Warning, row.Line, row.Department.Name, null, null));
        }
    }

    // Every finding is a diagnostic from the catalogue, keyed by its code; the department's name is the text's {0}.
    private static Diagnostic Finding(string code, DiagnosticSeverity severity, int? line, string department, string? expected, string? found, params object?[] args) =>
        Problems.Make(code, severity, line, null, found, [department, .. args]) with { Expected = expected };

    private static string Fmt(decimal value) => ScoreText.Format(value);
}
