using WindowScoring.Rules;

namespace WindowScoring.Ratings;

/// <summary>
/// Ratings as part of the month's score: the rules' points (<see cref="RatingRules"/>) become events of the scheme
/// (<see cref="ToEvents"/>), assessed with the inspectors' events by <see cref="EventScoring.Assess"/>, so the scheme's
/// category budgets, bonus cap, total cap and floor apply to them as they do to any event, and each rating-derived
/// adjustment is in the department's breakdown (<see cref="DepartmentBreakdown.Adjustments"/>) with the rating's id as its
/// event's <see cref="AssessmentEvent.Note"/>.
/// </summary>
/// <remarks>
/// <para>The events, per department with counted ratings:</para>
/// <list type="bullet">
/// <item>The component (when <see cref="RatingRules.LevelPoints"/> is set): component = weight × Σ points / (highest points ×
/// counted), rounded to <see cref="RatingRules.Decimals"/> half away from zero; the shortfall (weight − component), when above
/// zero, is one deduction in <see cref="RatingRules.ComponentCategory"/> dated the period's last day, its note
/// <c>component/weight ×counted</c> (e.g. <c>8.5/10 ×4</c>). The base score is taken to include the component's weight.</item>
/// <item>Per counted 差评 (when <see cref="RatingRules.NegativeDeduction"/> is above zero): a deduction in
/// <see cref="RatingRules.NegativeCategory"/> dated the rating's day, noted with its id; the scheme's budget of that category
/// caps them (扣完为止).</item>
/// <item>Per overdue 差评 (when <see cref="RatingRules.OverdueDeduction"/> is above zero): a deduction in
/// <see cref="RatingRules.OverdueCategory"/> dated the rating's day, noted with its id.</item>
/// </list>
/// <para>Stateless; safe to call from any number of threads.</para>
/// </remarks>
public static class RatingScoring
{
    /// <summary>The events the rules make of a tallied month (approved, ad hoc, in the order above: departments in table order).</summary>
    /// <param name="table">The month's 好差评 table (its rules apply).</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static IReadOnlyList<AssessmentEvent> ToEvents(RatingTable table)
    {
        Preconditions.CheckNotNull(table);
        var rules = table.Rules;
        var events = new List<AssessmentEvent>();
        if (rules.LevelPoints is { } points && rules.ComponentWeight > 0m)
        {
            var highest = points.Values.Max();
            foreach (var row in table.Rows.Where(r => r.Counted > 0))
            {
                var sum = Enum.GetValues<RatingLevel>().Sum(l => row.Count(l) * points[l]);
                var component = Math.Round(rules.ComponentWeight * sum / (highest * row.Counted), rules.Decimals, MidpointRounding.AwayFromZero);
                if (rules.ComponentWeight - component is > 0m and var shortfall)
                {
                    events.Add(AssessmentEvent.AdHoc(row.Department, table.Period.End, RuleKind.Deduction, rules.ComponentCategory, shortfall) with
                    {
                        Note = $"{ScoreText.Format(component)}/{ScoreText.Format(rules.ComponentWeight)} ×{row.Counted}",
                    });
                }
            }
        }

        Each(table.NegativeRatings, rules.NegativeDeduction, rules.NegativeCategory);
        Each(table.OverdueRatings, rules.OverdueDeduction, rules.OverdueCategory);
        return events;

        void Each(IEnumerable<Rating> ratings, decimal deduction, string category)
        {
            if (deduction > 0m)
            {
                events.AddRange(ratings.Select(r => AssessmentEvent.AdHoc(r.Department, r.Date, RuleKind.Deduction, category, deduction) with
                {
                    Note = r.Id,
                    Person = r.Staff,
                    Line = r.Line,
                }));
            }
        }
    }

    /// <summary>
    /// Assesses a period from events and ratings together: <see cref="EventScoring.Assess"/> over the events and
    /// <see cref="ToEvents"/> of the table; the result's diagnostics are the assessment's, then the table's.
    /// </summary>
    /// <param name="engine">The engine whose scheme applies.</param>
    /// <param name="period">The period assessed; the table's period.</param>
    /// <param name="roster">The departments to assess, in table order.</param>
    /// <param name="events">The inspectors' events, any status.</param>
    /// <param name="ratings">The month's 好差评 table (<see cref="RatingTally.Tabulate"/>).</param>
    /// <param name="notAssessed">Departments not assessed in the period, with the reason, when any.</param>
    /// <param name="groups">The group of each department when the table has groups, when any.</param>
    /// <returns>The period's assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table is of another period, or the roster names a department twice.</exception>
    public static PeriodAssessment Assess(
        this ScoringEngine engine,
        AssessmentPeriod period,
        IEnumerable<Department> roster,
        IEnumerable<AssessmentEvent> events,
        RatingTable ratings,
        IReadOnlyDictionary<Department, string>? notAssessed = null,
        IReadOnlyDictionary<Department, string>? groups = null)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(ratings);
        Preconditions.CheckArgument(ratings.Period.Equals(period), "The ratings were tallied for another period.", nameof(ratings));
        var a = engine.Assess(period, roster, events.Concat(ToEvents(ratings)), notAssessed, groups);
        return new PeriodAssessment(a.Period, a.Scheme, a.Table, a.Breakdowns, a.Honours, a.Counts, a.Pending, [.. a.Diagnostics, .. ratings.Diagnostics]);
    }
}
