// WindowScoring command-line sample.
//   dotnet run --project samples/WindowScoring.Cli                                  rank the bundled November 2023 table
//   dotnet run --project samples/WindowScoring.Cli -- rank <file>                   rank a table (CSV/TSV/report layout/report text)
//   dotnet run --project samples/WindowScoring.Cli -- audit <file>                  check a published table against a recomputation
//   dotnet run --project samples/WindowScoring.Cli -- convert <file> --to csv|markdown|report
// Exit codes: 0 success (audit: consistent), 1 the file has errors (audit: findings), 2 usage error or unreadable file.
using System.Text;
using WindowScoring.Audit;
using WindowScoring.Domain;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Scoring;

Console.OutputEncoding = Encoding.UTF8;
var bundled = Path.Combine(AppContext.BaseDirectory, "data", "2023-11.tsv");

return args switch
{
    [] => Rank(bundled),
    ["rank", var file] => Rank(file),
    ["audit", var file] => Audit(file),
    ["convert", var file, "--to", var format] => Convert(file, format),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: WindowScoring.Cli [rank <file> | audit <file> | convert <file> --to csv|markdown|report]");
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
    Console.Out.Write(format switch
    {
        "csv" => CsvTableWriter.Default.ToText(ranked),
        "markdown" => MarkdownTableWriter.Default.ToText(ranked),
        _ => ReportTableWriter.Default.ToText(ranked),
    });
    return 0;
}
