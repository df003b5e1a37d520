using System.Text;

namespace WindowScoring.Export;

/// <summary>
/// Writes a ranked table in the published report layout of the seed (the appendix of the Sichuan hall's weekly report):
/// the header <c>序号	部门窗口	基础分 分值	减分 分值	加分分值	实得分值</c>, then one tab-separated line per department in
/// ranked order, numbers in their display form (<c>120</c>, <c>114.5</c>; with the scheme's
/// <see cref="ScoringScheme.DisplayDecimals"/> when set, <c>145.20</c>), deductions printed negative (<c>-0.5</c>; zero as
/// <c>0</c>), and the 序号 cell blank on the second and later rows of a tie. Lines end with <c>\n</c>.
/// </summary>
/// <remarks>
/// <para><b>Targets and encoding.</b> <c>Write(table, path)</c> and <c>Write(table, stream)</c> write UTF-8 without a byte
/// order mark, as the seed is; <c>Write(table, textWriter)</c> writes in the writer's encoding; <c>ToText(table)</c>
/// returns a string.</para>
/// <para>Departments not assessed are not part of the ranked table and are not written. A score-only row (no breakdown)
/// leaves the base, deduction and bonus cells blank. The bonus cell shows the bonus that counted after the scheme's bonus
/// cap; a line adds up unless a total cap or floor applied (the total is the capped one, as the scheme publishes it). The
/// layout has no quoting: a tab or line break inside a department name is written as a space, and a name that a
/// spreadsheet would run as a formula gets a leading apostrophe (as <see cref="CsvTableWriter"/> writes it; the reader
/// removes it).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class ReportTableWriter : ITableWriter<RankedTable>
{
    /// <summary>The header line of the published layout (without line end):
    /// <c>序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值</c>, from the columns' report headings
    /// (<see cref="ColumnDefinition.ReportHeading"/>).</summary>
    public static string Header { get; } = string.Join('\t', RankedColumns.Report.Columns.Select(c => c.Header(TableLanguage.Chinese)));

    /// <summary>A shared instance.</summary>
    public static ReportTableWriter Default { get; } = new();

    /// <summary><c>txt</c>.</summary>
    public string FileExtension => "txt";

    /// <summary><c>text/plain; charset=utf-8</c>.</summary>
    public string MediaType => "text/plain; charset=utf-8";

    /// <summary>Writes a ranked table to a file, UTF-8 without a byte order mark; the file is created or overwritten.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RankedTable table, string path)
    {
        Preconditions.CheckNotNull(table);
        TextTarget.ToFile(path, TextTarget.Utf8, Body(table));
    }

    /// <summary>Writes a ranked table to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, Stream stream)
    {
        Preconditions.CheckNotNull(table);
        TextTarget.ToStream(stream, TextTarget.Utf8, Body(table));
    }

    /// <summary>Writes a ranked table to a stream asynchronously: the bytes of <see cref="Write(RankedTable, Stream)"/>, passed on every few kilobytes, with no synchronous write.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream).</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RankedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        TextTarget.ToStreamAsync(stream, TextTarget.Utf8, Body(Preconditions.CheckNotNull(table)), cancellationToken);

    /// <summary>Writes a ranked table as text in the writer's encoding.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        TextTarget.ToWriter(Preconditions.CheckNotNull(writer), Body(table));
    }

    /// <summary>Renders a ranked table as a string in the report layout.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The header and rows, each ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table)
    {
        Preconditions.CheckNotNull(table);
        return TextTarget.ToText(Body(table));
    }

    /// <summary>Writes the month's 好差评 table in the published layout (序号, 部门, 评价数, 非常满意, 满意, 基本满意, 不满意,
    /// 非常不满意, 满意率 as <c>87.50%</c>, 差评数, then the rest; tab-separated, <c>\n</c> line ends, 序号 blank on ties) to text.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(Ratings.RatingTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        TextTarget.ToWriter(Preconditions.CheckNotNull(writer), w => WriteReport(RatingTableColumns.Table, table, w));
    }

    /// <summary>Renders the month's 好差评 table as a string in the published layout (see <see cref="Write(Ratings.RatingTable, TextWriter)"/>).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <returns>The header and rows, each ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(Ratings.RatingTable table)
    {
        Preconditions.CheckNotNull(table);
        return TextTarget.ToText(w => WriteReport(RatingTableColumns.Table, table, w));
    }

    // The report formatter: Chinese headers, tab-separated, text cells kept on one cell and away from formulas.
    private static IEnumerable<int> WriteReport<TTable, TLine>(TableShape<TTable, TLine> shape, TTable table, TextWriter writer)
    {
        var columns = shape.Columns;
        var b = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : "\t").Append(columns[i].Header(TableLanguage.Chinese));
        }

        writer.Write(b.Append('\n').ToString());
        foreach (var line in shape.Lines(table))
        {
            b.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = columns[i].Cell(table, line, TableLanguage.Chinese);
                b.Append(i == 0 ? string.Empty : "\t").Append(columns[i].IsText ? Cell(cell) : cell);
            }

            writer.Write(b.Append('\n').ToString());
            yield return 0;
        }

        writer.Flush();
    }

    private static TextBody Body(RankedTable table) => w => WriteReport(RankedColumns.Report, table, w);

    // One text cell of the unquoted layout: no separator or line break inside, no formula at the start; quoted (quotes
    // doubled) only when it starts with a quote, which a reader would otherwise take for the start of a quoted field.
    private static string Cell(string text)
    {
        var cell = FormulaEscape.Escape(text.IndexOfAny(['\t', '\r', '\n']) < 0 ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));
        return cell.StartsWith('"') ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
