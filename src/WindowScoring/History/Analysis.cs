using System.Globalization;

namespace WindowScoring.History;

/// <summary>Rank movement and alerts over a history (see <see cref="AssessmentHistory.Analyze(AlertOptions?)"/>).</summary>
internal static class Analysis
{
    internal static HistoryAnalysis Analyze(AssessmentHistory history, AssessmentPeriod? period, AlertOptions options)
    {
        Preconditions.CheckNotNull(options);
        bool InPeriod(AssessmentPeriod month) => period is not { } p || p.Contains(month);

        // Movements over the whole history, department by department.
        var rows = new Dictionary<(AssessmentPeriod, Department), RankMovement>();
        var perDepartment = new Dictionary<Department, List<RankMovement>>();
        foreach (var department in history.Departments)
        {
            var list = new List<RankMovement>();
            (AssessmentPeriod Month, decimal Rank)? last = null;
            foreach (var data in history.MonthData)
            {
                if (!data.ByDepartment.TryGetValue(department, out var entry))
                {
                    continue;
                }

                RankMovement movement;
                if (entry.Row is not { } row)
                {
                    movement = new RankMovement(data.Month, department, entry.AsPrinted.Name, null, null, data.RankedCount,
                        last?.Month, last?.Rank, RankChange.NotAssessed, null, entry.NotAssessed?.Reason);
                }
                else
                {
                    var change = last is not { } l ? RankChange.New : row.Rank < l.Rank ? RankChange.Up : row.Rank > l.Rank ? RankChange.Down : RankChange.Same;
                    movement = new RankMovement(data.Month, department, entry.AsPrinted.Name, row.Rank, row.Total, data.RankedCount,
                        last?.Month, last?.Rank, change, last is { } p ? ScoreArithmetic.Subtract(p.Rank, row.Rank) : null, null);
                    last = (data.Month, row.Rank);
                }

                list.Add(movement);
                rows.Add((data.Month, department), movement);
            }

            perDepartment.Add(department, list);
        }

        var alerts = new List<(Alert Alert, int Place)>();
        var culture = MessageCatalog.ActiveCulture;
        foreach (var department in history.Departments)
        {
            var list = perDepartment[department];
            BottomRuns(history, department, options, alerts, culture);
            RankDrops(history, list, options, alerts, culture);
            GradesBelow(history, list, options, alerts, culture);
        }

        var kept = alerts
            .Where(a => InPeriod(a.Alert.Month))
            .OrderBy(a => a.Alert.Month)
            .ThenBy(a => a.Alert.Kind)
            .ThenBy(a => a.Place)
            .Select(a => a.Alert)
            .ToArray();

        var movements = history.MonthData
            .Where(m => InPeriod(m.Month))
            .SelectMany(m => m.Entries.Select(e => rows[(m.Month, e.Department)]))
            .ToArray();

        var departments = new List<DepartmentHistory>();
        foreach (var department in history.Departments)
        {
            var months = perDepartment[department].Where(m => InPeriod(m.Month)).ToArray();
            if (months.Length > 0)
            {
                departments.Add(new DepartmentHistory(department, months, kept.Where(a => a.Department.Equals(department)).ToArray()));
            }
        }

        return new HistoryAnalysis(period, options, history.Aliases, departments.ToArray(), movements, kept);
    }

    // Runs of consecutive calendar months in the bottom (AlertOptions.Bottom); one alert per run of at least K months.
    private static void BottomRuns(AssessmentHistory history, Department department, AlertOptions options, List<(Alert, int)> alerts, CultureInfo culture)
    {
        if (options.Bottom is not { } bottom)
        {
            return;
        }

        var places = bottom.Count is { } n ? Messages.Term(Messages.AlertBottomCount, culture, n) : Messages.Term(Messages.AlertBottomPercent, culture, ScoreText.Format(bottom.Percent!.Value));

        var run = new List<AlertFigure>();
        void Close()
        {
            if (run.Count >= options.ConsecutiveMonths)
            {
                var months = run.Select(f => f.Month).ToArray();
                var message = Message(AlertKind.BottomRun, culture, places, run.Count, string.Join(Messages.Term(Messages.ListSeparatorTerm, culture), run.Select(f => Figure(f, culture))));
                alerts.Add((new Alert(AlertKind.BottomRun, department, months, run.ToArray(), message), PlaceIn(history, months[^1], department)));
            }

            run.Clear();
        }

        foreach (var data in history.MonthData)
        {
            var inBottom = data.ByDepartment.TryGetValue(department, out var entry) && entry.Row is { } ranked
                && bottom.HoldsBottom(data.CountBelow(ranked.Total), data.CountAbove(ranked.Total), data.RankedCount);
            if (run.Count > 0 && (!inBottom || !IsNextMonth(run[^1].Month, data.Month)))
            {
                Close();
            }

            if (inBottom)
            {
                var row = entry!.Row!;
                run.Add(new AlertFigure(data.Month, row.Rank, data.RankedCount, row.Total));
            }
        }

        Close();
    }

