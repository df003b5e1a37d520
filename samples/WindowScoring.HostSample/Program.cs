// WindowScoring host sample: what a host application wires up.
//   dotnet run --project samples/WindowScoring.HostSample                              the bundled November 2023 table
//   dotnet run --project samples/WindowScoring.HostSample -- --culture en <file>        another table, messages in English
//   dotnet run --project samples/WindowScoring.HostSample -- --culture zh-CN data/2023-12-with-errors.tsv
// Builds a container with AddWindowScoring, imports the file, validates it under the seed's scheme (base 100, bonus
// cap 20, steps of 0.5), prints file errors and rule errors in one list, then the ranked table.
// Import and validation messages follow --culture (zh* gives Simplified Chinese, anything else English; default: the
// current UI culture).
// Exit codes: 0 success, 1 the data has errors, 2 usage or I/O error.
using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WindowScoring;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Validation;

Console.OutputEncoding = Encoding.UTF8;

var culture = CultureInfo.CurrentUICulture;
string? path = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--culture" && i + 1 < args.Length)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(args[++i], predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return Usage($"unknown culture '{args[i]}'");
        }
    }
    else if (path is null && !args[i].StartsWith("--", StringComparison.Ordinal))
    {
        path = args[i];
    }
    else
    {
        return Usage($"unexpected argument '{args[i]}'");
    }
}

path ??= Path.Combine(AppContext.BaseDirectory, "data", "2023-11.tsv");
if (!File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, path)))
{
    path = Path.Combine(AppContext.BaseDirectory, path);   // a bundled file named relative to the sample
}

// The host's composition root: one call registers the engine, the reader, the writer and every validator.
var services = new ServiceCollection();
services.AddWindowScoring(o =>
{
    o.Scheme = new ScoringScheme { BonusCap = 20m, Step = 0.5m };
    o.MessageCulture = culture;
    o.Import = new ImportOptions { MessageCulture = culture };   // the importer's messages in the same language
});
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

ImportResult import;
try
{
    import = provider.GetRequiredService<AssessmentTableReader>().Read(path);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{path}: {e.Message}");
    return 2;
}

// File errors and rule errors in one list, in line order (table-level findings first).
var table = import.ToPartialTable(); // file errors are reported below with the rule errors
var ruleDiagnostics = provider.GetRequiredService<IValidator<AssessmentTable>>().Validate(table)
    .ToDiagnostics(import.RowsWithoutErrors()); // the lines of the partial table's rows
var diagnostics = import.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)
    .Concat(ruleDiagnostics)
    .OrderBy(d => d.Line ?? 0)
    .ToArray();

var chinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
var fileName = Path.GetFileName(path);
foreach (var d in diagnostics)
{
    var where = d.Line is { } line ? $"{fileName}:{line.ToString(CultureInfo.InvariantCulture)}" : fileName;
    var column = d.Column is null ? string.Empty : $" [{d.Column}]";
    var raw = d.RawValue is null ? string.Empty : $" '{d.RawValue}'";
    Console.Error.WriteLine($"{where}: {SeverityLabel(d.Severity, chinese)} {d.Code}{column}{raw}: {d.Message}");
}

if (diagnostics.Any(d => d.IsError))
{
    return 1;
}

var ranked = provider.GetRequiredService<ScoringEngine>().Rank(table);
var title = import.Title ?? (import.Period is { } p ? $"{p.ToString("C", null)}窗口考核结果" : fileName);
Console.Out.Write(title + "\n\n");
provider.GetRequiredService<ReportTableWriter>().Write(ranked, Console.Out);
foreach (var a in ranked.NotAssessed)
{
    Console.Out.Write($"不参与排名 (not ranked): {a}\n");
}

return 0;

static string SeverityLabel(DiagnosticSeverity severity, bool chinese) => (severity, chinese) switch
{
    (DiagnosticSeverity.Error, true) => "错误",
    (DiagnosticSeverity.Warning, true) => "警告",
    (_, true) => "提示",
    _ => severity.ToString().ToLowerInvariant(),
};

static int Usage(string problem)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine("usage: WindowScoring.HostSample [--culture zh-CN|en] [file]");
    return 2;
}
