
namespace WindowScoring.Export;

/// <summary>
/// Writes a ranked table in the published report layout of the seed (the appendix of the Sichuan
/// hall's weekly report): the header <c>序号	部门窗口	基础分 分值	减分 分值	加分分值	实得分值</c>, then one
/// tab-separated line per department in ranked order, numbers in their shortest exact form (<c>120</c>,
/// <c>114.5</c>), deductions printed negative (<c>-0.5</c>; zero as <c>0</c>), and the 序号 cell blank on
/// the second and later rows of a tie. Lines end with <c>\n</c>.
/// </summary>
/// <remarks>
/// Departments not assessed are not part of the ranked table and are not written. A score-only row
/// (no breakdown) leaves the base, deduction and bonus cells blank. The bonus cell shows the bonus that
/// counted after the scheme's bonus cap; a line adds up unless a total cap or floor applied (the total is the
/// capped one, as the scheme publishes it). The layout has no quoting: a tab or line break
/// inside a department name is written as a space, and a name that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>
/// gets a leading apostrophe (as <see cref="CsvTableWriter"/> writes it; the reader removes it), so no cell runs as a
/// spreadsheet formula. Stateless and thread-safe.
/// </remarks>
public sealed class ReportTableWriter
{
    /// <summary>The header line of the published layout (without line end).</summary>
    public const string Header = "序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值";

    /// <summary>A shared instance.</summary>
    public static ReportTableWriter Default { get; } = new();

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            writer.Write(row.PrintedRank);
            writer.Write('\t');
            writer.Write(Cell(row.Department.Name));
            writer.Write('\t');
            writer.Write(row.BaseScore is { } b ? ScoreText.Format(b) : string.Empty);
            writer.Write('\t');
            writer.Write(row.Deduction is { } d ? ScoreText.Format(-d) : string.Empty);
            writer.Write('\t');
            writer.Write(row.CountedBonus is { } bonus ? ScoreText.Format(bonus) : string.Empty);
            writer.Write('\t');
            writer.Write(ScoreText.Format(row.Total));
            writer.Write('\n');
        }
    }

    // One cell of the unquoted layout: no separator or line break inside, no formula at the start.
    private static string Cell(string text) =>
        FormulaEscape.Escape(text.IndexOfAny(['\t', '\r', '\n']) < 0 ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));

    /// <summary>Renders <paramref name="table"/> as a string in the report layout.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The header and rows, each ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }
}
