using System.Globalization;

namespace WindowScoring.Ratings;

/// <summary>
/// Tallies a period's ratings into the 好差评 table: per department the ratings counted, per level, the default ratings,
/// 满意率, the 差评 and their rectification, the appeals; ranked with competition ranks (<see cref="Ranker"/>) by the rules'
/// criterion.
/// </summary>
/// <remarks>
/// <para>What counts, in order: a rating dated outside the period is a diagnostic (WS805) and is in no figure; an upheld
/// appeal (申诉成立) removes its rating from every figure (it is only counted in 申诉成立); a pending one (申诉中) is listed
/// and not counted, as pending events are; a rejected one counts. A default rating is shown in 默认评价数 and counts unless
/// <see cref="RatingRules.CountDefaultRatings"/> is false.</para>
/// <para>Rectification of a counted 差评: the deadline is the <see cref="RatingRules.RectificationDays"/>-th working day after the
/// rating's day (<see cref="WorkingCalendar.TryAddWorkingDays"/>); rectified on or before it is on time, after it overdue; not
/// rectified and the deadline before <c>asOf</c> is overdue, otherwise not yet due. A deadline past the calendar's years is a
/// warning (WS808) and the 差评 is judged neither way; a 差评 rectified without a date counts as rectified, neither on time nor
/// overdue (WS807). With no calendar given, <see cref="WorkingCalendar.WeekendsOnly"/> applies (Monday to Friday, no
/// holidays): a host that wants the State Council's holidays passes a calendar read from them.</para>
/// <para>Ranks: departments with counted ratings, by 满意率 (highest first, compared as exact fractions: 2/3 and 4/6 tie) or by
/// the number of 差评 (fewest first); ties share the rank and keep their order of first appearance. Departments with no
/// counted rating follow, unranked.</para>
/// <para>Stateless; safe to call from any number of threads.</para>
/// </remarks>
public static class RatingTally
{
    /// <summary>Tallies the ratings of <paramref name="period"/>.</summary>
    /// <param name="ratings">The ratings, any order (an export's, or several).</param>
    /// <param name="period">The period (a month, usually).</param>
    /// <param name="rules">The rules; <see cref="RatingRules.Default"/> when null.</param>
    /// <param name="calendar">The working days; <see cref="WorkingCalendar.WeekendsOnly"/> when null.</param>
    /// <param name="asOf">The day the table is drawn up, for unrectified 差评 (overdue when their deadline is before it); the
    /// period's last day when null.</param>
    /// <param name="roster">Departments listed even with no rating, in this order before the others (which follow in order of
    /// first rating); none when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> or <paramref name="period"/> is null, or a rating is null.</exception>
    public static RatingTable Tabulate(
        IEnumerable<Rating> ratings,
        AssessmentPeriod period,
        RatingRules? rules = null,
        WorkingCalendar? calendar = null,
        DateOnly? asOf = null,
        IEnumerable<Department>? roster = null)
    {
        Preconditions.CheckNotNull(ratings);
        rules ??= RatingRules.Default;
        calendar ??= WorkingCalendar.WeekendsOnly;
        var today = asOf ?? period.End;
        var tallies = new Dictionary<Department, Tally>();
        foreach (var d in roster ?? [])
        {
            tallies.TryAdd(Preconditions.CheckNotNull(d), new Tally(tallies.Count));
        }

        var diagnostics = new List<Diagnostic>();
        var pending = new List<Rating>();
        var negative = new List<Rating>();
        var overdue = new List<Rating>();
        foreach (var r in ratings)
        {
            Preconditions.CheckArgument(r is not null, "The ratings contain a null rating.", nameof(ratings));
            if (!period.Contains(r!.Date))
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.RatingOutsidePeriod, r.Line, "time", Day(r.Date), r.Id, period.ToString()));
                continue;
            }

            if (!tallies.TryGetValue(r.Department, out var t))
            {
                tallies[r.Department] = t = new Tally(tallies.Count);
            }

            switch (r.Appeal)
            {
                case AppealState.Upheld:
                    t.Upheld++;
                    continue;
                case AppealState.Pending:
                    t.Pending++;
                    pending.Add(r);
                    continue;
            }

            t.Defaults += r.IsDefault ? 1 : 0;
            if (r.IsDefault && !rules.CountDefaultRatings)
            {
                continue;
            }

            t.Levels[(int)r.Level - 1]++;
            if (r.IsNegative)
            {
                negative.Add(r);
                if (Judge(r, rules, calendar, today, t, diagnostics))
                {
                    overdue.Add(r);
                }
            }
        }

        var ordered = tallies.OrderBy(p => p.Value.Order).ToArray();
        var counted = ordered.Where(p => p.Value.Counted > 0);
        var ranked = rules.RankBy == RatingRankCriterion.NegativeCount
            ? Ranker.Rank(counted, p => p.Value.Negative, RankingMethod.Competition, RankOrder.Ascending)
            : Ranker.Rank(counted, p => (decimal)p.Value.Satisfied / p.Value.Counted);
        var table = ranked.Select(i => Row(i.Item, i.Rank, i.PrintedRank))
            .Concat(ordered.Where(p => p.Value.Counted == 0).Select(p => Row(p, null, string.Empty)))
            .ToArray();
        return new RatingTable(period, rules, table, pending, negative, overdue, diagnostics);
    }

    // Counts a counted 差评's rectification; true when it is overdue.
    private static bool Judge(Rating r, RatingRules rules, WorkingCalendar calendar, DateOnly today, Tally t, List<Diagnostic> diagnostics)
    {
        var rectified = r.Rectification == RectificationState.Rectified;
        t.Rectified += rectified ? 1 : 0;
        if (rectified && r.RectifiedOn is null)
        {
            diagnostics.Add(Problems.Warning(DiagnosticCodes.RectifiedWithoutDate, r.Line, "rectification", null, r.Id));
            return false;
        }

        if (!calendar.TryAddWorkingDays(r.Date, rules.RectificationDays, out var deadline))
        {
            diagnostics.Add(Problems.Warning(DiagnosticCodes.DeadlineBeyondCalendar, r.Line, "time", Day(r.Date),
                r.Id, rules.RectificationDays, Day(r.Date), string.Join(", ", calendar.Years)));
            return false;
        }

        var late = rectified ? r.RectifiedOn > deadline : today > deadline;
        t.OnTime += rectified && !late ? 1 : 0;
        t.Overdue += late ? 1 : 0;
        return late;
    }

    private static RatingRow Row(KeyValuePair<Department, Tally> p, decimal? rank, string printedRank)
    {
        var t = p.Value;
        return new RatingRow(p.Key, t.Levels, t.Defaults, t.Rectified, t.OnTime, t.Overdue, t.Pending, t.Upheld) { Rank = rank, PrintedRank = printedRank };
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Tally(int order)
    {
        internal int Order { get; } = order;

        internal int[] Levels { get; } = new int[5]; // by level: index 0 is 1 star

        internal int Counted => Levels.Sum();

        internal int Satisfied => Levels[2] + Levels[3] + Levels[4];

        internal int Negative => Levels[0] + Levels[1];

        internal int Defaults { get; set; }

        internal int Rectified { get; set; }

        internal int OnTime { get; set; }

        internal int Overdue { get; set; }

        internal int Pending { get; set; }

        internal int Upheld { get; set; }
    }
}