    private static void RankDrops(AssessmentHistory history, List<RankMovement> movements, AlertOptions options, List<(Alert, int)> alerts, CultureInfo culture)
    {
        if (options.MaxDrop is not { } maxDrop)
        {
            return;
        }

        foreach (var m in movements)
        {
            if (m.Delta is { } delta && -delta > maxDrop.Tolerance(m.RankedCount))
            {
                var tolerated = maxDrop.Percent is { } percent
                    ? Messages.Term(Messages.AlertDropPercent, culture, maxDrop.Tolerance(m.RankedCount), ScoreText.Format(percent), m.RankedCount)
                    : Messages.Term(Messages.AlertDropCount, culture, maxDrop.Tolerance(m.RankedCount));
                var previous = history.MonthOf(m.PreviousMonth!.Value)!;
                var before = previous.ByDepartment[m.Department].Row!;
                var figures = new[]
                {
                    new AlertFigure(previous.Month, before.Rank, previous.RankedCount, before.Total),
                    new AlertFigure(m.Month, m.Rank!.Value, m.RankedCount, m.Total!.Value),
                };
                var message = Message(AlertKind.RankDrop, culture, ScoreText.Format(-delta), tolerated, Figure(figures[0], culture), Figure(figures[1], culture));
                alerts.Add((new Alert(AlertKind.RankDrop, m.Department, [previous.Month, m.Month], figures, message), PlaceIn(history, m.Month, m.Department)));
            }
        }
    }

    private static void GradesBelow(AssessmentHistory history, List<RankMovement> movements, AlertOptions options, List<(Alert, int)> alerts, CultureInfo culture)
    {
        if (options.GradeThreshold is not { } threshold)
        {
            return;
        }

        var band = options.GradeName is { } name ? $"{name} ({ScoreText.Format(threshold)})" : ScoreText.Format(threshold);
        foreach (var m in movements)
        {
            if (m.Total is { } total && total < threshold)
            {
                var figure = new AlertFigure(m.Month, m.Rank!.Value, m.RankedCount, total);
                var message = Message(AlertKind.GradeBelow, culture, ScoreText.Format(total), m.Month.ToString(), band, Figure(figure, culture));
                alerts.Add((new Alert(AlertKind.GradeBelow, m.Department, [m.Month], [figure], message), PlaceIn(history, m.Month, m.Department)));
            }
        }
    }

    // Alert texts come from the catalogue, keyed by the alert's kind (an alert has no diagnostic code).
    private static string Message(AlertKind kind, CultureInfo culture, params object?[] args) => Messages.Format(Messages.AlertPrefix + kind, culture, args);

    private static string Figure(AlertFigure f, CultureInfo culture) =>
        Messages.Term(Messages.AlertFigure, culture, f.Month.ToString(), ScoreText.Format(f.Rank), f.RankedCount, ScoreText.Format(f.Total));

    private static bool IsNextMonth(AssessmentPeriod month, AssessmentPeriod next) =>
        month.Index == 12 ? next.Year == month.Year + 1 && next.Index == 1 : next.Year == month.Year && next.Index == month.Index + 1;

    private static int PlaceIn(AssessmentHistory history, AssessmentPeriod month, Department department)
    {
        var entries = history.MonthOf(month)!.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Department.Equals(department))
            {
                return i;
            }
        }

        return entries.Count;
    }
}
