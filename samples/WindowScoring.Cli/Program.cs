// WindowScoring command-line sample.
//   dotnet run --project samples/WindowScoring.Cli                 ranks the bundled November 2023 table
//   dotnet run --project samples/WindowScoring.Cli -- rank <file>  ranks another table
// Exit codes: 0 success, 1 the file has errors (printed with their line numbers), 2 usage or I/O error.
using System.Text;
using WindowScoring.Domain;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Scoring;

Console.OutputEncoding = Encoding.UTF8;
var bundled = Path.Combine(AppContext.BaseDirectory, "data", "2023-11.tsv");

switch (args)
{
    case []:
        return Rank(bundled);
    case ["rank", var file]:
        return Rank(file);
    default:
        Console.Error.WriteLine("usage: WindowScoring.Cli [rank <file>]");
        return 2;
}

static int Rank(string path)
{
    ImportResult result;
    try
    {
        result = AssessmentTableReader.Default.Read(path);
    }
    catch (IOException e)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        return 2;
    }
    catch (UnauthorizedAccessException e)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        return 2;
    }

    foreach (var d in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
    {
        Console.Error.WriteLine($"{Path.GetFileName(path)}: {d}");
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
