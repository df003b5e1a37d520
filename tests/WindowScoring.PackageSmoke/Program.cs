// Package smoke test: uses WindowScoring as a consumer does (from the .nupkg), ranks the November 2023 table,
// and checks the layout of the package itself. Exit code 0 when every check passes.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using WindowScoring;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.OpenXml;

var failures = new List<string>();
var checks = 0;
void Check(bool condition, string what)
{
    checks++;
    if (!condition)
    {
        failures.Add(what);
    }
}

// 1. The consumer ranks the November 2023 table and gets the published lines back.
var table = Path.Combine(AppContext.BaseDirectory, "2023-11.tsv");
var imported = AssessmentTableReader.Default.Read(table).EnsureSuccess();
var ranked = ScoringEngine.Default.Rank(imported.ToTable());
var written = ReportTableWriter.Default.ToText(ranked).Split('\n')[..^1];
var published = File.ReadAllLines(table).Where(l => l.Length > 0).ToArray();
Check(written.SequenceEqual(published), "the ranked table reproduces the published lines");
Check(ranked.Rows.Count == 29 && ranked.Rows[1].PrintedRank == "" && ranked.Rows[2].Rank == 3m, "ranks 1, 1, 3");

// 2. The package's layout.
var version = typeof(ScoringEngine).Assembly.GetName().Version!;
var packages = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/packages"));
var nupkg = Directory.GetFiles(packages, "WindowScoring.*.nupkg").Single(p => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(p), @"^WindowScoring\.[0-9].*\.nupkg$"));
using (var zip = ZipFile.OpenRead(nupkg))
{
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var tfm in new[] { "net8.0", "net10.0" })
    {
        Check(entries.Contains($"lib/{tfm}/WindowScoring.dll"), $"lib/{tfm}/WindowScoring.dll");
        Check(entries.Contains($"lib/{tfm}/WindowScoring.xml"), $"lib/{tfm}/WindowScoring.xml (XML docs)");
        using var dll = new MemoryStream();
        using (var s = zip.GetEntry($"lib/{tfm}/WindowScoring.dll")!.Open())
        {
            s.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        Check(pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb), $"{tfm}: embedded PDB");
    }

    Check(entries.Contains("README.md"), "README.md as the package readme");
    Check(entries.Count(e => e.StartsWith("linqpad-samples/", StringComparison.Ordinal) && e.EndsWith(".linq", StringComparison.Ordinal)) >= 4, "linqpad-samples/*.linq");

    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var nuspecStream = nuspecEntry.Open();
    var nuspec = XDocument.Load(nuspecStream);
    XNamespace ns = nuspec.Root!.Name.Namespace;
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    string? Meta(string name) => metadata.Element(ns + name)?.Value;
    Check(Meta("license") == "MIT" && metadata.Element(ns + "license")!.Attribute("type")!.Value == "expression", "SPDX licence expression MIT");
    Check(Meta("readme") == "README.md", "readme element");
    Check((Meta("tags") ?? "").Contains("linqpad-samples", StringComparison.Ordinal), "linqpad-samples tag");
    Check(!string.IsNullOrEmpty(Meta("description")) && !string.IsNullOrEmpty(Meta("authors")) && !string.IsNullOrEmpty(Meta("projectUrl")), "description, authors, project URL");
    Check(metadata.Element(ns + "repository")?.Attribute("url") is not null, "repository URL");
    Check(Meta("version") == $"{version.Major}.{version.Minor}.{version.Build}", "version matches the assembly");

    var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value));
    foreach (var tfm in new[] { "net8.0", "net10.0" })
    {
        Check(groups.TryGetValue(tfm, out var deps)
            && deps.GetValueOrDefault("CsvHelper") == "34.0.0"
            && deps.GetValueOrDefault("FluentValidation") == "12.2.0"
            && deps.GetValueOrDefault("Microsoft.Extensions.DependencyInjection.Abstractions") == "8.0.2"
            && deps.Count == 3, $"{tfm} dependencies: CsvHelper >= 34.0.0, FluentValidation >= 12.2.0, DI.Abstractions >= 8.0.2 and nothing else");
    }
}

// 3. The Excel and Word package: the seed written as a workbook reads back to the same rows; its layout and dependencies.
using (var workbook = new MemoryStream())
{
    XlsxTableWriter.Default.Write(ranked, workbook);
    workbook.Position = 0;
    var back = WorkbookReader.Read(workbook);
    Check(!back.HasErrors && back.Rows.Select(r => r.Assessment).SequenceEqual(ranked.Rows.Select(r => r.Assessment)), "OpenXml: the written workbook reads back to the ranked assessments");
    Check(WorkbookReader.IsWorkbook(workbook.ToArray()), "OpenXml: IsWorkbook");
    using var document = new MemoryStream();
    DocxTableWriter.Default.Write(ranked, document);
    Check(document.Length > 0 && WorkbookReader.IsWorkbook(document.ToArray()), "OpenXml: a .docx is written");
}

var openXmlPackage = Directory.GetFiles(packages, "WindowScoring.OpenXml.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
using (var zip = ZipFile.OpenRead(openXmlPackage))
{
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var tfm in new[] { "net8.0", "net10.0" })
    {
        Check(entries.Contains($"lib/{tfm}/WindowScoring.OpenXml.dll") && entries.Contains($"lib/{tfm}/WindowScoring.OpenXml.xml"), $"OpenXml: lib/{tfm} with XML docs");
    }

    Check(entries.Contains("README.md"), "OpenXml: README.md");
    using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
    var nuspec = XDocument.Load(nuspecStream);
    XNamespace ns = nuspec.Root!.Name.Namespace;
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value));
    foreach (var tfm in new[] { "net8.0", "net10.0" })
    {
        Check(groups.TryGetValue(tfm, out var deps)
            && deps.GetValueOrDefault("DocumentFormat.OpenXml") == "3.3.0"
            && deps.GetValueOrDefault("ExcelDataReader") == "3.6.0"
            && deps.GetValueOrDefault("WindowScoring") == metadata.Element(ns + "version")!.Value
            && deps.Count == 3, $"OpenXml {tfm} dependencies: DocumentFormat.OpenXml >= 3.3.0, ExcelDataReader >= 3.6.0 and WindowScoring, nothing else");
    }
}

foreach (var failure in failures)
{
    Console.Error.WriteLine("smoke: FAILED " + failure);
}

Console.WriteLine($"smoke: {checks - failures.Count} of {checks} package checks passed");
return failures.Count == 0 ? 0 : 1;
