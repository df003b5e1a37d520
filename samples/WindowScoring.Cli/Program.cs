// WindowScoring command-line sample.
//   dotnet run --project samples/WindowScoring.Cli                                  rank the bundled November 2023 table
//   dotnet run --project samples/WindowScoring.Cli -- rank <file>                   rank a table (CSV/TSV/report layout/report text)
//   dotnet run --project samples/WindowScoring.Cli -- audit <file>                  check a published table against a recomputation
//   dotnet run --project samples/WindowScoring.Cli -- convert <file> --to csv|markdown|report
//   dotnet run --project samples/WindowScoring.Cli -- history <files...> --period 2023-Q4 [--method sum|average|weighted]
//                [--evaluations <file>] [--alias 省林业厅=省林草局]... [--min-months n] [--round n]
//                                                                                   aggregate monthly tables (period of each
//                                                                                   from its file name or title) and list alerts
// Exit codes: 0 success (audit: consistent), 1 the file has errors (audit: findings), 2 usage error or unreadable file.
using System.Globalization;
using System.Text;
using WindowScoring;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;

Console.OutputEncoding = Encoding.UTF8;
var bundled = Path.Combine(AppContext.BaseDirectory, "data", "2023-11.tsv");

return args switch
{
    [] => Rank(bundled),
    ["rank", var file] => Rank(file),
    ["audit", var file] => Audit(file),
    ["convert", var file, "--to", var format] => Convert(file, format),
    ["history", .. var rest] => History(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: WindowScoring.Cli [rank <file> | audit <file> | convert <file> --to csv|markdown|report");
    Console.Error.WriteLine("                          | history <files...> --period 2023-Q4 [--method sum|average|weighted] [--evaluations <file>]");
    Console.Error.WriteLine("                            [--alias former=current]... [--min-months n] [--round n]]");
    return 2;
}

// Reads a file; prints its warnings and errors with line numbers. Null when the file cannot be read at all.
static ImportResult? Import(string path)
{
    ImportResult result;
    try
    {
        result = AssessmentTableReader.Default.Read(path);
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        return null;
    }

    foreach (var d in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
    {
        Console.Error.WriteLine($"{Path.GetFileName(path)}: {d}");
    }

    return result;
}

static int Rank(string path)
{
    if (Import(path) is not { } result)
    {
        return 2;
    }

    if (result.HasErrors)
    {
        return 1;
    }

    var ranked = ScoringEngine.Default.Rank(result.ToTable());
    var title = result.Title ?? (result.Period is { } p ? $"{p.ToString("C", null)}窗口考核结果" : Path.GetFileName(path));
    Console.Out.Write(title + "\n\n");
    ReportTableWriter.Default.Write(ranked, Console.Out);
    foreach (var a in ranked.NotAssessed)
    {
        Console.Out.Write($"不参与排名 (not ranked): {a}\n");
    }

    return 0;
}

static int Audit(string path)
{
    if (Import(path) is not { } result)
    {
        return 2;
    }

    if (result.Rows.Count == 0 && result.HasErrors)
    {
        return 2;
    }

    var report = PublishedTableAudit.Default.Check(result);
    foreach (var finding in report.Findings)
    {
        Console.Out.Write(finding + "\n");
    }

    Console.Out.Write($"{report}\n");
    return report.IsConsistent && !result.HasErrors ? 0 : 1;
}

static int Convert(string path, string format)
{
    if (format is not ("csv" or "markdown" or "report"))
    {
        return Usage();
    }

    if (Import(path) is not { } result)
    {
        return 2;
    }

    if (result.HasErrors)
    {
        return 1;
    }

    var ranked = ScoringEngine.Default.Rank(result.ToTable());
    switch (format)
    {
        case "csv":
            CsvTableWriter.Default.Write(ranked, Console.Out); // Write(ranked, "out.csv") would add the BOM Excel needs
            break;
        case "markdown":
            MarkdownTableWriter.Default.Write(ranked, Console.Out);
            break;
        default:
            ReportTableWriter.Default.Write(ranked, Console.Out);
            break;
    }

    return 0;
}

// history <files...> --period P [--method sum|average|weighted] [--evaluations file] [--alias former=current]... [--min-months n] [--round n]
static int History(string[] args)
{
    var files = new List<string>();
    AssessmentPeriod? period = null;
    var method = AggregationMethod.Average;
    string? evaluationsPath = null;
    var aliases = DepartmentAliases.Empty;
    var minimumMonths = 1;
    int? round = null;
    for (var i = 0; i < args.Length; i++)
    {
        var value = i + 1 < args.Length ? args[i + 1] : null;
        switch (args[i])
        {
            case "--period" when AssessmentPeriod.TryParse(value, out var p):
                period = p;
                break;
            case "--method" when value is "sum" or "average" or "weighted":
                method = value switch { "sum" => AggregationMethod.Sum, "weighted" => AggregationMethod.Weighted, _ => AggregationMethod.Average };
                break;
            case "--evaluations" when value is not null:
                evaluationsPath = value;
                break;
            case "--alias" when value?.Split('=') is [var former, var current] && !string.IsNullOrWhiteSpace(former) && !string.IsNullOrWhiteSpace(current):
                try
                {
                    aliases = aliases.Add(former, current);
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine($"--alias {value}: {e.Message}");
                    return 2;
                }

                break;
            case "--min-months" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1:
                minimumMonths = n;
                break;
            case "--round" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 28:
                round = d;
                break;
            case var file when !file.StartsWith("--", StringComparison.Ordinal):
                files.Add(file);
                continue;
            default:
                return Usage();
        }

        i++; // the option's value
    }

    if (period is not { } aggregated || files.Count == 0)
    {
        return Usage();
    }

    var failed = false;
    var tables = new List<RankedTable>();
    foreach (var file in files)
    {
        if (Import(file) is not { } result)
        {
            return 2;
        }

        failed |= result.HasErrors;
        tables.Add(ScoringEngine.Default.Rank(result.Rows.Select(r => r.Assessment), result.Period, result.Title ?? Path.GetFileName(file)));
    }

    var evaluations = new Dictionary<Department, decimal>();
    if (evaluationsPath is not null)
    {
        if (Import(evaluationsPath) is not { } scores)
        {
            return 2;
        }

        failed |= scores.HasErrors;
        foreach (var row in scores.Rows.Where(r => r.Assessment.Status == AssessmentStatus.Assessed))
        {
            if (!evaluations.TryAdd(row.Assessment.Department, row.Assessment.Total))
            {
                Console.Error.WriteLine($"{Path.GetFileName(evaluationsPath)}: line {row.Line}: {row.Assessment.Department.Name} has a second evaluation score; the first is used.");
            }
        }
    }

    var history = AssessmentHistory.FromTables(tables, aliases);
    foreach (var d in history.Diagnostics)
    {
        Console.Error.WriteLine(d);
    }

    if (failed || history.Diagnostics.Any(d => d.IsError))
    {
        return 1;
    }

    var options = new AggregationOptions { Method = method, Evaluations = evaluations, MinimumMonths = minimumMonths, RoundDecimals = round };
    var table = history.Aggregate(aggregated, options);
    foreach (var d in table.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
    {
        Console.Error.WriteLine(d);
    }

    Console.Out.Write($"{aggregated.ToString("C", null)}窗口考核汇总（{method.ToString().ToLowerInvariant()}）\n\n");
    MarkdownTableWriter.Default.Write(table, Console.Out);

    var alerts = history.Analyze(aggregated).Alerts;
    var rules = AlertOptions.Default;
    Console.Out.Write($"\n预警 (alerts: bottom {rules.BottomN} for {rules.ConsecutiveMonths} months running, a drop of more than {rules.MaxDrop} ranks): {alerts.Count}\n");
    foreach (var alert in alerts)
    {
        Console.Out.Write(alert + "\n");
    }

    return 0;
}
