using WindowScoring.Import;
using WindowScoring.OpenXml;
using WindowScoring.Ratings;
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
/// cannot be read twice: it is copied once into a temporary file (deleted when closed), at most
/// <see cref="ImportOptions.MaxBytes"/> + 1 bytes of it (one more than a read takes, so the reader still reports the
/// limit), and the period comes from the table's title or <c>--period</c>.
/// </remarks>
internal static class TableFiles
{
    /// <summary>The argument that names standard input.</summary>
    public const string StandardInput = "-";

    public static ImportResult Read(string path, ImportOptions options, string? sheet)
    {
        using var input = Input.Open(path, options.MaxBytes);
        return input.Read(path, options, sheet);
    }

    /// <summary>
    /// A 好差评 ratings export, opened as tables are: a workbook (.xlsx or .xls, by its first bytes) through
    /// <see cref="XlsxTableSource"/> (<c>--sheet</c> names its worksheet), anything else as CSV/TSV text; a pipe is read once.
    /// </summary>
    public static RatingReadResult ReadRatings(string path, ImportOptions options, string? sheet)
    {
        using var input = Input.Open(path, options.MaxBytes);
        if (!input.Workbook)
        {
            return input.Stream is { } text ? RatingReader.Default.Read(text, options) : RatingReader.Default.Read(path, options);
        }

        using var source = input.Stream is { } stream ? new XlsxTableSource(stream, options, sheet) : new XlsxTableSource(path, options, sheet);
        return RatingReader.Default.Read(source, options);
    }

    /// <summary>
    /// The rows of a published table for the audit, every one of them (those an error names too), read twice: first keeping
    /// nothing, then again keeping the rows, unless the first read found more errors than
    /// <see cref="ImportOptions.MaxDiagnostics"/> keeps (WS104 an error). Such a file is not audited (Result is null): its
    /// rows from WS104's line on are vouched for by no diagnostic, and keeping millions of bad rows to check them again
    /// would cost memory without bound.
    /// </summary>
    public static (ImportSummary Check, ImportResult? Result) ReadPublished(string path, ImportOptions options, string? sheet)
    {
        using var input = Input.Open(path, options.MaxBytes);
        var check = input.ReadEach(path, _ => { }, options, sheet);
        if (check.Errors.Any(d => d.Code == DiagnosticCodes.TooManyDiagnostics))
        {
            return (check, null);
        }

        input.Rewind();
        return (check, input.Read(path, options, sheet));
    }

    /// <summary>
    /// The table a command ranks, read twice: first keeping nothing, then, only when that read found no error, again
    /// keeping its rows. A table with errors is never ranked (the command ends with exit code 1), so its rows are not
    /// kept at all: a file of millions of repeated or bad rows costs the memory of its diagnostics (bounded by
    /// <see cref="ImportOptions.MaxDiagnostics"/>), not of its rows. Table is null when there are errors.
    /// </summary>
    public static (ImportSummary Summary, AssessmentTable? Table) ReadTable(string path, ImportOptions options, string? sheet, Action<int> rowsRead)
    {
        using var input = Input.Open(path, options.MaxBytes);
        var count = 0;
        var check = input.ReadEach(path, _ => rowsRead(++count), options, sheet);
        if (check.HasErrors)
        {
            return (check, null);
        }

        input.Rewind();
        var assessments = new List<Assessment>(check.RowCount);
        var notAssessed = new List<NotAssessedEntry>();
        count = 0;
        var summary = input.ReadEach(path, row =>
        {
            if (row.Assessment is { } assessment)
            {
                assessments.Add(assessment);
            }
            else
            {
                notAssessed.Add(row.NotAssessed!);
            }

            rowsRead(++count);
        }, options, sheet);
        return (summary, summary.HasErrors ? null : new AssessmentTable(assessments, summary.Period, summary.Title, notAssessed));
    }

    // An opened input: Stream is null for a regular file (read again by its path), else the copy of a pipe's bytes.
    private sealed class Input(bool workbook, Stream? stream, Stream opened) : IDisposable
    {
        private const int ChunkSize = 81920;

        public bool Workbook { get; } = workbook;

        public Stream? Stream { get; } = stream;

        // Throws IOException (not found, no access) as the readers would; the callers report it with exit code 2.
        public static Input Open(string path, long maxBytes)
        {
            var opened = path == StandardInput ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            Stream? copy = null;
            try
            {
                if (!opened.CanSeek || path == StandardInput)
                {
                    copy = Copy(opened, maxBytes);
                    opened.Dispose();
                    opened = copy;
                }

                var head = new byte[4];
                var read = opened.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                var workbook = WorkbookReader.IsWorkbook(head.AsSpan(0, read));
                opened.Position = 0;
                // A copy cut at the limit is read forward only, as the pipe was: every reader then reports the limit itself.
                return new Input(workbook, copy is null ? null : copy.Length > maxBytes ? new PrefixedStream(ReadOnlyMemory<byte>.Empty, copy) : copy, opened);
            }
            catch
            {
                opened.Dispose();
                throw;
            }
        }

        public ImportResult Read(string path, ImportOptions options, string? sheet) => (Workbook, Stream) switch
        {
            (true, null) => WorkbookReader.Read(path, options, sheet),
            (true, { } stream) => WorkbookReader.Read(stream, options, sheet),
            (false, null) => AssessmentTableReader.Default.Read(path, options),
            (false, { } stream) => AssessmentTableReader.Default.Read(stream, options),
        };

        public ImportSummary ReadEach(string path, Action<PublishedRow> onRow, ImportOptions options, string? sheet) => (Workbook, Stream) switch
        {
            (true, null) => WorkbookReader.ReadEach(path, onRow, options, sheet),
            (true, { } stream) => WorkbookReader.ReadEach(stream, onRow, options, sheet),
            (false, null) => AssessmentTableReader.Default.ReadEach(path, onRow, options),
            (false, { } stream) => AssessmentTableReader.Default.ReadEach(stream, onRow, options),
        };

        // For a second read: a regular file is opened again by its path; the copy of a pipe is read from its start.
        public void Rewind()
        {
            if (Stream is { } stream)
            {
                if (!stream.CanSeek)
                {
                    throw new IOException("the input is larger than the read limit and cannot be read again.");
                }

                stream.Position = 0;
            }
        }

        public void Dispose() => opened.Dispose();

        // The first maxBytes + 1 bytes of a pipe in a temporary file, deleted when closed (never a copy in memory).
        private static FileStream Copy(Stream pipe, long maxBytes)
        {
            var file = new FileStream(Path.Combine(Path.GetTempPath(), "windowscoring-" + Guid.NewGuid().ToString("N") + ".tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.DeleteOnClose);
            try
            {
                var chunk = new byte[ChunkSize];
                long total = 0;
                int read;
                while (total <= maxBytes && (read = pipe.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - total))) > 0)
                {
                    file.Write(chunk, 0, read);
                    total += read;
                }

                file.Position = 0;
                return file;
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
    }
}
