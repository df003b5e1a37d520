using System.Globalization;
using WindowScoring.History;

namespace WindowScoring.Export;

/// <summary>
/// Writes an <see cref="AggregatedTable"/> (a quarter, half-year or year) as CSV or as a Markdown table: columns
/// 序号, 部门窗口, 部门代码, 分组, 考核月数, 月度合计, 月均分, 评价分, 综合得分, 备注 (or English headers); the ranked rows
/// first, then the departments listed apart with <c>不参与排名</c> in the total cell and the reason as note.
/// </summary>
/// <remarks>
/// <para>Numbers are invariant and exact in their shortest form (an average such as <c>100 / 3</c> prints all its
/// digits; round through <see cref="AggregationOptions.RoundDecimals"/>, which rounds the total). The note of a ranked
/// row lists its months when it was assessed in fewer months than the period has tables.</para>
/// <para>CSV: every column always, RFC 4180 quoting, CRLF, text cells escaped against spreadsheet formulas as
/// <see cref="CsvTableWriter"/> does, UTF-8 with a BOM for streams. Markdown: no code column; the group column only
/// when the options set groups, the evaluation column only for a weighted aggregation; <c>\n</c> line ends.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class AggregatedTableWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The header language; Chinese by default.</param>
    /// <param name="delimiter">The CSV field separator; comma by default (semicolon and tab are the other choices).</param>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is not a comma, semicolon or tab.</exception>
    public AggregatedTableWriter(TableLanguage language = TableLanguage.Chinese, char delimiter = ',')
    {
        Preconditions.CheckArgument(delimiter is ',' or ';' or '\t', "The delimiter must be a comma, a semicolon or a tab.", nameof(delimiter));
        Language = Preconditions.CheckDefined(language);
        Delimiter = delimiter;
    }

    /// <summary>A writer with Chinese headers and commas.</summary>
    public static AggregatedTableWriter Default { get; } = new();

    /// <summary>The header language.</summary>
    public TableLanguage Language { get; }

    /// <summary>The CSV field separator.</summary>
    public char Delimiter { get; }

    /// <summary>Writes the table as CSV text (no BOM: the writer's encoding is the caller's).</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCsv(AggregatedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        HistoryColumns.WriteCsv(writer, Delimiter, HistoryColumns.AggregatedHeaders(Language), HistoryColumns.AggregatedCells(table, Language), [1, 2, 3, 9]);
    }

    /// <summary>Writes the table as CSV to a stream, UTF-8 with a BOM.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCsv(AggregatedTable table, Stream stream)
    {
        using var writer = HistoryColumns.Utf8WithBom(stream);
        WriteCsv(table, writer);
    }

    /// <summary>Writes the table as a Markdown table.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteMarkdown(AggregatedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        var keep = Enumerable.Range(0, 10).Where(i => i != HistoryColumns.AggregatedCode
            && (i != HistoryColumns.AggregatedGroup || table.Options.Groups is not null)
            && (i != HistoryColumns.AggregatedEvaluation || table.Options.Method == AggregationMethod.Weighted)).ToArray();
        HistoryColumns.WriteMarkdownLine(writer, keep.Select(i => HistoryColumns.AggregatedHeaders(Language)[i]));
        writer.Write("|" + string.Join("|", keep.Select(i => i is 1 or 3 or 9 ? "---" : "---:")) + "|\n");
        foreach (var cells in HistoryColumns.AggregatedCells(table, Language))
        {
            HistoryColumns.WriteMarkdownLine(writer, keep.Select(i => cells[i]));
        }
    }

    /// <summary>Renders the table as CSV text.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToCsv(AggregatedTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(table, writer);
        return writer.ToString();
    }

    /// <summary>Renders the table as Markdown text.</summary>
    /// <param name="table">The aggregated table.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToMarkdown(AggregatedTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdown(table, writer);
        return writer.ToString();
    }
}
