using System.Globalization;

namespace WindowScoring.Rules;

/// <summary>
/// Scoring a period from recorded events: <c>engine.Assess(period, roster, events)</c>, an extension of
/// <see cref="ScoringEngine"/> that the Rules wing adds (the engine itself knows nothing of rules and events).
/// </summary>
/// <remarks>Stateless; safe to call from any number of threads.</remarks>
public static class EventScoring
{
    /// <summary>
    /// Computes a period's ranked table from recorded events under this engine's scheme.
    /// </summary>
    /// <remarks>
    /// <para>Order of work, documented because it decides totals:</para>
    /// <list type="number">
    /// <item>Status: only <see cref="EventStatus.Approved"/> events count; recorded and appealed ones are pending (listed in
    /// <see cref="PeriodAssessment.Pending"/>), rejected ones are ignored; <see cref="PeriodAssessment.Counts"/> says how many of each.</item>
    /// <item>Checks: an approved event dated outside the period (WS500), under an unknown rule (WS501), for a department not on
    /// the roster (WS502), with a value outside its rule's range or a range rule without a chosen value (WS503), or for a
    /// department not assessed (WS504) is a diagnostic and does not count.</item>
    /// <item>Points: value (the chosen one, or a fixed rule's points) × quantity.</item>
    /// <item>Category budgets: within a category that has a budget, deductions count in date order (then input order) until the
    /// budget is used up; the deduction that crosses it counts in part (扣完为止).</item>
    /// <item>The department's assessment is base = the scheme's base score (of its group), deduction = the counted deductions, bonus = the sum of
    /// bonuses; then the scheme's bonus cap, total cap and floor apply in that order (see <see cref="ScoringScheme.Score"/>).</item>
    /// <item>Ranks, grades, then honours (vetoed departments skipped for top honours; ties at the cut-off all included),
    /// within each group when the table has groups.</item>
    /// </list>
    /// <para>Roster departments with no events score the base score. Departments in <paramref name="notAssessed"/> are listed
    /// apart and never ranked.</para>
    /// </remarks>
    /// <param name="engine">The engine whose scheme and message culture apply.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="roster">The departments to assess, in table order (the order ties keep).</param>
    /// <param name="events">The recorded events, any status, any order.</param>
    /// <param name="notAssessed">Departments not assessed in the period, with the reason (e.g. 新进驻), when any.</param>
    /// <param name="groups">The group of each department when the table has groups with their own full marks (see
    /// <see cref="ScoringScheme.GroupBaseScores"/>); departments not named are in the single default group.</param>
    /// <returns>The period's assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The roster names a department twice.</exception>
    public static PeriodAssessment Assess(
        this ScoringEngine engine,
        AssessmentPeriod period,
        IEnumerable<Department> roster,
        IEnumerable<AssessmentEvent> events,
        IReadOnlyDictionary<Department, string>? notAssessed = null,
        IReadOnlyDictionary<Department, string>? groups = null)
    {
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(roster);
        Preconditions.CheckNotNull(events);
        var departments = roster.ToArray();
        var byDepartment = new Dictionary<Department, List<(Adjustment Adjustment, int Index)>>();
        foreach (var d in departments)
        {
            Preconditions.CheckArgument(d is not null, "The roster contains a null department.", nameof(roster));
            Preconditions.CheckArgument(byDepartment.TryAdd(d!, []), $"The roster names {d} twice.", nameof(roster));
        }

        var diagnostics = new List<Diagnostic>();
        var pending = new List<AssessmentEvent>();
        int approved = 0, counted = 0, recorded = 0, appealed = 0, rejected = 0, invalid = 0, index = 0;
        foreach (var e in events)
        {
            Preconditions.CheckArgument(e is not null, "The events contain a null event.", nameof(events));
            index++;
            switch (e!.Status)
            {
                case EventStatus.Rejected:
                    rejected++;
                    continue;
                case EventStatus.Recorded:
                    recorded++;
                    pending.Add(e);
                    continue;
                case EventStatus.Appealed:
                    appealed++;
                    pending.Add(e);
                    continue;
                case EventStatus.Approved:
                    break;
                default:
                    Preconditions.CheckArgument(false, $"Event {index} has an undefined status.", nameof(events));
                    break;
            }

            approved++;
            if (ToAdjustment(engine, e, period, byDepartment, notAssessed, diagnostics) is { } adjustment)
            {
                byDepartment[e.Department].Add((adjustment, index));
                counted++;
            }
            else
            {
                invalid++;
            }
        }

        var assessments = new List<Assessment>(departments.Length);
        var apart = new List<NotAssessedEntry>();
        var entries = new (Assessment? Assessment, NotAssessedEntry? NotAssessed)[departments.Length]; // in roster order
        var adjustments = new Dictionary<Department, Adjustment[]>();
        for (var i = 0; i < departments.Length; i++)
        {
            var d = departments[i];
            if (notAssessed is not null && notAssessed.TryGetValue(d, out var reason))
            {
                apart.Add(new NotAssessedEntry(d, reason));
                entries[i] = (null, apart[^1]);
                adjustments[d] = [];
                continue;
            }

            var applied = ApplyBudgets(engine.Scheme, byDepartment[d]);
            adjustments[d] = applied;
            var group = groups?.GetValueOrDefault(d);
            try
            {
                var deduction = ScoreArithmetic.Sum(applied.Where(a => a.Kind == RuleKind.Deduction).Select(a => a.Counted));
                var bonus = ScoreArithmetic.Sum(applied.Where(a => a.Kind == RuleKind.Bonus).Select(a => a.Counted));
                _ = ChiefRepresentativeDeduction(applied); // sums full points (before budgets): it can overflow when the counted sums do not
                assessments.Add(new Assessment(d, engine.Scheme.BaseScoreFor(group), deduction, bonus) { Group = group });
                entries[i] = (assessments[^1], null);
            }
            catch (OverflowException)
            {
                diagnostics.Add(Problems.Error(Messages.EventsOutOfRange, null, "department", d.Name, d.Name));
                apart.Add(new NotAssessedEntry(d, Messages.Term(Messages.EventsOutOfRangeReason)) { Group = group });
                entries[i] = (null, apart[^1]);
                adjustments[d] = []; // nothing counted; the diagnostic says why
            }
        }

        var table = engine.Rank(assessments, period, period.ToString("C", null) + "窗口考核结果", apart);
        var rows = table.Rows.ToDictionary(r => r.Department);
        var breakdowns = departments.Select((d, i) =>
        {
            var row = rows.GetValueOrDefault(d);
            var applied = adjustments[d];
            return new DepartmentBreakdown(
                d,
                entries[i].Assessment,
                entries[i].NotAssessed,
                applied,
                row is null ? null : new ScoredTotal(row.RawTotal, row.CountedBonus, row.Total, row.AppliedLimits),
                row?.Rank,
                row is null ? null : engine.Scheme.Grade(row.Total, row.Group),
                applied.Any(a => a.Rule?.Veto == true),
                ChiefRepresentativeDeduction(applied));
        }).ToArray();

        var vetoed = breakdowns.Where(b => b.Vetoed).Select(b => b.Department).ToHashSet();
        // Honours are given within each group (a county's 140 of 150 is not compared with a district's 99 of 100).
        var byGroup = table.Rows.GroupBy(r => r.Group).ToArray();
        var honours = engine.Scheme.Honours.SelectMany(h => byGroup.SelectMany(g => Award(h, g.ToArray(), vetoed))).ToArray();
        return new PeriodAssessment(period, engine.Scheme, table, breakdowns, honours,
            new EventCounts(approved, counted, recorded, appealed, rejected, invalid), pending, diagnostics);
    }

