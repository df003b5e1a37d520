using WindowScoring.Import;
using WindowScoring.OpenXml;

namespace WindowScoring.Cli;

/// <summary>
/// Reads an input file with the reader its content calls for: a zip package (the first bytes are <c>PK\x03\x04</c>, as in
/// every .xlsx) with <see cref="WorkbookReader"/>, anything else with <see cref="AssessmentTableReader"/>. The file name's
/// extension plays no part, so a workbook saved as <c>2023-11.dat</c> still reads. <c>--sheet</c> names the worksheet
/// (the first when not given) and does not apply to text files.
/// </summary>
internal static class TableFiles
{
    public static ImportResult Read(string path, ImportOptions options, string? sheet) =>
        IsWorkbook(path) ? WorkbookReader.Read(path, options, sheet) : AssessmentTableReader.Default.Read(path, options);

    public static ImportSummary ReadEach(string path, Action<PublishedRow> onRow, ImportOptions options, string? sheet) =>
        IsWorkbook(path) ? WorkbookReader.ReadEach(path, onRow, options, sheet) : AssessmentTableReader.Default.ReadEach(path, onRow, options);

    // Throws IOException (not found, no access) as the readers would; the callers report it with exit code 2.
    private static bool IsWorkbook(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return WorkbookReader.IsWorkbook(head[..read]);
    }
}
