using System.Text;
using WindowScoring.History;

namespace WindowScoring.Export;

/// <summary>
/// Writes tables as Markdown (GitHub) tables for reading: a ranked table, an aggregated table or one department's history,
/// with the columns of <see cref="CsvTableWriter"/> less those a reader does not need (no code column; a group column only
/// when the table has groups; an evaluation column only for a weighted aggregation). A department's history is followed by
/// a blank line and a summary line (best and worst rank, the months at rank 1).
/// </summary>
/// <remarks>
/// <para><b>Targets and encoding.</b> Every table kind has four overloads: <c>Write(table, path)</c> and
/// <c>Write(table, stream)</c> write UTF-8 without a byte order mark; <c>Write(table, textWriter)</c> writes in the
/// writer's encoding; <c>ToText(table)</c> returns a string.</para>
/// <para><b>Format.</b> Numbers right-aligned, in their display form as <see cref="CsvTableWriter"/> writes them; lines end
/// with <c>\n</c>. Cells are escaped so that no text becomes markup: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as HTML
/// entities (no <c>&lt;img onerror=…&gt;</c> survives), and <c>\</c>, <c>`</c>, <c>[</c>, <c>]</c>, <c>(</c>, <c>)</c> and
/// <c>|</c> with a backslash (no link, no code span, no extra cell); a line break inside a cell becomes <c>&lt;br&gt;</c>,
/// the only markup the writer emits itself.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class MarkdownTableWriter : ITableWriter<RankedTable>, ITableWriter<AggregatedTable>, ITableWriter<DepartmentHistory>
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The header language; Chinese by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public MarkdownTableWriter(TableLanguage language = TableLanguage.Chinese)
    {
        Language = Preconditions.CheckDefined(language);
    }

    /// <summary>A writer with Chinese headers.</summary>
    public static MarkdownTableWriter Default { get; } = new();

    /// <summary>The header language.</summary>
    public TableLanguage Language { get; }

    /// <summary><c>md</c>.</summary>
    public string FileExtension => "md";

    /// <summary><c>text/markdown; charset=utf-8</c>.</summary>
    public string MediaType => "text/markdown; charset=utf-8";

    /// <summary>Writes a ranked table to a file, UTF-8 without a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RankedTable table, string path) => Render(RankedColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8, w));

    /// <summary>Writes a ranked table to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, Stream stream) => Render(RankedColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8, w));

    /// <summary>Writes a ranked table to a stream asynchronously: the bytes of <see cref="Write(RankedTable, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RankedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8, Body(RankedColumns.Table, Preconditions.CheckNotNull(table)), cancellationToken);

    /// <summary>Writes a ranked table as text in the writer's encoding.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer) => Render(RankedColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders a ranked table as Markdown text.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table) => RenderText(RankedColumns.Table, table);

    /// <summary>Writes an aggregated table (a quarter, half-year or year) to a file, UTF-8 without a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(AggregatedTable table, string path) => Render(AggregatedColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8, w));

    /// <summary>Writes an aggregated table to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(AggregatedTable table, Stream stream) => Render(AggregatedColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8, w));

    /// <summary>Writes an aggregated table to a stream asynchronously: the bytes of <see cref="Write(AggregatedTable, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(AggregatedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8, Body(AggregatedColumns.Table, Preconditions.CheckNotNull(table)), cancellationToken);

    /// <summary>Writes an aggregated table as text in the writer's encoding.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(AggregatedTable table, TextWriter writer) => Render(AggregatedColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders an aggregated table as Markdown text.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(AggregatedTable table) => RenderText(AggregatedColumns.Table, table);

    /// <summary>Writes a department's history and its summary line to a file, UTF-8 without a byte order mark; the file is created or overwritten.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(DepartmentHistory history, string path) => Render(HistoryColumns.Table, history, w => TextTarget.ToFile(path, TextTarget.Utf8, w));

    /// <summary>Writes a department's history and its summary line to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(DepartmentHistory history, Stream stream) => Render(HistoryColumns.Table, history, w => TextTarget.ToStream(stream, TextTarget.Utf8, w));

    /// <summary>Writes a department's history to a stream asynchronously: the bytes of <see cref="Write(DepartmentHistory, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(DepartmentHistory history, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8, Body(HistoryColumns.Table, Preconditions.CheckNotNull(history)), cancellationToken);

    /// <summary>Writes a department's history and its summary line as text in the writer's encoding.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(DepartmentHistory history, TextWriter writer) => Render(HistoryColumns.Table, history, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders a department's history and its summary line as Markdown text.</summary>
    /// <param name="history">The department's history.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public string ToText(DepartmentHistory history) => RenderText(HistoryColumns.Table, history);

    /// <summary>One cell as Markdown text: HTML and link syntax escaped, line breaks as <c>&lt;br&gt;</c>.</summary>
    internal static string EscapeCell(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '&' => b.Append("&amp;"),
                '<' => b.Append("&lt;"),
                '>' => b.Append("&gt;"),
                '\\' or '`' or '[' or ']' or '(' or ')' or '|' => b.Append('\\').Append(c),
                '\n' => b.Append("<br>"),
                _ => b.Append(c),
            };
        }

        return b.ToString();
    }

    /// <summary>Writes the month's 好差评 table to a file, UTF-8 without a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(Ratings.RatingTable table, string path) => Render(RatingTableColumns.Table, table, w => TextTarget.ToFile(path, TextTarget.Utf8, w));

    /// <summary>Writes the month's 好差评 table to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(Ratings.RatingTable table, Stream stream) => Render(RatingTableColumns.Table, table, w => TextTarget.ToStream(stream, TextTarget.Utf8, w));

    /// <summary>Writes the month's 好差评 table as text.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(Ratings.RatingTable table, TextWriter writer) => Render(RatingTableColumns.Table, table, body => TextTarget.ToWriter(Preconditions.CheckNotNull(writer), body));

    /// <summary>Renders the month's 好差评 table as a Markdown table (序号 blank on ties, 满意率 as <c>87.50%</c>).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <returns>The Markdown text.</returns>
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

    private TextBody Body<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table) => w => WriteMarkdown(shape, table, w);

    // The Markdown formatter: the columns the table shows, numbers right-aligned, cells escaped, then the summary line.
    private IEnumerable<int> WriteMarkdown<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table, TextWriter writer)
    {
        var columns = shape.ColumnsOf(table).Where(c => c.InMarkdown(table)).ToArray();
        var b = new StringBuilder("|");
        foreach (var column in columns)
        {
            b.Append(' ').Append(EscapeCell(column.Header(Language))).Append(" |");
        }

        b.Append("\n|");
        foreach (var column in columns)
        {
            b.Append(!column.IsText ? "---:|" : "---|");
        }

        writer.Write(b.Append('\n').ToString());
        foreach (var line in shape.Lines(table))
        {
            b.Clear().Append('|');
            foreach (var column in columns)
            {
                b.Append(' ').Append(EscapeCell(column.Cell(table, line, Language))).Append(" |");
            }

            writer.Write(b.Append('\n').ToString());
            yield return 0;
        }

        if (shape.Summary(table, Language) is { } summary)
        {
            writer.Write('\n');
            writer.Write(summary); // our own words and figures, no user text
            writer.Write('\n');
        }

        writer.Flush();
    }
}
