using System.Globalization;
using System.Text;
using CsvHelper;

namespace WindowScoring.Export;

/// <summary>
/// Writes a ranked table as CSV that <see cref="Import.AssessmentTableReader"/> reads back to equal
/// assessments: columns 序号, 部门窗口, 部门代码, 分组, 基础分, 减分, 加分, 实得分值, 备注 (or English headers),
/// RFC 4180 quoting, CRLF line ends, invariant numbers in their shortest exact form, deductions printed
/// negative as published tables print them, the bonus as assessed and the total after the scheme's caps.
/// Departments not assessed follow the ranked rows with <c>不参与考核</c> in the total cell and the reason as note.
/// </summary>
/// <remarks>
/// A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written
/// with a leading apostrophe so spreadsheet programs do not run it as a formula; the reader removes it.
/// Streams and files get UTF-8 with a BOM, so Excel opens Chinese text correctly. Stateless and thread-safe.
/// </remarks>
public sealed class CsvTableWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The header language; Chinese by default.</param>
    /// <param name="delimiter">The field separator; comma by default (semicolon and tab are the other choices).</param>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is not a comma, semicolon or tab.</exception>
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

    /// <summary>Writes the table as text (no BOM: the writer's encoding is the caller's).</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        var options = new CsvWriterOptions { Separator = Delimiter, NewLine = "\r\n", ValidateFieldCount = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteRecord(TableColumns.Headers(Language));
        foreach (var cells in TableColumns.Cells(table))
        {
            foreach (var i in TableColumns.TextCells)
            {
                cells[i] = FormulaEscape.Escape(cells[i]);
            }

            csv.WriteRecord(cells);
        }

        csv.Flush();
    }

    /// <summary>Writes the table to a stream as UTF-8 with a BOM.</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(RankedTable table, Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        Write(table, writer);
    }

    /// <summary>Renders the table as CSV text.</summary>
    /// <param name="table">The ranked table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public string ToText(RankedTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }
}
