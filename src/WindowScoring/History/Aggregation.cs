namespace WindowScoring.History;

/// <summary>Aggregates a period of a history (see <see cref="AssessmentHistory.Aggregate"/>).</summary>
internal static class Aggregation
{
    internal static AggregatedTable Aggregate(AssessmentHistory history, AssessmentPeriod period, AggregationOptions options)
    {
        Preconditions.CheckNotNull(options);
        var culture = MessageCatalog.ActiveCulture;
        var diagnostics = new List<Diagnostic>();
        var months = new List<AssessmentPeriod>();
        var missing = new List<AssessmentPeriod>();
        var order = new List<Department>();
        var figures = new Dictionary<Department, List<(AssessmentPeriod Month, decimal Total)>>();
        foreach (var month in period.Months)
        {
            var data = history.MonthOf(month); // a plain local (not a pattern variable): mutation testing needs it definitely assigned
            if (data is null)
            {
                missing.Add(month);
                diagnostics.Add(Problems.Warning(DiagnosticCodes.HistoryMonthMissing, null, null, month.ToString(), period.ToString(), month.ToString()));
                continue;
            }

            months.Add(month);
            foreach (var entry in data.Entries)
            {
                if (!figures.TryGetValue(entry.Department, out var list))
                {
                    figures.Add(entry.Department, list = []);
                    order.Add(entry.Department);
                }

                if (entry.Row is { } row)
                {
                    list.Add((month, row.Total));
                }
            }
        }

        var displayDecimals = months.Count == 0 ? null : history.MonthOf(months[^1])!.Table.Scheme.DisplayDecimals;
        var weighted = options.Method == AggregationMethod.Weighted;
        List<(Department Current, Department Key)> keys = [];
        var evaluations = weighted ? ResolveEvaluations(history.Aliases, options.Evaluations, diagnostics, keys, culture) : null;
        var candidates = new List<AggregatedRow>();
        var apart = new List<UnrankedDepartment>();
        foreach (var department in order)
        {
            var list = figures[department];
            var assessed = list.Select(f => f.Month).ToArray();
            decimal? sum = null, average = null;
            try
            {
                if (list.Count > 0)
                {
                    sum = ScoreArithmetic.Sum(list.Select(f => f.Total));
                    average = ScoreArithmetic.Divide(sum.Value, list.Count);
                }
            }
            catch (OverflowException)
            {
            }

            if (list.Count < options.MinimumMonths)
            {
                var problem = Problems.Info(DiagnosticCodes.TooFewMonths, null, null, department.Name,
                    department.Name, list.Count, period.ToString(), MonthList(assessed), options.MinimumMonths);
                apart.Add(new UnrankedDepartment(department, assessed, UnrankedReason.TooFewMonths, sum, average, problem.Message));
                diagnostics.Add(problem);
                continue;
            }

            if (sum is null)
            {
                apart.Add(OutOfRange(department, assessed, null, null, Messages.SumOutOfRange, diagnostics, culture));
                continue;
            }

            decimal? evaluation = null;
            var total = 0m; // assigned here too: mutation testing needs it definitely assigned
            if (weighted)
            {
                if (!evaluations!.TryGetValue(department, out var score))
                {
                    var problem = Problems.Warning(DiagnosticCodes.EvaluationMissing, null, null, department.Name, department.Name);
                    apart.Add(new UnrankedDepartment(department, assessed, UnrankedReason.NoEvaluation, sum, average, problem.Message));
                    diagnostics.Add(problem);
                    continue;
                }

                evaluation = score;
                try
                {
                    total = ScoreArithmetic.Add(ScoreArithmetic.Multiply(options.MonthlyWeight, average!.Value), ScoreArithmetic.Multiply(options.EvaluationWeight, score));
                }
                catch (OverflowException)
                {
                    apart.Add(OutOfRange(department, assessed, sum, average, Messages.WeightedOutOfRange, diagnostics, culture));
                    continue;
                }
            }
            else
            {
                total = options.Method == AggregationMethod.Sum ? sum.Value : average!.Value;
            }

            if (options.RoundDecimals is { } decimals)
            {
                total = Math.Round(total, decimals, MidpointRounding.AwayFromZero);
            }

            candidates.Add(new AggregatedRow(0m, string.Empty, department, null, list.Count, assessed, sum.Value, average!.Value, evaluation, total, AggregatedTable.FormatTotal(options.Method, displayDecimals, total)));
        }

        if (evaluations is not null)
        {
            foreach (var (current, key) in keys)
            {
                if (!figures.TryGetValue(current, out var list) || list.Count == 0)
                {
                    diagnostics.Add(Problems.Warning(Messages.EvaluationNotAssessed, null, null, key.Name, key.Name, current.Name, period.ToString()));
                }
            }
        }

        return new AggregatedTable(period, options, months.ToArray(), missing.ToArray(), Rank(candidates, options), apart.ToArray(), diagnostics.ToArray())
        {
            DisplayDecimals = displayDecimals,
        };
    }

    private static AggregatedRow[] Rank(List<AggregatedRow> candidates, AggregationOptions options)
    {
        if (options.Groups is not { } groups)
        {
            return Ranker.Rank(candidates, c => c.Total, options.RankingMethod)
                .Select(r => r.Item.Ranked(r.Rank, r.PrintedRank, r.Item.Group))
                .ToArray();
        }

        return Ranker.RankWithinGroups(candidates, c => groups.GetValueOrDefault(c.Department) ?? string.Empty, c => c.Total, options.RankingMethod, groupComparer: StringComparer.Ordinal)
            .SelectMany(g => g.Items.Select(r => r.Item.Ranked(r.Rank, r.PrintedRank, g.Group)))
            .ToArray();
    }

    // Evaluation scores keyed by current department; a second score for the same department is reported and not used.
    private static Dictionary<Department, decimal> ResolveEvaluations(
        DepartmentAliases aliases,
        IReadOnlyDictionary<Department, decimal> scores,
        List<Diagnostic> diagnostics,
        List<(Department Current, Department Key)> keys,
        System.Globalization.CultureInfo culture)
    {
        var resolved = new Dictionary<Department, decimal>();
        var firstKey = new Dictionary<Department, Department>();
        // Deterministic whatever the dictionary's own order: the score given under the current department wins, then
        // the others by code (ordinal), so the result never depends on hashing.
        var ordered = scores.OrderBy(kv => aliases.Resolve(kv.Key).Equals(kv.Key) ? 0 : 1).ThenBy(kv => kv.Key.Code, StringComparer.Ordinal);
        foreach (var (key, score) in ordered)
        {
            var current = aliases.Resolve(key);
            if (firstKey.TryGetValue(current, out var first))
            {
                diagnostics.Add(Problems.Warning(Messages.EvaluationTaken, null, null, key.Name, key.Name, first.Name, current.Name));
                continue;
            }

            firstKey.Add(current, key);
            resolved.Add(current, score);
            keys.Add((current, key));
        }

        return resolved;
    }

    private static UnrankedDepartment OutOfRange(Department department, AssessmentPeriod[] assessed, decimal? sum, decimal? average, string key, List<Diagnostic> diagnostics, System.Globalization.CultureInfo culture)
    {
        var problem = Problems.Error(key, null, null, department.Name, department.Name);
        diagnostics.Add(problem);
        return new UnrankedDepartment(department, assessed, UnrankedReason.OutOfRange, sum, average, problem.Message);
    }

    private static string MonthList(AssessmentPeriod[] months) => months.Length == 0 ? string.Empty : " (" + string.Join(", ", months) + ")";
}
