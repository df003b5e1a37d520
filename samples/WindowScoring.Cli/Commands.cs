using System.Globalization;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Ratings;
using WindowScoring.Rules;

namespace WindowScoring.Cli;

/// <summary>What each command does, with the library's readers, engine and writers; no rule of its own.</summary>
internal static class Commands
{
    public static int Rank(string path, ImportOptions options, string? sheet, string? outputPath, TextWriter output, TextWriter error)
    {
        // Rows are passed on one by one (ReadEach), so a file of millions of rows can report progress while it is read.
        var progress = new ProgressReporter(error);
        if (ReadTable(path, options, sheet, error, progress) is not ({ } summary, var table))
        {
            return CommandLine.UsageError;
        }

        if (table is null)
        {
            return CommandLine.DataErrors;
        }

        progress.Status($"ranking {table.Assessments.Count.ToString("N0", CultureInfo.InvariantCulture)} rows…");
        var ranked = ScoringEngine.Default.Rank(table);
        progress.Done();
        var title = summary.Title ?? (summary.Period is { } p ? $"{p.ToString("C", null)}窗口考核结果" : Path.GetFileName(path));
        return Write(outputPath, output, error, w =>
        {
            w.Write(title + "\n\n");
            ReportTableWriter.Default.Write(ranked, w);
            foreach (var a in ranked.NotAssessed)
            {
                w.Write($"不参与排名 (not ranked): {a}\n");
            }
        });
    }

    public static int Audit(string path, ImportOptions options, string? sheet, string? outputPath, TextWriter output, TextWriter error)
    {
        if (Reading(path, error, () => ((ImportSummary Check, ImportResult? Result)?)TableFiles.ReadPublished(path, options, sheet)) is not ({ } check, var published))
        {
            return CommandLine.UsageError;
        }

        Report(path, published?.Diagnostics ?? check.Diagnostics, error);
        if (published is not { } result)
        {
            if (check.RowCount == 0)
            {
                return CommandLine.UsageError; // as for a file with errors and no row below: nothing to audit
            }

            error.WriteLine($"{Path.GetFileName(path)}: not audited: more than {options.MaxDiagnostics.ToString("N0", CultureInfo.InvariantCulture)} diagnostics (WS104); correct the file and audit it again.");
            return CommandLine.DataErrors;
        }

        if (result.Rows.Count == 0 && result.HasErrors)
        {
            return CommandLine.UsageError;
        }

        var report = PublishedTableAudit.Default.Check(result.ToPublishedTable());
        var written = Write(outputPath, output, error, w =>
        {
            // Findings are diagnostics like the file's, printed the same way (in the --culture language).
            foreach (var finding in report.Diagnostics)
            {
                w.Write(finding + "\n");
            }

            w.Write($"{report}\n");
        });
        return written != CommandLine.Success ? written : report.IsConsistent && !result.HasErrors ? CommandLine.Success : CommandLine.DataErrors;
    }

    public static int Convert(string path, OutputFormat format, ImportOptions options, string? sheet, string? outputPath, TextWriter output, TextWriter error)
    {
        if (ReadTable(path, options, sheet, error, new ProgressReporter(error)) is not ({ }, var table))
        {
            return CommandLine.UsageError;
        }

        if (table is null)
        {
            return CommandLine.DataErrors;
        }

        var ranked = ScoringEngine.Default.Rank(table);
        if (outputPath is not null)
        {
            if (format.IsBinary && ranked.Title is null && ranked.Period is null)
            {
                error.WriteLine($"warning: {Path.GetFileName(path)} has no title and no month in its name, so {Path.GetFileName(outputPath)} has no title; give the month with --period (e.g. --period 2023-11).");
            }

            return Guard(outputPath, error, () => format.WriteFile(ranked, outputPath));
        }

        // The parser refuses a binary format without --output; this is the text formats' standard output.
        var writeText = format.WriteText ?? throw new InvalidOperationException($"--to {format.Name} has no text form.");
        writeText(ranked, output);
        return CommandLine.Success;
    }

