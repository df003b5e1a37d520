using WindowScoring.Export;
using WindowScoring.OpenXml;

namespace WindowScoring.Cli;

/// <summary>
/// The formats of <c>convert --to</c>, declared once: the option's validation, its help and the writing all read this
/// list. A text format has a writer for standard output; a binary one (xlsx, docx) is written only to <c>--output</c>.
/// </summary>
internal sealed record OutputFormat(string Name, Action<RankedTable, string> WriteFile, Action<RankedTable, TextWriter>? WriteText)
{
    public bool IsBinary => WriteText is null;

    // The file overloads: CSV gets the byte order mark Excel needs, Markdown and the report UTF-8 without one.
    public static readonly IReadOnlyList<OutputFormat> All =
    [
        new("csv", CsvTableWriter.Default.Write, CsvTableWriter.Default.Write), // a text writer gets no BOM; --output gives a file with one
        new("markdown", MarkdownTableWriter.Default.Write, MarkdownTableWriter.Default.Write),
        new("report", ReportTableWriter.Default.Write, ReportTableWriter.Default.Write),
        new("xlsx", XlsxTableWriter.Default.Write, null),
        new("docx", DocxTableWriter.Default.Write, null),
    ];

    /// <summary>"csv, markdown, report, xlsx or docx".</summary>
    public static string Names(string separator = ", ", string last = " or ") =>
        string.Join(separator, All.Take(All.Count - 1).Select(f => f.Name)) + last + All[^1].Name;

    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.Ordinal));
}
