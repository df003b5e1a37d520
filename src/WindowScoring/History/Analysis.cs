
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
                        last?.Month, last?.Rank, RankChange.NotAssessed, null, entry.Assessment.NotAssessedReason);
                }
                else
                {
                    var change = last is not { } l ? RankChange.New : row.Rank < l.Rank ? RankChange.Up : row.Rank > l.Rank ? RankChange.Down : RankChange.Same;
                    movement = new RankMovement(data.Month, department, entry.AsPrinted.Name, row.Rank, row.Total, data.RankedCount,
                        last?.Month, last?.Rank, change, last is { } p ? p.Rank - row.Rank : null, null);
                    last = (data.Month, row.Rank);
                }

                list.Add(movement);
                rows.Add((data.Month, department), movement);
            }

            perDepartment.Add(department, list);
        }

        var alerts = new List<(Alert Alert, int Place)>();
        foreach (var department in history.Departments)
        {
            var list = perDepartment[department];
            BottomRuns(history, department, options, alerts);
            RankDrops(history, list, options, alerts);
            GradesBelow(history, list, options, alerts);
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

    // Runs of consecutive calendar months in the bottom N; one alert per run of at least K months.
    private static void BottomRuns(AssessmentHistory history, Department department, AlertOptions options, List<(Alert, int)> alerts)
    {
        if (options.BottomN is not { } n)
        {
            return;
        }

        var run = new List<AlertFigure>();
        void Close()
        {
            if (run.Count >= options.ConsecutiveMonths)
            {
                var months = run.Select(f => f.Month).ToArray();
                var message = $"in the bottom {n} for {run.Count} consecutive months: {string.Join(", ", run)}.";
                alerts.Add((new Alert(AlertKind.BottomRun, department, months, run.ToArray(), message), PlaceIn(history, months[^1], department)));
            }

            run.Clear();
        }

        foreach (var data in history.MonthData)
        {
            var inBottom = data.ByDepartment.TryGetValue(department, out var entry) && entry.Row is { } ranked && data.CountBelow(ranked.Total) < n;
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

    private static void RankDrops(AssessmentHistory history, List<RankMovement> movements, AlertOptions options, List<(Alert, int)> alerts)
    {
        if (options.MaxDrop is not { } maxDrop)
        {
            return;
        }

        foreach (var m in movements)
        {
            if (m.Delta is { } delta && -delta > maxDrop)
            {
                var previous = history.MonthOf(m.PreviousMonth!.Value)!;
                var before = previous.ByDepartment[m.Department].Row!;
                var figures = new[]
                {
                    new AlertFigure(previous.Month, before.Rank, previous.RankedCount, before.Total),
                    new AlertFigure(m.Month, m.Rank!.Value, m.RankedCount, m.Total!.Value),
                };
                var message = $"dropped {ScoreText.Format(-delta)} ranks, more than {maxDrop}: {figures[0]}, {figures[1]}.";
                alerts.Add((new Alert(AlertKind.RankDrop, m.Department, [previous.Month, m.Month], figures, message), PlaceIn(history, m.Month, m.Department)));
            }
        }
    }

    private static void GradesBelow(AssessmentHistory history, List<RankMovement> movements, AlertOptions options, List<(Alert, int)> alerts)
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
                var message = $"a total of {ScoreText.Format(total)} in {m.Month}, below {band}: {figure}.";
                alerts.Add((new Alert(AlertKind.GradeBelow, m.Department, [m.Month], [figure], message), PlaceIn(history, m.Month, m.Department)));
            }
        }
    }

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
