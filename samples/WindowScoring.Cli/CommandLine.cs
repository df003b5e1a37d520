using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using WindowScoring.History;
using WindowScoring.Import;

namespace WindowScoring.Cli;

/// <summary>The commands, their options and the parse step: every mistake is named on standard error with exit code 2.</summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int DataErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Build(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExitCodes)
        {
            foreach (var message in Messages(root, parse))
            {
                error.WriteLine($"error: {message}");
            }

            var command = parse.CommandResult.Command;
            error.WriteLine($"Run '{Name}{(command == root ? string.Empty : " " + command.Name)} --help' for usage.");
            return UsageError;
        }

        // --culture is the library's one language setting for this run: file diagnostics, audit findings, history and
        // alerts, and every diagnostic's own line ("第 7 行：…"). Restored afterwards for a host that runs commands in-process.
        var previous = MessageCatalog.Culture;
        MessageCatalog.Culture = parse.GetValue(CultureOption) ?? previous;
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Standard output or error closed, full (> /dev/full) or gone: the environment's failure, told as such.
            error.WriteLine($"error: cannot write the output: {e.Message}");
            return UsageError;
        }
        finally
        {
            MessageCatalog.Culture = previous;
        }
    }

    private const string Name = "WindowScoring.Cli";

    // Options every command takes (Recursive: given before or after the command name).
    private static readonly Option<Encoding?> EncodingOption = new("--encoding")
    {
        Description = "Text encoding of the input files (utf-8, utf-16, gbk, gb18030, …); detected when not given.",
        HelpName = "name",
        Recursive = true,
        CustomParser = r =>
        {
            var name = r.Tokens[0].Value;
            try
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // NotSupportedException: UTF-7, which .NET refuses (SYSLIB0001).
                r.AddError($"unknown --encoding '{name}': expected a supported encoding name such as utf-8, utf-16, gbk or gb18030.");
                return null;
            }
        },
    };

    private static readonly Option<TableFormat> FormatOption = new("--format")
    {
        Description = "Layout of the input files: auto (detected; the default), delimited (CSV/TSV with a header) or report-text (a whole report with its title line).",
        HelpName = "auto|delimited|report-text",
        Recursive = true,
        CustomParser = r => r.Tokens[0].Value.ToLowerInvariant() switch
        {
            "auto" => TableFormat.Auto,
            "delimited" => TableFormat.Delimited,
            "report-text" => TableFormat.ReportText,
            var other => Fail(r, $"unknown --format '{other}': expected auto, delimited or report-text.", TableFormat.Auto),
        },
    };

    private static readonly Option<CultureInfo?> CultureOption = new("--culture")
    {
        Description = "Language of every diagnostic (files, audit, history, alerts): zh-CN (Simplified Chinese) or en; default: the current UI culture.",
        HelpName = "zh-CN|en",
        Recursive = true,
        CustomParser = r =>
        {
            var name = r.Tokens[0].Value;
            try
            {
                return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                r.AddError($"unknown --culture '{name}': expected a culture name such as zh-CN or en.");
                return null;
            }
        },
    };

    private static readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "Write the result to this file instead of standard output (UTF-8; convert --to csv adds the byte order mark Excel needs).",
        HelpName = "file",
        Recursive = true,
        CustomParser = r => string.IsNullOrWhiteSpace(r.Tokens[0].Value)
            ? Fail<string?>(r, "empty --output: expected the path of the file to write.", null)
            : r.Tokens[0].Value,
    };

    private static readonly Option<string?> SheetOption = new("--sheet")
    {
        Description = "The worksheet of an .xlsx input (a file is a workbook when it starts with the zip signature PK); default: the first visible sheet (a hidden sheet is read only when named, with a warning). Text files have none.",
        HelpName = "name",
        Recursive = true,
    };

    // A file argument: a path, or '-' for standard input; an empty one is a usage error before anything is opened.
    private static Argument<string> FileArgument(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description + " '-' reads standard input." };
        argument.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: var path }] && string.IsNullOrWhiteSpace(path))
            {
                r.AddError($"empty <{name}>: expected the path of a table file, or - for standard input.");
            }
        });
        return argument;
    }

    private static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Ranks, audits, converts and aggregates the monthly window assessment tables of a government service hall. "
            + "Without a command it ranks the bundled November 2023 table.")
        {
            EncodingOption, FormatOption, CultureOption, SheetOption, OutputOption,
        };

        var file = FileArgument("file", "The table: an .xlsx workbook, CSV, TSV, the published report layout or a whole report text.");
        var rank = new Command("rank", "Rank a table and print it in the published layout (blank 序号 on ties).") { file };
        rank.SetAction(p => Commands.Rank(p.GetRequiredValue(file), Import(p), p.GetValue(SheetOption), p.GetValue(OutputOption), output, error));
        root.SetAction(p => Commands.Rank(Path.Combine(AppContext.BaseDirectory, "data", "2023-11.tsv"), Import(p), p.GetValue(SheetOption), p.GetValue(OutputOption), output, error));

        var auditFile = FileArgument("file", "The published table (an .xlsx workbook or a text table), with its printed ranks and totals.");
        var audit = new Command("audit", "Check a published table against its recomputation (ranks, totals, caps).") { auditFile };
        audit.SetAction(p => Commands.Audit(p.GetRequiredValue(auditFile), Import(p), p.GetValue(SheetOption), p.GetValue(OutputOption), output, error));

        var convertFile = FileArgument("file", "The table to convert (an .xlsx workbook or a text table).");
        var to = new Option<OutputFormat>("--to")
        {
            Description = "The output format: csv, markdown, report (the published layout), xlsx (an Excel worksheet) or docx (a Word table); xlsx and docx need --output.",
            HelpName = string.Join('|', OutputFormat.All.Select(f => f.Name)),
            Required = true,
            CustomParser = r => OutputFormat.Find(r.Tokens[0].Value)
                ?? Fail(r, $"unknown --to format '{r.Tokens[0].Value}': expected {OutputFormat.Names()}.", OutputFormat.All[0]),
        };
        var month = new Option<AssessmentPeriod?>("--period")
        {
            Description = "The table's month (2023-11), for a file with no title and no month in its name; it titles an .xlsx or .docx.",
            HelpName = "period",
            CustomParser = r => ParsePeriod(r),
        };
        var convert = new Command("convert", "Rank a table and write it as CSV, Markdown, the published layout, an Excel worksheet or a Word table.") { convertFile, to, month };
        convert.Validators.Add(r =>
        {
            // Before any file is read: a binary format on standard output would garble a terminal or a pipe.
            // (The tokens, not GetValue: an unknown --to has its own error and no value, and GetValue throws on an option
            // given twice, which the parser reports itself.)
            if (r.GetResult(to) is { Tokens: [var token] } && OutputFormat.Find(token.Value) is { IsBinary: true } format && r.GetResult(OutputOption) is null or { Tokens.Count: 0 })
            {
                r.AddError($"convert --to {format.Name} writes a binary file: give --output <file> (standard output takes only the text formats csv, markdown and report).");
            }
        });
        convert.SetAction(p => Commands.Convert(p.GetRequiredValue(convertFile), p.GetRequiredValue(to), Import(p) with { Period = p.GetValue(month) }, p.GetValue(SheetOption), p.GetValue(OutputOption), output, error));

        var files = new Argument<string[]>("files")
        {
            Description = "Monthly tables; each month is taken from the file name (2023-10.tsv) or the report title.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(r =>
        {
            if (r.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                r.AddError("empty <files>: expected the paths of monthly table files.");
            }
        });
        var period = new Option<AssessmentPeriod>("--period")
        {
            Description = "The period to aggregate: a quarter (2023-Q4), a half-year (2023-H2), a year (2023) or a month (2023-11).",
            HelpName = "period",
            Required = true,
            CustomParser = ParsePeriod,
        };
        var method = new Option<AggregationMethod>("--method")
        {
            Description = "How months add up: average (default; of the months assessed), sum, or weighted (needs --evaluations).",
            HelpName = "sum|average|weighted",
            CustomParser = r => r.Tokens[0].Value.ToLowerInvariant() switch
            {
                "sum" => AggregationMethod.Sum,
                "average" => AggregationMethod.Average,
                "weighted" => AggregationMethod.Weighted,
                var other => Fail(r, $"unknown --method '{other}': expected sum, average or weighted.", AggregationMethod.Average),
            },
        };
        var evaluations = new Option<string?>("--evaluations") { Description = "A score-only table (department, score) of annual evaluations, for --method weighted.", HelpName = "file" };
        evaluations.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: var path }] && string.IsNullOrWhiteSpace(path))
            {
                r.AddError("empty --evaluations: expected the path of a score-only table.");
            }
        });
        var alias = new Option<string[]>("--alias")
        {
            Description = "A renamed department, former=current (repeatable): its history carries over.",
            HelpName = "former=current",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        alias.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (token.Value.Split('=') is not [var former, var current] || string.IsNullOrWhiteSpace(former) || string.IsNullOrWhiteSpace(current))
                {
                    r.AddError($"malformed --alias '{token.Value}': expected former=current, such as 省林业厅=省林草局.");
                }
            }
        });
        var minMonths = new Option<int>("--min-months")
        {
            Description = "Fewest months assessed to be ranked; fewer: listed apart.",
            HelpName = "n",
            DefaultValueFactory = _ => 1,
            CustomParser = r => WholeNumber(r, "--min-months", 1, 12),
        };
        var round = new Option<int?>("--round")
        {
            Description = "Round the aggregated totals to this many decimals (0–28), half away from zero; default: exact.",
            HelpName = "n",
            CustomParser = r => WholeNumber(r, "--round", 0, 28),
        };
        var history = new Command("history", "Aggregate monthly tables into a quarter, half-year or year and list the alerts (bottom 10 % for 2 months running, never the top half; drops of more than 20 % of the table).")
        {
            files, period, method, evaluations, alias, minMonths, round,
        };
        history.SetAction(p => Commands.History(
            p.GetRequiredValue(files),
            p.GetRequiredValue(period),
            new AggregationOptions { Method = p.GetValue(method), MinimumMonths = p.GetValue(minMonths), RoundDecimals = p.GetValue(round) },
            p.GetValue(evaluations),
            p.GetValue(alias) ?? [],
            Import(p),
            p.GetValue(SheetOption),
            p.GetValue(OutputOption),
            output,
            error));

        var export = FileArgument("export", "The ratings export (好差评): CSV or TSV (UTF-8 or GBK), or a workbook (.xlsx, .xls; --sheet names its worksheet).");
        var ratingMonth = new Option<AssessmentPeriod>("--period")
        {
            Description = "The month tallied (2025-09); ratings dated outside it are listed as errors and not counted.",
            HelpName = "period",
            Required = true,
            CustomParser = ParsePeriod,
        };
        var rules = new Option<string?>("--scheme") { Description = "The hall's rating rules: a rules file (JSON: rankBy, decimals, rectificationDays, levelPoints …) or the hall's scheme file with its \"ratings\" section.", HelpName = "file" };
        var calendar = CalendarOption();
        var ratings = new Command("ratings", "Tally a month's citizens' ratings (好差评) and print the table in the published layout (序号, 部门, 评价数, the levels, 满意率, 差评数, …).")
        {
            export, ratingMonth, rules, calendar,
        };
        ratings.SetAction(p => Commands.Ratings(p.GetRequiredValue(export), p.GetRequiredValue(ratingMonth), p.GetValue(rules), p.GetValue(calendar) ?? [], Import(p), p.GetValue(SheetOption), p.GetValue(OutputOption), output, error));

        var scheme = new Option<string>("--scheme")
        {
            Description = "The hall's scheme (JSON: base score, rules, budgets, grades, honours, and its 好差评 rules in a \"ratings\" section).",
            HelpName = "file",
            Required = true,
        };
        var events = new Option<string?>("--events") { Description = "The month's event log (部门, 日期, 规则 …): CSV or TSV.", HelpName = "file" };
        var ratingsExport = new Option<string?>("--ratings") { Description = "The month's ratings export (好差评): CSV, TSV or a workbook; the scheme's \"ratings\" section turns it into points.", HelpName = "file" };
        var assessMonth = new Option<AssessmentPeriod>("--period")
        {
            Description = "The month assessed (2025-09); events and ratings dated outside it are listed as errors and not counted.",
            HelpName = "period",
            Required = true,
            CustomParser = ParsePeriod,
        };
        var assessCalendar = CalendarOption();
        var assess = new Command("assess", "Assess a month from a hall's written scheme: its events and its ratings (好差评) become each department's adjustments; "
            + "prints the month's table in the published layout and every adjustment (the departments are those named in the events and the ratings).")
        {
            scheme, events, ratingsExport, assessMonth, assessCalendar,
        };
        foreach (var option in new Option[] { scheme, events, ratingsExport })
        {
            option.Validators.Add(r =>
            {
                if (r.Tokens is [{ Value: var path }] && string.IsNullOrWhiteSpace(path))
                {
                    r.AddError($"empty {r.Option.Name}: expected the path of a file.");
                }
            });
        }

        assess.Validators.Add(r =>
        {
            if (r.GetResult(events) is null && r.GetResult(ratingsExport) is null)
            {
                r.AddError("assess needs --events or --ratings (or both): the departments assessed are those they name.");
            }
        });
        assess.SetAction(p => Commands.Assess(
            p.GetRequiredValue(scheme),
            p.GetValue(events),
            p.GetValue(ratingsExport),
            p.GetRequiredValue(assessMonth),
            p.GetValue(assessCalendar) ?? [],
            Import(p),
            p.GetValue(SheetOption),
            p.GetValue(OutputOption),
            output,
            error));

        root.Add(rank);
        root.Add(audit);
        root.Add(convert);
        root.Add(history);
        root.Add(ratings);
        root.Add(assess);
        AddExitCodesToHelp(root);
        return root;
    }

    // --calendar of ratings and assess: the working days that decide a 差评's rectification deadline.
    private static Option<string[]> CalendarOption() => new("--calendar")
    {
        Description = "A working calendar (holidays and make-up days, one a line: 2025-10-01..2025-10-08 休); repeatable. Default: weekends only.",
        HelpName = "file",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static ImportOptions Import(ParseResult p) => new()
    {
        Encoding = p.GetValue(EncodingOption),
        Format = p.GetValue(FormatOption),
    };

    private static AssessmentPeriod ParsePeriod(ArgumentResult r) => AssessmentPeriod.TryParse(r.Tokens[0].Value, out var p)
        ? p
        : Fail(r, $"malformed --period '{r.Tokens[0].Value}': expected a month (2023-11), a quarter (2023-Q4), a half-year (2023-H2) or a year (2023).", default(AssessmentPeriod));

    private static T Fail<T>(ArgumentResult result, string message, T placeholder)
    {
        result.AddError(message);
        return placeholder;
    }

    private static int WholeNumber(ArgumentResult result, string option, int min, int max)
    {
        var text = result.Tokens[0].Value;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : Fail(result, $"malformed {option} '{text}': expected a whole number from {min} to {max}.", min);
    }

    // The parser's errors, with a specific message for an unknown command and the library's default text otherwise
    // (our own validators already speak for --to (and a binary --to without --output), --period, --method, --encoding, --format, --culture, --alias).
    private static IEnumerable<string> Messages(RootCommand root, ParseResult parse)
    {
        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-'))
        {
            yield return $"unknown command '{parse.UnmatchedTokens[0]}': expected one of {commands} (or no command, to rank the bundled table).";
            yield break;
        }

        foreach (var e in parse.Errors.DistinctBy(e => e.Message))
        {
            yield return e.Message;
        }
    }

    // Help (on every command, to standard output, exit 0) ends with the exit codes of the command.
    private static void AddExitCodesToHelp(RootCommand root)
    {
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: HelpAction help } option)
        {
            option.Action = new HelpWithExitCodes(help);
        }
    }

    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var audit = parseResult.CommandResult.Command.Name == "audit";
            output.WriteLine("Exit codes:");
            output.WriteLine(audit ? "  0  the table is consistent with its recomputation" : "  0  success");
            output.WriteLine(audit ? "  1  findings (or the file has errors)" : "  1  the data has errors (listed on standard error with their lines)");
            output.WriteLine("  2  usage error (named on standard error) or a file that cannot be read or written");
            output.WriteLine();
            return Success;
        }
    }
}
