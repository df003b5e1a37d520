using System.Globalization;
using CsvHelper;
using WindowScoring.History;

namespace WindowScoring.Export;

/// <summary>
/// Writes tables as CSV: a ranked table (序号, 部门窗口, 部门代码, 分组, 基础分, 减分, 加分, 实得分值, 备注), an aggregated table
/// (序号, 部门窗口, 部门代码, 分组, 考核月数, 月度合计, 月均分, 评价分, 综合得分, 备注) or one department's history (月份, 部门窗口,
/// 名次, 参评数, 实得分值, 上次月份, 上次名次, 变化, 备注), with Chinese or English headers. Every column is always written.
/// </summary>
/// <remarks>
/// <para><b>Targets and encoding.</b> Every table kind has four overloads: <c>Write(table, path)</c> and
/// <c>Write(table, stream)</c> write UTF-8 <i>with</i> a byte order mark, so Excel shows Chinese text correctly;
/// <c>Write(table, textWriter)</c> writes text in the writer's own encoding and adds no mark; <c>ToText(table)</c> returns
/// a string with no mark.</para>
/// <para><b>Format.</b> RFC 4180 quoting, CRLF line ends, the chosen delimiter. Numbers are invariant and in their display
/// form (<see cref="ScoreText"/>): the shortest exact form (<c>-12</c>, <c>4.5</c>) unless the scheme sets
/// <see cref="ScoringScheme.DisplayDecimals"/> (<c>145.20</c>); averages of an aggregated table are rounded for display to
/// those decimals, or to 2 when none are set, half away from zero. Deductions are printed negative as published tables
/// print them, the bonus as assessed and the total after the scheme's caps (the note names the limits that applied).
/// Departments not assessed follow the ranked rows with <c>不参与考核</c> in the total cell (in both languages) and the
/// reason as note; departments listed apart from an aggregated ranking follow with <c>不参与排名</c> (<c>not ranked</c>).</para>
/// <para><b>Reading back.</b> <see cref="Import.AssessmentTableReader"/> reads a ranked table back to equal assessments
/// (unless <see cref="ScoringScheme.DisplayDecimals"/> rounded a figure with more decimals).</para>
/// <para><b>Formulas.</b> A text cell that a spreadsheet program would run as a formula — one beginning with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, their full-width forms <c>＝ ＋ － ＠</c>, a tab or a carriage return, also after a
/// byte order mark or a bidirectional control character — is written with a leading apostrophe; the reader removes it.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class CsvTableWriter : ITableWriter<RankedTable>, ITableWriter<AggregatedTable>, ITableWriter<DepartmentHistory>
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The header language; Chinese by default.</param>
    /// <param name="delimiter">The field separator; comma by default (semicolon and tab are the other choices).</param>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is not a comma, semicolon or tab.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public CsvTableWriter(TableLanguage language = TableLanguage.Chinese, char delimiter = ',')
    {
        Preconditions.CheckArgument(delimiter is ',' or ';' or '\t', "The delimiter must be a comma, a semicolon or a tab.", nameof(delimiter));
        Language = Preconditions.CheckDefined(language);
        Delimiter = delimiter;
    }

    /// <summary>A writer with Chinese headers and commas.</summary>
    public static CsvTableWriter Default { get; } = new();

    /// <summary>The header language.</summary>
    public TableLanguage Language { get; }

    /// <summary>The field separator.</summary>
    public char Delimiter { get; }

    /// <summary><c>tsv</c> when the separator is a tab, else <c>csv</c>.</summary>
    public string FileExtension => Delimiter == '\t' ? "tsv" : "csv";

    /// <summary><c>text/tab-separated-values</c> when the separator is a tab, else <c>text/csv</c>; with <c>charset=utf-8</c>.</summary>
    public string MediaType => (Delimiter == '\t' ? "text/tab-separated-values" : "text/csv") + "; charset=utf-8";

    /// <summary>Writes a ranked table to a file, UTF-8 with a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RankedTable table, string path) => Render(RankedColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8WithBom, w));

    /// <summary>Writes a ranked table to a stream, UTF-8 with a byte order mark (when the stream is at its start).</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, Stream stream) => Render(RankedColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8WithBom, w));

    /// <summary>Writes a ranked table to a stream asynchronously: the bytes of <see cref="Write(RankedTable, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RankedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8WithBom, Body(RankedColumns.Table, Preconditions.CheckNotNull(table)), cancellationToken);

    /// <summary>Writes a ranked table as text; no byte order mark (the writer's encoding is the caller's).</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer) => Render(RankedColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders a ranked table as CSV text, without a byte order mark.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table) => RenderText(RankedColumns.Table, table);

    /// <summary>Writes an aggregated table (a quarter, half-year or year) to a file, UTF-8 with a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(AggregatedTable table, string path) => Render(AggregatedColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8WithBom, w));

    /// <summary>Writes an aggregated table to a stream, UTF-8 with a byte order mark (when the stream is at its start).</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(AggregatedTable table, Stream stream) => Render(AggregatedColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8WithBom, w));

    /// <summary>Writes an aggregated table to a stream asynchronously: the bytes of <see cref="Write(AggregatedTable, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(AggregatedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8WithBom, Body(AggregatedColumns.Table, Preconditions.CheckNotNull(table)), cancellationToken);

    /// <summary>Writes an aggregated table as text; no byte order mark (the writer's encoding is the caller's).</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(AggregatedTable table, TextWriter writer) => Render(AggregatedColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders an aggregated table as CSV text, without a byte order mark.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(AggregatedTable table) => RenderText(AggregatedColumns.Table, table);

    /// <summary>Writes a department's history to a file, UTF-8 with a byte order mark; the file is created or overwritten.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(DepartmentHistory history, string path) => Render(HistoryColumns.Table, history, w => TextTarget.ToFile(path, TextTarget.Utf8WithBom, w));

    /// <summary>Writes a department's history to a stream, UTF-8 with a byte order mark (when the stream is at its start).</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(DepartmentHistory history, Stream stream) => Render(HistoryColumns.Table, history, w => TextTarget.ToStream(stream, TextTarget.Utf8WithBom, w));

    /// <summary>Writes a department's history to a stream asynchronously: the bytes of <see cref="Write(DepartmentHistory, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(DepartmentHistory history, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8WithBom, Body(HistoryColumns.Table, Preconditions.CheckNotNull(history)), cancellationToken);

    /// <summary>Writes a department's history as text; no byte order mark (the writer's encoding is the caller's).</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(DepartmentHistory history, TextWriter writer) => Render(HistoryColumns.Table, history, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders a department's history as CSV text, without a byte order mark.</summary>
    /// <param name="history">The department's history.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public string ToText(DepartmentHistory history) => RenderText(HistoryColumns.Table, history);

    /// <summary>Writes the month's 好差评 table to a file, UTF-8 with a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(Ratings.RatingTable table, string path) => Render(RatingTableColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8WithBom, w));

    /// <summary>Writes the month's 好差评 table to a stream, UTF-8 with a byte order mark (when the stream is at its start).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(Ratings.RatingTable table, Stream stream) => Render(RatingTableColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8WithBom, w));

    /// <summary>Writes the month's 好差评 table as text; no byte order mark (the writer's encoding is the caller's).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(Ratings.RatingTable table, TextWriter writer) => Render(RatingTableColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders the month's 好差评 table as CSV text (序号, 部门, 评价数, 非常满意 … 非常不满意, 满意率, 差评数, then the rest),
    /// without a byte order mark.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(Ratings.RatingTable table) => RenderText(RatingTableColumns.Table, table);

    private string RenderText<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table)
        where TTable : class
    {
        Preconditions.CheckNotNull(table);
        return TextTarget.ToText(Body(shape, table));
    }

    // Checks the table before the target is opened (no file is created for a null table), then writes to the target.
    private void Render<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table, Action<TextBody> target)
        where TTable : class
    {
        Preconditions.CheckNotNull(table);
        target(Body(shape, table));
    }

    private TextBody Body<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table) => w => WriteCsv(shape, table, w);

    // The CSV formatter: every column, RFC 4180, CRLF, text cells escaped against formulas.
    private IEnumerable<int> WriteCsv<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table, TextWriter writer)
    {
        var columns = shape.ColumnsOf(table);
        var options = new CsvWriterOptions { Separator = Delimiter, NewLine = "\r\n", ValidateFieldCount = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        var cells = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            cells[i] = columns[i].Header(Language);
        }

        csv.WriteRecord(cells);
        foreach (var line in shape.Lines(table))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = columns[i].Cell(table, line, Language);
                cells[i] = columns[i].IsText ? FormulaEscape.Escape(cell) : cell;
            }

            csv.WriteRecord(cells);
            yield return 0;
        }

        csv.Flush();
    }
}
