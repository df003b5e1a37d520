using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WindowScoring.Export;
using WindowScoring.Ratings;

namespace WindowScoring.OpenXml;

/// <summary>
/// Writes a ranked table as a Word document (.docx), the appendix of a weekly report (窗口工作周报): the title paragraph
/// and a bordered table in the seed's column order (序号 部门窗口 基础分 分值 减分 分值 加分分值 实得分值, then 备注 when a row has
/// a note), so a clerk can paste it into the report or attach it as it is.
/// </summary>
/// <remarks>
/// <para>Rows and cells are those of <see cref="XlsxTableWriter"/>: ranked rows, the 序号 cell empty on the second and later rows
/// of a tie, deductions printed negative, scores with the scheme's <see cref="ScoringScheme.DisplayDecimals"/>, then the
/// departments not assessed (不参与考核). A grouped table is one table per group, each under a heading paragraph naming the
/// group. The header row repeats at the top of every page; the page is A4 portrait; the font is 宋体 (SimSun).</para>
/// <para><b>Memory.</b> The document is written row by row into its zip entry in a temporary file, so the memory used
/// does not grow with the number of rows (the table itself aside).</para>
/// <para><b>The 好差评 table.</b> The month's <see cref="RatingTable"/> is written the same way (see
/// <see cref="Write(RatingTable, string)"/>).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class DocxTableWriter : ITableWriter<RankedTable>, ITableWriter<RatingTable>
{
    private const string Font = "宋体";

    /// <summary>A shared instance.</summary>
    public static DocxTableWriter Default { get; } = new();

    /// <summary>
    /// Writes a ranked table to a .docx file, whole or not at all: to a temporary file in the same folder, then moved over
    /// the target, so a failure leaves an existing file as it was.
    /// </summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or a text of the table cannot be
    /// written (a control character, U+FFFE, U+FFFF, half a surrogate pair): the message names the department; no file is touched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RankedTable table, string path) => WritableText.ToFile(table, path, () => Package(PublishedLayout.For(table)));

    /// <summary><c>docx</c>.</summary>
    public string FileExtension => "docx";

    /// <summary><c>application/vnd.openxmlformats-officedocument.wordprocessingml.document</c>.</summary>
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Writes a ranked table to a stream as a .docx document (built in a temporary file, then copied: the stream need not seek).</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text of the table cannot be written (see the path overload); nothing is written.</exception>
    public void Write(RankedTable table, Stream stream) => WritableText.ToStream(table, stream, () => Package(PublishedLayout.For(table)));

    /// <summary>
    /// Writes a ranked table to a stream as a .docx document with no synchronous write to it: the document is built in a
    /// temporary file (the Open XML SDK needs a stream it can seek), then copied to the stream asynchronously. The same
    /// document as <see cref="Write(RankedTable, Stream)"/>.
    /// </summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text of the table cannot be written (see the path overload); nothing is written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RankedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        WritableText.ToStreamAsync(table, stream, () => Package(PublishedLayout.For(table)), cancellationToken);

    /// <summary>
    /// Writes the month's 好差评 table (<see cref="RatingTable"/>) to a .docx document file, whole or not at all: the title
    /// <c>2025年10月好差评统计</c>, then the columns of <see cref="RatingColumns.Table"/> (序号 部门 评价数, the five levels, 满意率,
    /// 差评数, then the rest), one row per department as the table has them; counts are numbers, 满意率 the text the CSV prints.
    /// </summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or a name cannot be written
    /// (a control character, U+FFFE, U+FFFF, half a surrogate pair): the message names the department; no file is touched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RatingTable table, string path) => WritableText.ToFile(table, path, () => Package(RatingLayout.For(table)));

    /// <summary>Writes the month's 好差评 table to a stream as a .docx document (see <see cref="Write(RatingTable, string)"/>; built in a temporary file, then copied).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name cannot be written (see the path overload); nothing is written.</exception>
    public void Write(RatingTable table, Stream stream) => WritableText.ToStream(table, stream, () => Package(RatingLayout.For(table)));

    /// <summary>Writes the month's 好差评 table to a stream as a .docx document with no synchronous write to it; the same bytes as
    /// <see cref="Write(RatingTable, Stream)"/>.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name cannot be written (see the path overload); nothing is written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RatingTable table, Stream stream, CancellationToken cancellationToken = default) =>
        WritableText.ToStreamAsync(table, stream, () => Package(RatingLayout.For(table)), cancellationToken);

    // Checks the table (before anything is written), then builds the document into the stream it is given.
    private static Action<Stream> Package(PublishedLayout.Sheet sheet)
    {
        WritableText.Check(sheet, null);
        return target => OpenXmlPackages.Write(target, Skeleton, writer => Body(writer, sheet));
    }

    // The package with an empty main document part, which OpenXmlPackages fills; answers that part's address.
    private static Uri Skeleton(Stream skeleton)
    {
        using var document = WordprocessingDocument.Create(skeleton, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document();
        return main.Uri;
    }

    // The document's body, streamed one table row at a time (OpenXmlWriter): only the row being written is a tree.
    private static void Body(OpenXmlWriter writer, PublishedLayout.Sheet sheet)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Document());
        writer.WriteStartElement(new Body());
        if (sheet.Title is { } title)
        {
            writer.WriteElement(Paragraph(title, JustificationValues.Center, bold: true, halfPoints: 32));
        }

        var headers = sheet.Headers.Where(h => h != PublishedLayout.GroupHeader).ToArray();
        foreach (var (group, rows) in sheet.Blocks())
        {
            if (group is not null)
            {
                writer.WriteElement(Paragraph(group, JustificationValues.Left, bold: true, halfPoints: 24));
            }

            writer.WriteStartElement(new Table());
            writer.WriteElement(new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            writer.WriteElement(new TableGrid(headers.Select((_, c) => new GridColumn { Width = c == PublishedLayout.DepartmentColumn ? "3200" : "1300" })));
            var header = new TableRow(new TableRowProperties(new TableHeader()));
            foreach (var h in headers)
            {
                header.Append(new TableCell(Paragraph(h, JustificationValues.Center, bold: true, halfPoints: 21)));
            }

            writer.WriteElement(header);
            foreach (var cells in rows)
            {
                var row = new TableRow(new TableRowProperties(new CantSplit()));
                for (var c = 0; c < headers.Length; c++)
                {
                    var cell = cells[c];
                    var align = c == 0 ? JustificationValues.Center : cell.Number is not null || c == sheet.FigureColumn ? JustificationValues.Right : JustificationValues.Left;
                    row.Append(new TableCell(Paragraph(cell.Display(sheet.Decimals), align, bold: false, halfPoints: 21)));
                }

                writer.WriteElement(row);
            }

            writer.WriteEndElement(); // tbl
        }

        writer.WriteElement(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 }, // A4 in twentieths of a point
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
        writer.WriteEndElement(); // body
        writer.WriteEndElement(); // document
    }

    private static Paragraph Paragraph(string text, JustificationValues justification, bool bold, int halfPoints)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = Font, Ascii = Font, HighAnsi = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // A line break (LF, CR or CRLF) in the text is a break in the run (<w:br/>): a Word text element has none of its own.
        var run = new Run(properties);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = justification }),
            run);
    }
}