    public static int History(
        string[] files,
        AssessmentPeriod period,
        AggregationOptions aggregation,
        string? evaluationsPath,
        string[] aliasPairs,
        ImportOptions options,
        string? sheet,
        string? outputPath,
        TextWriter output,
        TextWriter error)
    {
        var aliases = DepartmentAliases.Empty;
        foreach (var pair in aliasPairs)
        {
            var parts = pair.Split('=');
            try
            {
                aliases = aliases.Add(parts[0], parts[1]);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"--alias {pair}: {e.Message}");
                return CommandLine.UsageError;
            }
        }

        var progress = new ProgressReporter(error);
        var failed = false;
        var tables = new List<RankedTable>();
        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            progress.Status($"reading file {i + 1}/{files.Length}: {Path.GetFileName(file)}");
            if (ReadTable(file, options, sheet, error, progress) is not ({ }, var month))
            {
                return CommandLine.UsageError;
            }

            // A table with errors is named with them and left out: the run ends with exit code 1.
            failed |= month is null;
            if (month is not null)
            {
                tables.Add(ScoringEngine.Default.Rank(month.Assessments, month.Period, month.Title ?? Path.GetFileName(file), month.NotAssessed));
            }
        }

        progress.Done();
        var evaluations = new Dictionary<Department, decimal>();
        if (evaluationsPath is not null)
        {
            if (Import(evaluationsPath, options, sheet: null, error) is not { } scores)
            {
                return CommandLine.UsageError;
            }

            failed |= scores.HasErrors;
            foreach (var row in scores.Rows.Where(r => r.Assessment is not null))
            {
                if (!evaluations.TryAdd(row.Department, row.Assessment!.Total))
                {
                    error.WriteLine($"{Path.GetFileName(evaluationsPath)}: line {row.Line}: {row.Department.Name} has a second evaluation score; the first is used.");
                }
            }
        }

        var history = AssessmentHistory.FromTables(tables, aliases);
        foreach (var d in history.Diagnostics)
        {
            error.WriteLine(d);
        }

        if (failed || history.Diagnostics.Any(d => d.IsError))
        {
            return CommandLine.DataErrors;
        }

        var table = history.Aggregate(period, aggregation with { Evaluations = evaluations });
        foreach (var d in table.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            error.WriteLine(d);
        }

        var alerts = history.Analyze(period).Alerts;
        var rules = AlertOptions.Default;
        return Write(outputPath, output, error, w =>
        {
            w.Write($"{period.ToString("C", null)}窗口考核汇总（{aggregation.Method.ToString().ToLowerInvariant()}）\n\n");
            MarkdownTableWriter.Default.Write(table, w);
            w.Write($"\n预警 (alerts: bottom {rules.Bottom} for {rules.ConsecutiveMonths} months running, a drop of more than {rules.MaxDrop} of the table): {alerts.Count}\n");
            foreach (var alert in alerts)
            {
                w.Write(alert + "\n");
            }
        });
    }

    // Reads the table a command ranks (TableFiles.ReadTable: its rows kept only when it has no error); prints its warnings
    // and errors with line numbers. Null when the file cannot be read at all; the table is null when the file has errors.
    private static (ImportSummary Summary, AssessmentTable? Table)? ReadTable(string path, ImportOptions options, string? sheet, TextWriter error, ProgressReporter progress)
    {
        var read = Reading(path, error, () => ((ImportSummary Summary, AssessmentTable? Table)?)TableFiles.ReadTable(path, options, sheet, progress.Rows));
        progress.Done();
        if (read is { } r)
        {
            Report(path, r.Summary.Diagnostics, error);
        }

        return read;
    }

    // Reads a file (a workbook or text, by content), keeping every row (history's --evaluations);
    // prints its warnings and errors with line numbers. Null when the file cannot be read at all.
    private static ImportResult? Import(string path, ImportOptions options, string? sheet, TextWriter error)
    {
        var result = Reading(path, error, () => (ImportResult?)TableFiles.Read(path, options, sheet));
        if (result is not null)
        {
            Report(path, result.Diagnostics, error);
        }

        return result;
    }

    // A read of a file, or null when it cannot be read at all (not found, no access, a folder: named on standard error).
    private static T? Reading<T>(string path, TextWriter error, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return default;
        }
    }

    private static void Report(string path, IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            error.WriteLine($"{Path.GetFileName(path)}: {d}");
        }
    }

    public static int Ratings(string path, AssessmentPeriod period, string? rulesPath, string[] calendarPaths, ImportOptions options, string? sheet, string? outputPath, TextWriter output, TextWriter error)
    {
        RatingReadResult read;
        RatingRules? rules = RatingRules.Default;
        WorkingCalendar? calendar;
        try
        {
            read = TableFiles.ReadRatings(path, options, sheet);
            if (rulesPath is not null)
            {
                rules = LoadRatingRules(rulesPath, error);
            }

            calendar = Calendar(calendarPaths, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return CommandLine.UsageError;
        }

        Report(path, read.Diagnostics, error);
        if (rules is null || calendar is null)
        {
            return CommandLine.UsageError;
        }

        var table = RatingTally.Tabulate(read.Ratings, period, rules, calendar);
        Report(path, table.Diagnostics, error);
        var written = Write(outputPath, output, error, w => WriteRatings(table, w));
        return written != CommandLine.Success ? written : read.HasErrors || table.HasErrors ? CommandLine.DataErrors : CommandLine.Success;
    }

    public static int Assess(
        string schemePath,
        string? eventsPath,
        string? ratingsPath,
        AssessmentPeriod period,
        string[] calendarPaths,
        ImportOptions options,
        string? sheet,
        string? outputPath,
        TextWriter output,
        TextWriter error)
    {
        // The scheme and its 好差评 rules come from the one file; a file that does not load is a usage error, as --scheme
        // of ratings (nothing is assessed under a scheme that is not the hall's).
        ScoringScheme? scheme;
        RatingRules? rules = null;
        WorkingCalendar? calendar;
        EventLogResult? log = null;
        RatingReadResult? read = null;
        var current = schemePath;
        try
        {
            var loaded = SchemeJson.LoadFile(schemePath);
            Report(schemePath, loaded.Diagnostics, error);
            scheme = loaded.Scheme;
            if (scheme is not null)
            {
                var section = RatingRulesJson.FromScheme(File.ReadAllText(schemePath));
                Report(schemePath, section.Diagnostics, error);
                rules = section.Rules;
            }

            current = string.Join(", ", calendarPaths);
            calendar = Calendar(calendarPaths, error);
            if (eventsPath is not null)
            {
                current = eventsPath;
                log = EventLogReader.Default.Read(eventsPath, options);
                Report(eventsPath, log.Diagnostics, error);
            }

            if (ratingsPath is not null)
            {
                current = ratingsPath;
                read = TableFiles.ReadRatings(ratingsPath, options, sheet);
                Report(ratingsPath, read.Diagnostics, error);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{current}: {e.Message}");
            return CommandLine.UsageError;
        }

        if (scheme is null || rules is null || calendar is null)
        {
            return CommandLine.UsageError;
        }

        // The roster: every department the events and the ratings name, in order of first appearance.
        var events = log?.Events ?? [];
        var roster = events.Select(e => e.Department).Concat(read?.Ratings.Select(r => r.Department) ?? []).Distinct().ToList();
        var engine = new ScoringEngine(scheme);
        var table = read is null ? null : RatingTally.Tabulate(read.Ratings, period, rules, calendar, roster: roster);
        var month = table is null ? engine.Assess(period, roster, events) : engine.Assess(period, roster, events, table);
        // The assessment's diagnostics (of events, with their lines) then the tally's (of ratings, with theirs).
        var own = month.Diagnostics.Count - (table?.Diagnostics.Count ?? 0);
        Report(eventsPath ?? schemePath, month.Diagnostics.Take(own), error);
        Report(ratingsPath ?? schemePath, month.Diagnostics.Skip(own), error);

        var written = Write(outputPath, output, error, w =>
        {
            w.Write($"{period.ToString("C", null)}窗口考核结果\n");
            if (scheme.Name is { } name)
            {
                w.Write($"（{name}）\n");
            }

            w.Write("\n");
            ReportTableWriter.Default.Write(month.Table, w);
            w.Write("\n加减分明细 (adjustments)\n部门\t类别\t分值\t计入\t依据\n");
            foreach (var b in month.Breakdowns)
            {
                foreach (var a in b.Adjustments)
                {
                    var sign = a.Kind == RuleKind.Deduction ? "-" : "+";
                    var basis = string.Join(' ', new[] { a.Event.RuleId, a.Event.Note }.Where(t => !string.IsNullOrEmpty(t)));
                    w.Write($"{b.Department.Name}\t{a.Category}\t{sign}{ScoreText.Format(a.Points)}\t{sign}{ScoreText.Format(a.Counted)}\t{basis}\n");
                }
            }

            if (table is not null)
            {
                w.Write("\n");
                WriteRatings(table, w);
            }
        });
        var failed = log is { HasErrors: true } || read is { HasErrors: true } || month.HasErrors;
        return written != CommandLine.Success ? written : failed ? CommandLine.DataErrors : CommandLine.Success;
    }

    private static void WriteRatings(RatingTable table, TextWriter w)
    {
        w.Write($"{table.Period.ToString("C", null)}政务服务“好差评”情况\n\n");
        ReportTableWriter.Default.Write(table, w);
    }

    // Rating rules from --scheme of ratings: a rules file of its own, or a hall's scheme file (one that loads as a scheme)
    // with its "ratings" section. Null (the problems listed) when neither.
    private static RatingRules? LoadRatingRules(string path, TextWriter error)
    {
        var text = File.ReadAllText(path);
        var loaded = RatingRulesJson.Load(text);
        if (loaded.HasErrors && !SchemeJson.Load(text).HasErrors)
        {
            loaded = RatingRulesJson.FromScheme(text);
        }

        Report(path, loaded.Diagnostics, error);
        return loaded.Rules;
    }

    // The working calendar of --calendar (the files read as one); weekends only without one; null (the problems listed) when a file has errors.
    private static WorkingCalendar? Calendar(string[] paths, TextWriter error)
    {
        if (paths.Length == 0)
        {
            return WorkingCalendar.WeekendsOnly;
        }

        var parsed = WorkingCalendar.Parse(string.Join("\n", paths.Select(File.ReadAllText)));
        Report(string.Join(", ", paths), parsed.Diagnostics, error);
        return parsed.HasErrors ? null : parsed.Calendar;
    }

    // Standard output, or the --output file (UTF-8 without a BOM), created or overwritten.
    private static int Write(string? outputPath, TextWriter output, TextWriter error, Action<TextWriter> write)
    {
        if (outputPath is null)
        {
            write(output);
            return CommandLine.Success;
        }

        // Whole or not at all: a temporary file beside the target, moved over it once written (a link is followed; a
        // device such as /dev/stdout is written in place, never replaced).
        return Guard(outputPath, error, () =>
        {
            var full = Path.GetFullPath(outputPath);
            if (new FileInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = target.FullName;
            }

            if (Directory.Exists(full))
            {
                throw new IOException($"'{outputPath}' is a folder.");
            }

            if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal))
            {
                using var device = new StreamWriter(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), new System.Text.UTF8Encoding(false));
                write(device);
                return;
            }

            var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var file = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    write(file);
                }

                File.Move(temporary, full, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        });
    }

    private static int Guard(string outputPath, TextWriter error, Action write)
    {
        try
        {
            write();
            return CommandLine.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outputPath}: {e.Message}");
            return CommandLine.UsageError;
        }
    }
}