    private static Adjustment? ToAdjustment(
        ScoringEngine engine,
        AssessmentEvent e,
        AssessmentPeriod period,
        Dictionary<Department, List<(Adjustment, int)>> roster,
        IReadOnlyDictionary<Department, string>? notAssessed,
        List<Diagnostic> diagnostics)
    {
        void Report(string key, DiagnosticSeverity severity, string? column, string? raw, params object?[] args) =>
            diagnostics.Add(Problems.Make(key, severity, e.Line, column, raw, [e.ToString(), .. args]));

        if (!period.Contains(e.Date))
        {
            Report(DiagnosticCodes.EventOutsidePeriod, DiagnosticSeverity.Error, "date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                period.ToString());
            return null;
        }

        if (!roster.ContainsKey(e.Department))
        {
            Report(DiagnosticCodes.UnknownDepartment, DiagnosticSeverity.Error, "department", e.Department.Name);
            return null;
        }

        if (notAssessed?.ContainsKey(e.Department) == true)
        {
            Report(DiagnosticCodes.EventForNotAssessed, DiagnosticSeverity.Warning, "department", e.Department.Name);
            return null;
        }

        if (e.RuleId is null)
        {
            return Points(e.Value!.Value) is { } adHoc ? new Adjustment(e, null, e.AdHocKind!.Value, e.AdHocCategory!, adHoc, adHoc) : null;
        }

        if (!engine.Scheme.TryGetRule(e.RuleId, out var rule))
        {
            Report(DiagnosticCodes.UnknownRule, DiagnosticSeverity.Error, "rule", e.RuleId);
            return null;
        }

        var value = e.Value ?? (rule.IsFixed ? rule.MinPoints : (decimal?)null);
        if (value is null || !rule.Allows(value.Value))
        {
            var range = rule.IsFixed ? ScoreText.Format(rule.MinPoints) : $"{ScoreText.Format(rule.MinPoints)}–{ScoreText.Format(rule.MaxPoints)}";
            Report(value is null ? Messages.ValueNeeded : DiagnosticCodes.ValueOutsideRange, DiagnosticSeverity.Error, "value", value is { } v ? ScoreText.Format(v) : null,
                rule.Id, range);
            return null;
        }

        return Points(value.Value) is { } points ? new Adjustment(e, rule, rule.Kind, rule.Category, points, points) : null;

        decimal? Points(decimal perUnit)
        {
            try
            {
                return ScoreArithmetic.Multiply(perUnit, e.Quantity);
            }
            catch (OverflowException)
            {
                Report(Messages.ValueOverflow, DiagnosticSeverity.Error, "quantity", ScoreText.Format(e.Quantity));
                return null;
            }
        }
    }

    // Deductions in a category with a budget count in date order, then input order, until the budget is used up.
    private static Adjustment[] ApplyBudgets(ScoringScheme scheme, List<(Adjustment Adjustment, int Index)> adjustments)
    {
        var ordered = adjustments.OrderBy(a => a.Adjustment.Event.Date).ThenBy(a => a.Index).Select(a => a.Adjustment).ToArray();
        var used = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            var a = ordered[i];
            var budget = 0m; // assigned here too: mutation testing needs it definitely assigned
            if (a.Kind != RuleKind.Deduction || !scheme.CategoryBudgets.TryGetValue(a.Category, out budget))
            {
                continue;
            }

            var spent = used.GetValueOrDefault(a.Category);
            var counts = Math.Min(a.Points, Math.Max(0m, ScoreArithmetic.Subtract(budget, spent)));
            used[a.Category] = ScoreArithmetic.Add(spent, counts);
            if (counts != a.Points)
            {
                ordered[i] = a.WithCounted(counts);
            }
        }

        return ordered;
    }

    private static decimal ChiefRepresentativeDeduction(IEnumerable<Adjustment> adjustments) => ScoreArithmetic.Sum(adjustments
        .Where(a => a.Kind == RuleKind.Deduction)
        .Select(a => a.Event.Role == EventRole.ChiefRepresentative ? a.Points : ScoreArithmetic.Multiply(a.Points, a.Rule?.SecondaryShare ?? 0m)));

    // The first Count departments (skipping vetoed ones for top honours), plus every department tied with the last one taken.
    private static IEnumerable<HonourAward> Award(HonourRule honour, IReadOnlyList<RankedRow> rows, HashSet<Department> vetoed)
    {
        var candidates = honour.Side == HonourSide.Top
            ? rows.Where(r => !vetoed.Contains(r.Department))
            : rows.Reverse();
        var taken = 0;
        decimal? lastTotal = null;
        foreach (var row in candidates)
        {
            if (taken >= honour.Count && row.Total != lastTotal)
            {
                yield break;
            }

            taken++;
            lastTotal = row.Total;
            yield return new HonourAward(honour.Title, row.Department, row.Rank, row.Total);
        }
    }
}
