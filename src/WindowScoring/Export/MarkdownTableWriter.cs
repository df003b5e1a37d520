using System.Globalization;
using System.Text;

namespace WindowScoring.Export;

/// <summary>
/// Writes a ranked table as a Markdown (GitHub) table with the columns of <see cref="CsvTableWriter"/>
/// but no code column (and a group column only when the table has groups); numbers right-aligned; <c>|</c> escaped and line breaks as <c>&lt;br&gt;</c>.
/// Departments not assessed follow the ranked rows. Lines end with <c>\n</c>. Stateless and thread-safe.
/// </summary>
public sealed class MarkdownTableWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The header language; Chinese by default.</param>
    public MarkdownTableWriter(TableLanguage language = TableLanguage.Chinese)
    {
        Language = Preconditions.CheckDefined(language);
    }

    /// <summary>A writer with Chinese headers.</summary>
    public static MarkdownTableWriter Default { get; } = new();

    /// <summary>The header language.</summary>
    public TableLanguage Language { get; }

    /// <summary>Writes the table.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        // No code column; the group column only when the table has groups.
        var grouped = table.Rows.Any(r => r.Group is not null) || table.NotAssessed.Any(a => a.Group is not null);
        bool Shown(int i) => i != 2 && (i != 3 || grouped);
        WriteLine(writer, TableColumns.Headers(Language).Where((_, i) => Shown(i)));
        writer.Write(grouped ? "|---:|---|---|---:|---:|---:|---:|---|\n" : "|---:|---|---:|---:|---:|---:|---|\n");
        foreach (var cells in TableColumns.Cells(table))
        {
            WriteLine(writer, cells.Where((_, i) => Shown(i)));
        }
    }

    /// <summary>Renders the table as Markdown text.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    private static void WriteLine(TextWriter writer, IEnumerable<string> cells)
    {
        var b = new StringBuilder("|");
        foreach (var cell in cells)
        {
            b.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>")).Append(" |");
        }

        writer.Write(b.Append('\n').ToString());
    }
}
