using System.IO.Compression;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>The fixtures, and small workbooks written by hand (as bytes) for the cases real programs never write.</summary>
internal static class Workbooks
{
    /// <summary>Every record a source over <paramref name="stream"/> gives: its line and cells (through the public source, not the row parser).</summary>
    internal static List<(int Line, string[] Cells)> Records(Stream stream, List<Diagnostic> diagnostics, ImportOptions? options = null, string? sheet = null)
    {
        using var source = new XlsxTableSource(stream, options, sheet);
        var records = new List<(int, string[])>();
        while (source.Read(diagnostics) && records.Count < 10_000)
        {
            records.Add((source.Line, source.Cells.ToArray()));
        }

        return records;
    }

    /// <summary>A copy of a workbook with one entry's text replaced.</summary>
    internal static MemoryStream Rewrite(MemoryStream original, string entry, Func<string, string> change)
    {
        var stream = new MemoryStream();
        original.CopyTo(stream);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            string text;
            using (var r = new StreamReader(zip.GetEntry(entry)!.Open()))
            {
                text = r.ReadToEnd();
            }

            zip.GetEntry(entry)!.Delete();
            using var w = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
            w.Write(change(text));
        }

        stream.Position = 0;
        return stream;
    }

    internal static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    internal static string Seed => Path.Combine(AppContext.BaseDirectory, "SampleData", "2023-11.tsv");

    internal static ImportResult SeedRows() => AssessmentTableReader.Default.Read(Seed).EnsureSuccess();

    /// <summary>A minimal workbook: one sheet named Sheet1 with the given sheetData XML, optional shared strings and styles.</summary>
    internal static MemoryStream Minimal(string sheetData, string[]? shared = null, string? styles = null, string sheetName = "Sheet1", string? extraWorkbookXml = null)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string content)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }

            Entry("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>
                """);
            Entry("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Entry("xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                {extraWorkbookXml}<sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Entry("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>
                """);
            Entry("xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
                + string.Concat((shared ?? []).Select(s => "<si><t xml:space=\"preserve\">" + System.Security.SecurityElement.Escape(s) + "</t></si>")) + "</sst>");
            Entry("xl/styles.xml", styles ?? """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>""");
            using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false)))
            {
                sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                sheet.Write(sheetData);
                sheet.Write("</sheetData></worksheet>");
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>
    /// A workbook of two worksheets, "Hidden" (first, in the given state: hidden, veryHidden or visible) and "Visible", each
    /// with the given sheetData XML: Minimal's parts with a second sheet added to the workbook, its rels and content types.
    /// </summary>
    internal static MemoryStream TwoSheets(string firstState, string firstData, string secondData)
    {
        using var one = Minimal(firstData, sheetName: "Hidden");
        var stream = new MemoryStream();
        one.CopyTo(stream);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            string Read(string name)
            {
                using var r = new StreamReader(zip.GetEntry(name)!.Open());
                return r.ReadToEnd();
            }

            void Write(string name, string content)
            {
                zip.GetEntry(name)?.Delete();
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }

            Write("[Content_Types].xml", Read("[Content_Types].xml").Replace("</Types>", """<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""", StringComparison.Ordinal));
            Write("xl/_rels/workbook.xml.rels", Read("xl/_rels/workbook.xml.rels").Replace("</Relationships>", """<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>""", StringComparison.Ordinal));
            Write("xl/workbook.xml", Read("xl/workbook.xml").Replace("""<sheet name="Hidden" sheetId="1" r:id="rId1"/>""", $"""<sheet name="Hidden" sheetId="1" state="{firstState}" r:id="rId1"/><sheet name="Visible" sheetId="2" r:id="rId9"/>""", StringComparison.Ordinal));
            Write("xl/worksheets/sheet2.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + secondData + "</sheetData></worksheet>");
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Inline-string cells of one row.</summary>
    internal static string Row(int r, params string[] cells) =>
        $"<row r=\"{r}\">" + string.Concat(cells.Select((c, i) => c.Length == 0 ? string.Empty : $"<c r=\"{XlsxTableSource.ColumnName(i)}{r}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";

    internal const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>部门窗口</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>实得分值</t></is></c></row>";
}
