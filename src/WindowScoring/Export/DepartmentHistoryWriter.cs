using System.Globalization;
using WindowScoring.History;

namespace WindowScoring.Export;

/// <summary>
/// Writes one department's history (<see cref="DepartmentHistory"/>) as CSV or as a Markdown table: one line per month
/// with columns 月份, 部门窗口 (the name printed that month), 名次, 参评数, 实得分值, 上次月份, 上次名次, 变化 (上升 2, 下降 3,
/// 持平, 新, 不参与考核), 备注 (or English headers and words).
/// </summary>
/// <remarks>
/// <para>Numbers are invariant and exact in their shortest form. CSV: RFC 4180 quoting, CRLF, text cells escaped against
/// spreadsheet formulas as <see cref="CsvTableWriter"/> does, UTF-8 with a BOM for streams. Markdown: the table, a blank
/// line, then one summary line (best and worst rank and the months at rank 1); <c>\n</c> line ends.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class DepartmentHistoryWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of headers and words; Chinese by default.</param>
    /// <param name="delimiter">The CSV field separator; comma by default (semicolon and tab are the other choices).</param>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is not a comma, semicolon or tab.</exception>
    public DepartmentHistoryWriter(TableLanguage language = TableLanguage.Chinese, char delimiter = ',')
    {
        Preconditions.CheckArgument(delimiter is ',' or ';' or '\t', "The delimiter must be a comma, a semicolon or a tab.", nameof(delimiter));
        Language = Preconditions.CheckDefined(language);
        Delimiter = delimiter;
    }

    /// <summary>A writer with Chinese headers and commas.</summary>
    public static DepartmentHistoryWriter Default { get; } = new();

    /// <summary>The language of headers and words.</summary>
    public TableLanguage Language { get; }

    /// <summary>The CSV field separator.</summary>
    public char Delimiter { get; }

    /// <summary>Writes the history as CSV text (no BOM: the writer's encoding is the caller's).</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCsv(DepartmentHistory history, TextWriter writer)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(writer);
        HistoryColumns.WriteCsv(writer, Delimiter, HistoryColumns.HistoryHeaders(Language), HistoryColumns.HistoryCells(history, Language), [1, 8]);
    }

    /// <summary>Writes the history as CSV to a stream, UTF-8 with a BOM.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCsv(DepartmentHistory history, Stream stream)
    {
        using var writer = HistoryColumns.Utf8WithBom(stream);
        WriteCsv(history, writer);
    }

    /// <summary>Writes the history as a Markdown table followed by its summary line.</summary>
    /// <param name="history">The department's history.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteMarkdown(DepartmentHistory history, TextWriter writer)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(writer);
        HistoryColumns.WriteMarkdownLine(writer, HistoryColumns.HistoryHeaders(Language));
        writer.Write("|---|---|---:|---:|---:|---|---:|---|---|\n");
        foreach (var cells in HistoryColumns.HistoryCells(history, Language))
        {
            HistoryColumns.WriteMarkdownLine(writer, cells);
        }

        writer.Write('\n');
        writer.Write(HistoryColumns.HistorySummary(history, Language));
        writer.Write('\n');
    }

    /// <summary>Renders the history as CSV text.</summary>
    /// <param name="history">The department's history.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public string ToCsv(DepartmentHistory history)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(history, writer);
        return writer.ToString();
    }

    /// <summary>Renders the history as Markdown text.</summary>
    /// <param name="history">The department's history.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public string ToMarkdown(DepartmentHistory history)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdown(history, writer);
        return writer.ToString();
    }
}
