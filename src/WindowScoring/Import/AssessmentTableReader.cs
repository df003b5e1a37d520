using System.Text;
using System.Text.RegularExpressions;

namespace WindowScoring.Import;

/// <summary>
/// Reads assessment tables: tab-, comma- or semicolon-separated tables with a header row (columns found
/// by header, with Chinese and English aliases), the published report layout of the seed
/// (<c>序号	部门窗口	基础分 分值	减分 分值	加分分值	实得分值</c>, blank 序号 on tied rows, deductions printed
/// negative), and whole report texts whose appendix table follows a title line such as
/// <c>2023年11月省政务服务大厅进驻部门（单位） 窗口考核结果</c>.
/// </summary>
/// <remarks>
/// <para>Data errors never throw: every problem is a <see cref="Diagnostic"/> with its line, and the other
/// rows still come through (call <see cref="ImportResult.EnsureSuccess"/> to fail fast). The result is
/// materialised inside the call. Numbers are parsed strictly and culture-invariantly
/// (see <see cref="ScoreText.TryParse"/>).</para>
/// <para>Stateless; one instance can be shared by any number of threads.</para>
/// </remarks>
public sealed partial class AssessmentTableReader
{
    /// <summary>Creates a reader whose calls use <paramref name="defaults"/> when no options are passed.</summary>
    /// <param name="defaults">The default options; <see cref="ImportOptions.Default"/> when null.</param>
    public AssessmentTableReader(ImportOptions? defaults = null)
    {
        Defaults = defaults ?? ImportOptions.Default;
    }

    /// <summary>A reader with <see cref="ImportOptions.Default"/>.</summary>
    public static AssessmentTableReader Default { get; } = new();

    /// <summary>The options used when a call passes none.</summary>
    public ImportOptions Defaults { get; }

    /// <summary>
    /// Reads a table file. When no period is set in the options and the file has no title, the period is
    /// taken from the file name if it names one (<c>2023-11.tsv</c>, <c>考核结果2023年11月.csv</c>).
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
    public ImportResult Read(string path, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        var rows = new RowList<ImportedRow>();
        return new ImportResult(rows, ReadEach(path, rows.Add, options));
    }

