using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WindowScoring.Export;
using WindowScoring.Ratings;

namespace WindowScoring.OpenXml;

/// <summary>
/// Writes a ranked table as an .xlsx workbook in the published layout: the title row merged across the table
/// (<see cref="RankedTable.Title"/>, else <c>2023年11月窗口考核结果</c> from the period), the header row
/// (序号 部门窗口 基础分 分值 减分 分值 加分分值 实得分值, then 备注 when a row has a note and 分组 when the table has groups),
/// one row per department in ranked order, then the departments not assessed (不参与考核, their reason under 备注).
/// </summary>
/// <remarks>
/// <para><b>Cells.</b> Scores are stored as numbers, exactly (the decimal's digits are written as they are), displayed
/// with the scheme's <see cref="ScoringScheme.DisplayDecimals"/> (<c>0.00</c> for 2) or in Excel's general format when it
/// sets none; deductions are printed negative; the 序号 cell is empty on the second and later rows of a tie (the row's
/// <see cref="RankedRow.PrintedRank"/>). Names and notes are text cells. Only values are written, never a formula, so a
/// name beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (or their full-width forms) stays text and never runs.</para>
/// <para><b>Page.</b> Column widths fit the longest Chinese name; A4 portrait, one page wide; the header row is repeated on
/// every printed page (the defined name <c>_xlnm.Print_Titles</c>). A grouped table is written one block per group, each
/// block with its header row (the reader skips the repeats) and the group in the 分组 column, blocks one blank row apart.
/// (A heading row naming the group would not read back: inside a table a row with only one cell is not a row.)</para>
/// <para><b>Reading back.</b> <see cref="WorkbookReader"/> reads what this writes to the same assessments (names made into
/// departments with <see cref="Department.FromName"/>; not-assessed reasons and groups kept), unless a cap changed a total:
/// the layout shows the bonus that counted and the capped total, as the scheme publishes them.</para>
/// <para><b>Memory.</b> The worksheet is written row by row into its zip entry in a temporary file, so the memory
/// used does not grow with the number of rows (the table itself aside).</para>
/// <para><b>The 好差评 table.</b> The month's <see cref="RatingTable"/> is written the same way (see
/// <see cref="Write(RatingTable, string)"/>).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class XlsxTableWriter : ITableWriter<RankedTable>, ITableWriter<RatingTable>
{
    private const string SheetName = "考核结果";

    // Cell formats of the stylesheet, by index.
    private const uint TitleStyle = 1, HeaderStyle = 2, TextStyle = 3, NumberStyle = 4, RankStyle = 5;

    /// <summary>A shared instance.</summary>
    public static XlsxTableWriter Default { get; } = new();

    /// <summary>
    /// Writes a ranked table to an .xlsx file, whole or not at all: to a temporary file in the same folder, then moved over
    /// the target, so a failure leaves an existing file as it was.
    /// </summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or a text of the table cannot be
    /// written (a control character, U+FFFE, U+FFFF, half a surrogate pair, or more than 32,767 characters in a cell): the message names the department; no file is touched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RankedTable table, string path) => WritableText.ToFile(table, path, () => Package(PublishedLayout.For(table)));

    /// <summary><c>xlsx</c>.</summary>
    public string FileExtension => "xlsx";

    /// <summary><c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>.</summary>
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes a ranked table to a stream as an .xlsx workbook (built in a temporary file, then copied: the stream need not seek).</summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text of the table cannot be written (see the path overload); nothing is written.</exception>
    public void Write(RankedTable table, Stream stream) => WritableText.ToStream(table, stream, () => Package(PublishedLayout.For(table)));

    /// <summary>
    /// Writes a ranked table to a stream as an .xlsx workbook with no synchronous write to it: the workbook is built in a
    /// temporary file (the Open XML SDK needs a stream it can seek; the worksheet is written into it row by row, never held in
    /// memory), then copied to the stream asynchronously. The same workbook as
    /// <see cref="Write(RankedTable, Stream)"/>.
    /// </summary>
    /// <param name="table">The ranked table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text of the table cannot be written (see the path overload); nothing is written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RankedTable table, Stream stream, CancellationToken cancellationToken = default) =>
        WritableText.ToStreamAsync(table, stream, () => Package(PublishedLayout.For(table)), cancellationToken);

    /// <summary>
    /// Writes the month's 好差评 table (<see cref="RatingTable"/>) to an .xlsx workbook file, whole or not at all: the title
    /// <c>2025年10月好差评统计</c>, then the columns of <see cref="RatingColumns.Table"/> (序号 部门 评价数, the five levels, 满意率,
    /// 差评数, then the rest), one row per department as the table has them; counts are numbers, 满意率 the text the CSV prints.
    /// </summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or a name cannot be written
    /// (a control character, U+FFFE, U+FFFF, half a surrogate pair, or more than 32,767 characters in a cell): the message names the department; no file is touched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(RatingTable table, string path) => WritableText.ToFile(table, path, () => Package(RatingLayout.For(table)));

    /// <summary>Writes the month's 好差评 table to a stream as an .xlsx workbook (see <see cref="Write(RatingTable, string)"/>; built in a temporary file, then copied).</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name cannot be written (see the path overload); nothing is written.</exception>
    public void Write(RatingTable table, Stream stream) => WritableText.ToStream(table, stream, () => Package(RatingLayout.For(table)));

    /// <summary>Writes the month's 好差评 table to a stream as an .xlsx workbook with no synchronous write to it; the same bytes as
    /// <see cref="Write(RatingTable, Stream)"/>.</summary>
    /// <param name="table">The 好差评 table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name cannot be written (see the path overload); nothing is written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(RatingTable table, Stream stream, CancellationToken cancellationToken = default) =>
        WritableText.ToStreamAsync(table, stream, () => Package(RatingLayout.For(table)), cancellationToken);

    // Checks the table (before anything is written), then builds the package into the stream it is given.
    private static Action<Stream> Package(PublishedLayout.Sheet sheet)
    {
        WritableText.Check(sheet, WritableText.ExcelCellLimit);
        return target => Build(target, sheet);
    }

    // The workbook and styles parts are small trees the SDK writes; the worksheet is streamed, one row at a time
    // (OpenXmlPackages), after a first pass over the rows that finds the column widths and the last row (written before the rows).
    private static void Build(Stream target, PublishedLayout.Sheet sheet)
    {
        var decimals = sheet.Decimals;
        var headers = sheet.Headers;
        var width = headers.Count;
        var title = sheet.Title;
        var top = title is null ? 0u : 1u;
        var widths = headers.Select(DisplayWidth).ToArray();
        uint last = top, headerRow = 0;
        foreach (var (row, cells) in Lines(sheet, top))
        {
            last = row;
            if (cells is null)
            {
                headerRow = headerRow == 0 ? row : headerRow;
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth(cells[c].Display(decimals)));
            }
        }

        OpenXmlPackages.Write(target, skeleton => Workbook(skeleton, decimals, headerRow), writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new SheetDimension { Reference = "A1:" + Reference(width - 1, Math.Max(last, 1)) });
            var columns = new Columns();
            for (var c = 0; c < width; c++)
            {
                columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(widths[c] + 2, 6, 60), CustomWidth = true });
            }

            writer.WriteElement(columns);
            writer.WriteStartElement(new SheetData());
            if (title is not null)
            {
                var titleRow = new Row { RowIndex = top, Height = 30, CustomHeight = true };
                titleRow.Append(TextCell(0, top, title, TitleStyle));
                for (var c = 1; c < width; c++)
                {
                    titleRow.Append(new Cell { CellReference = Reference(c, top), StyleIndex = TitleStyle });
                }

                writer.WriteElement(titleRow);
            }

            foreach (var (row, cells) in Lines(sheet, top))
            {
                writer.WriteElement(cells is null ? HeaderRow(row, headers) : DataRow(row, cells, sheet.FigureColumn));
            }

            writer.WriteEndElement(); // sheetData
            if (title is not null)
            {
                writer.WriteElement(new MergeCells(new MergeCell { Reference = Reference(0, top) + ":" + Reference(width - 1, top) }));
            }

            writer.WriteElement(new PrintOptions { HorizontalCentered = true });
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteEndElement(); // worksheet
        });
    }

    // The package without the worksheet's rows: the workbook (the sheet, the header row printed on every page), the
    // styles, and an empty worksheet part that OpenXmlPackages fills. Answers the worksheet part's address.
    private static Uri Workbook(Stream skeleton, int? decimals, uint headerRow)
    {
        using var document = SpreadsheetDocument.Create(skeleton, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet(decimals);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = new Worksheet();
        var workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
        if (headerRow > 0)
        {
            var rowRef = "$" + headerRow.ToString(CultureInfo.InvariantCulture);
            workbook.Append(new DefinedNames(new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = 0, Text = SheetName + "!" + rowRef + ":" + rowRef }));
        }

        workbookPart.Workbook = workbook;
        return sheetPart.Uri;
    }

    // The sheet's rows below the title (row <paramref name="top"/>), numbered: each block's header row (cells null), then
    // its rows; blocks one blank row apart. Made as they are enumerated.
    private static IEnumerable<(uint Row, PublishedLayout.Cell[]? Cells)> Lines(PublishedLayout.Sheet sheet, uint top)
    {
        var row = top;
        var first = true;
        foreach (var (_, rows) in sheet.Blocks())
        {
            row += first ? 1u : 2u; // a blank row between blocks
            first = false;
            yield return (row, null);
            foreach (var cells in rows)
            {
                yield return (++row, cells);
            }
        }
    }

    private static Row HeaderRow(uint row, IReadOnlyList<string> headers)
    {
        var header = new Row { RowIndex = row };
        for (var c = 0; c < headers.Count; c++)
        {
            header.Append(TextCell(c, row, headers[c], HeaderStyle));
        }

        return header;
    }

    private static Row DataRow(uint row, PublishedLayout.Cell[] cells, int figureColumn)
    {
        var line = new Row { RowIndex = row };
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            var style = c == 0 ? RankStyle : cell.Number is not null || c == figureColumn ? NumberStyle : TextStyle;
            line.Append(cell.Number is { } n
                ? new Cell { CellReference = Reference(c, row), StyleIndex = style, CellValue = new CellValue(ScoreText.Format(n)) }
                : cell.IsEmpty
                    ? new Cell { CellReference = Reference(c, row), StyleIndex = style }
                    : TextCell(c, row, cell.Value!, style));
        }

        return line;
    }

    // Text in an inline string: always a value, never a formula, whatever its first character.
    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string Reference(int column, uint row) => XlsxTableSource.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    // CR (which an XML reader turns into LF) is written as _x000D_, and a literal "_xHHHH_" keeps its underscore as _x005F_
    // (Open XML's escape). Every other character XML cannot hold was refused before (WritableText.Check).
    private static string Escape(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var invalid = c == '\r';
            var literal = c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsAnyExcept("0123456789abcdefABCDEF") is false;
            if (!invalid && !literal)
            {
                b?.Append(c);
                continue;
            }

            b ??= new StringBuilder(text, 0, i, text.Length + 8);
            b.Append(invalid ? "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_" : "_x005F");
            if (literal)
            {
                b.Append(c);
            }
        }

        return b?.ToString() ?? text;
    }

    // Width in Excel's character units: a CJK or full-width character is two.
    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u1100' ? 2 : 1;
        }

        return width;
    }

    private static Stylesheet Stylesheet(int? decimals)
    {
        // 0 General; 1 "0"; 2 "0.00"; others custom from 164.
        uint numberFormat = decimals switch { null => 0, 0 => 1, 2 => 2, _ => 164 };
        var formats = new NumberingFormats();
        if (numberFormat == 164)
        {
            formats.Append(new NumberingFormat { NumberFormatId = 164, FormatCode = "0." + new string('0', decimals!.Value) });
        }

        var fonts = new Fonts(
            Font(11, bold: false),
            Font(11, bold: true),
            Font(16, bold: true));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var cellFormats = new CellFormats(
            new CellFormat(),
            Format(0, 2, 0, HorizontalAlignmentValues.Center),
            Format(0, 1, 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(0, 0, 1, HorizontalAlignmentValues.Left),
            Format(numberFormat, 0, 1, HorizontalAlignmentValues.Right),
            Format(0, 0, 1, HorizontalAlignmentValues.Center));
        var sheet = new Stylesheet();
        if (formats.HasChildren)
        {
            sheet.Append(formats);
        }

        sheet.Append(fonts, fills, borders, new CellStyleFormats(new CellFormat()), cellFormats);
        return sheet;
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font, uint border, HorizontalAlignmentValues horizontal, bool wrap = false) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = border,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyFont = font != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyAlignment = true,
    };
}
