using WindowScoring.Import;
using WindowScoring.OpenXml;
using WindowScoring.Web;

namespace WindowScoring.Cli;

/// <summary>
/// Reads an input file with the reader its content calls for: a zip package (the first bytes are <c>PK\x03\x04</c>, as in
/// every .xlsx) with <see cref="WorkbookReader"/>, anything else with <see cref="AssessmentTableReader"/>. The file name's
/// extension plays no part, so a workbook saved as <c>2023-11.dat</c> still reads. <c>--sheet</c> names the worksheet
/// (the first when not given) and does not apply to text files.
/// </summary>
/// <remarks>
/// Every input is opened once. A regular file (a stream that can seek) is probed, then read by its path, so a month in its
/// name (<c>2023-11.tsv</c>) still gives the period. A pipe, a FIFO, <c>/dev/stdin</c> or <c>-</c> (standard input)
/// cannot be read twice: the probed bytes are given back in front of the rest (<see cref="PrefixedStream"/>), so nothing
/// is lost, and the period comes from the table's title or <c>--period</c>.
/// </remarks>
internal static class TableFiles
{
    /// <summary>The argument that names standard input.</summary>
    public const string StandardInput = "-";

    public static ImportResult Read(string path, ImportOptions options, string? sheet)
    {
        using var input = Input.Open(path);
        return (input.Workbook, input.Stream) switch
        {
            (true, null) => WorkbookReader.Read(path, options, sheet),
            (true, { } stream) => WorkbookReader.Read(stream, options, sheet),
            (false, null) => AssessmentTableReader.Default.Read(path, options),
            (false, { } stream) => AssessmentTableReader.Default.Read(stream, options),
        };
    }

    public static ImportSummary ReadEach(string path, Action<PublishedRow> onRow, ImportOptions options, string? sheet)
    {
        using var input = Input.Open(path);
        return (input.Workbook, input.Stream) switch
        {
            (true, null) => WorkbookReader.ReadEach(path, onRow, options, sheet),
            (true, { } stream) => WorkbookReader.ReadEach(stream, onRow, options, sheet),
            (false, null) => AssessmentTableReader.Default.ReadEach(path, onRow, options),
            (false, { } stream) => AssessmentTableReader.Default.ReadEach(stream, onRow, options),
        };
    }

    // An opened input: Stream is null for a regular file (read again by its path), else the whole of a pipe's bytes.
    private sealed class Input(bool workbook, Stream? stream, Stream opened) : IDisposable
    {
        public bool Workbook { get; } = workbook;

        public Stream? Stream { get; } = stream;

        // Throws IOException (not found, no access) as the readers would; the callers report it with exit code 2.
        public static Input Open(string path)
        {
            var opened = path == StandardInput ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            try
            {
                var head = new byte[4];
                var read = opened.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                var workbook = WorkbookReader.IsWorkbook(head.AsSpan(0, read));
                return opened.CanSeek && path != StandardInput
                    ? new Input(workbook, null, opened)
                    : new Input(workbook, new PrefixedStream(head.AsMemory(0, read), opened), opened);
            }
            catch
            {
                opened.Dispose();
                throw;
            }
        }

        public void Dispose() => opened.Dispose();
    }
}