    /// <summary>Reads a table from a stream of bytes, detecting the encoding unless the options set one.</summary>
    /// <param name="stream">The stream; read to its end (or to a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ImportResult Read(Stream stream, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var rows = new RowList<ImportedRow>();
        return new ImportResult(rows, Read(stream, options ?? Defaults, null, null, rows.Add));
    }

    /// <summary>Reads a table from text.</summary>
    /// <param name="reader">The text; read to its end (or to a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null. <see cref="ImportOptions.Encoding"/> does not apply.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public ImportResult Read(TextReader reader, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        var rows = new RowList<ImportedRow>();
        return new ImportResult(rows, ReadText(reader, options ?? Defaults, [], null, null, rows.Add));
    }

    /// <summary>Reads a table from a string (convenient in tests and LINQPad).</summary>
    /// <param name="text">The whole file as text.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The rows and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImportResult ReadText(string text, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        using var reader = new StringReader(text);
        return Read(reader, options);
    }

    /// <summary>
    /// Reads a table file row by row without keeping the rows: <paramref name="onRow"/> gets each row as soon as it is
    /// read, in input order, and the rows are not held in memory (for national roll-ups of millions of rows, where only
    /// totals or aggregates are wanted). Reads exactly what <see cref="Read(string, ImportOptions?)"/> reads, with the
    /// same diagnostics; the period is taken from the file name in the same way.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="onRow">Called once per row, on the calling thread; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="onRow"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened (a programmer or environment error, not a data error).</exception>
    /// <example><code>
    /// var totals = new List&lt;decimal&gt;();
    /// var summary = AssessmentTableReader.Default.ReadEach("national-2023.csv", row =&gt;
    /// {
    ///     if (row.Assessment.Total is { } total) totals.Add(total);
    /// });
    /// summary.EnsureSuccess();
    /// </code></example>
    public ImportSummary ReadEach(string path, Action<ImportedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(onRow);
        options ??= Defaults;
        using var stream = File.OpenRead(path);
        var fromName = options.Period is null ? PeriodIn(Path.GetFileNameWithoutExtension(path)) : null;
        return Read(stream, options, fromName, Path.GetFileName(path), onRow);
    }

    /// <summary>Reads a table from a stream of bytes row by row without keeping the rows (see <see cref="ReadEach(string, Action{ImportedRow}, ImportOptions?)"/>).</summary>
    /// <param name="stream">The stream; read to its end (or to a limit) and left open.</param>
    /// <param name="onRow">Called once per row, in input order; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="onRow"/> is null.</exception>
    public ImportSummary ReadEach(Stream stream, Action<ImportedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(onRow);
        return Read(stream, options ?? Defaults, null, null, onRow);
    }

    /// <summary>Reads a table from text row by row without keeping the rows (see <see cref="ReadEach(string, Action{ImportedRow}, ImportOptions?)"/>).</summary>
    /// <param name="reader">The text; read to its end (or to a limit) and left open.</param>
    /// <param name="onRow">Called once per row, in input order; an exception it throws ends the read and propagates.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null. <see cref="ImportOptions.Encoding"/> does not apply.</param>
    /// <returns>The number of rows passed on and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="onRow"/> is null.</exception>
    public ImportSummary ReadEach(TextReader reader, Action<ImportedRow> onRow, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(onRow);
        return ReadText(reader, options ?? Defaults, [], null, null, onRow);
    }

    private ImportSummary Read(Stream stream, ImportOptions options, AssessmentPeriod? periodFromName, string? fileName, Action<ImportedRow> onRow)
    {
        var diagnostics = new List<Diagnostic>();
        var probed = TextDecoding.Probe(stream, options, diagnostics);
        if (probed.IsUtf8 && options.Format != TableFormat.ReportText)
        {
            // A delimited UTF-8 table goes to CsvHelper as bytes: no decode to UTF-16 and back.
            var head = probed.Head();
            var firstLine = InputText.FirstNonBlankLine(head);
            var delimiter = options.Delimiter ?? InputText.DetectDelimiter(firstLine);
            if (options.Format == TableFormat.Delimited || firstLine is null || TableRowParser.LooksLikeHeader(firstLine.Split(delimiter)))
            {
                using var bytes = probed.OpenUtf8(options.MaxBytes, leaveOpen: true);
                var table = new TableAssembler(options, diagnostics, onRow);
                var session = new CsvTableSession(null, bytes, options, table, delimiter);
                session.Run();
                InputText.ReportInvalid(session.InvalidLine, diagnostics, options);
                if (bytes.BudgetExceeded)
                {
                    table.Error(DiagnosticCodes.InputTooLarge, null, null, ImportText.Pick(options, $"The input is larger than {options.MaxBytes} bytes (ImportOptions.MaxBytes); reading stopped there.", $"文件超过 {options.MaxBytes} 字节（ImportOptions.MaxBytes）；在此停止读取。"));
                }

                return Finish(table, options, diagnostics, null, null, periodFromName, fileName);
            }
        }

        using var reader = probed.OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        return ReadText(reader, options, diagnostics, periodFromName, fileName, onRow, () => reader.InvalidLine);
    }

    private static ImportSummary ReadText(TextReader reader, ImportOptions options, List<Diagnostic> diagnostics, AssessmentPeriod? periodFromName, string? fileName, Action<ImportedRow> onRow, Func<int?>? invalidLine = null)
    {
        var table = new TableAssembler(options, diagnostics, onRow);
        ReportTextSession? report = null;
        var (replay, firstLine) = InputText.Prepare(reader, options);
        var delimiter = options.Delimiter ?? InputText.DetectDelimiter(firstLine);
        var wholeReport = options.Format == TableFormat.ReportText
            || (options.Format == TableFormat.Auto && firstLine is not null && !TableRowParser.LooksLikeHeader(firstLine.Split(delimiter)));
        if (wholeReport)
        {
            report = new ReportTextSession(replay, options, table);
            report.Run();
        }
        else
        {
            new CsvTableSession(replay, null, options, table, delimiter).Run();
        }

        InputText.ReportInvalid(invalidLine?.Invoke(), diagnostics, options);
        if (replay.BudgetExceeded)
        {
            table.Error(DiagnosticCodes.InputTooLarge, null, null, ImportText.Pick(options, $"The input is larger than {options.MaxBytes} characters (ImportOptions.MaxBytes); reading stopped there.", $"文件超过 {options.MaxBytes} 个字符（ImportOptions.MaxBytes）；在此停止读取。"));
        }

        return Finish(table, options, diagnostics, report?.Title, report?.TitlePeriod, periodFromName, fileName);
    }

    private static ImportSummary Finish(TableAssembler table, ImportOptions options, List<Diagnostic> diagnostics, string? title, AssessmentPeriod? titlePeriod, AssessmentPeriod? periodFromName, string? fileName)
    {
        var period = options.Period ?? titlePeriod ?? periodFromName;
        if (options.Period is null && period is not null)
        {
            var source = titlePeriod is not null ? "the title" : "the file name '" + fileName + "'";
            diagnostics.Add(new Diagnostic(DiagnosticCodes.PeriodInferred, DiagnosticSeverity.Info, null, null, period.Value.ToString(),
                ImportText.Pick(options, $"The period {period} was taken from {source}.", $"考核期 {period} 取自{(titlePeriod is not null ? "标题" : "文件名“" + fileName + "”")}。")));
        }

        return new ImportSummary(table.RowCount, diagnostics.ToArray(), period, title);
    }

    /// <summary>Finds a period such as <c>2023年11月</c>, <c>2023-11</c> or <c>2023年第四季度</c> inside a text.</summary>
    internal static AssessmentPeriod? PeriodIn(string text)
    {
        foreach (Match m in PeriodInText().Matches(WhiteSpace().Replace(TextFolding.Fold(text), string.Empty)))
        {
            if (AssessmentPeriod.TryParse(m.Value, out var p))
            {
                return p;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?:年(?:[0-9]{1,2}月|第?[一二三四1-4]季度|[上下]半年|度)?|[-/.][0-9]{1,2}|-?[QqHh][1-4])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInText();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
