using System.Buffers.Binary;
using System.Globalization;
using System.Reflection;
using WindowScoring.Tests;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// Every code of <see cref="OpenXmlDiagnosticCodes"/> is produced here from a real workbook, in Chinese and in English, with
/// a filled message in the catalogue's words (the core's codes: <c>WindowScoring.Tests.Domain.EveryCodeProducedTests</c>).
/// A code added without an entry in <see cref="Producers"/> fails <see cref="EveryDeclaredCode_HasAProducer"/>.
/// </summary>
public sealed class EveryCodeProducedTests
{
    private static IReadOnlyList<Diagnostic> Read(Stream stream, string? sheet = null)
    {
        using (stream)
        {
            return WorkbookReader.Read(stream, null, sheet).Diagnostics;
        }
    }

    private static IReadOnlyList<Diagnostic> Sheet(string rows, string? styles = null) => Read(Workbooks.Minimal(Workbooks.Header + rows, styles: styles));

    private static string Styles(string formatCode) =>
        """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="CODE"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"""
            .Replace("CODE", System.Security.SecurityElement.Escape(formatCode), StringComparison.Ordinal);

    private static string NumberRow(string value, int style = 0) =>
        $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>教育厅</t></is></c><c r=\"B2\" s=\"{style}\"><v>{value}</v></c></row>";

    /// <summary>
    /// The golden .xls with a FILEPASS record (RC4, the verifier of no known password) right after its BOF, where Excel
    /// writes it for a workbook with an opening password: the records up to WRITEACCESS make room for it.
    /// </summary>
    internal static MemoryStream PasswordProtectedXls()
    {
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xls"));
        var bof = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]); // BIFF8 BOF of the globals
        bof.Should().BePositive();
        var start = bof + 4 + 16;
        var end = start;
        while (BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end)) != 0x005C)
        {
            end += 4 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 2));
        }

        end += 4 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 2)); // past WRITEACCESS
        (end - start).Should().BeGreaterThan(58 + 4);
        // FILEPASS (0x2F): RC4 (1), version 1.1, then salt, encrypted verifier and its hash (48 bytes that match no password).
        byte[] filePass = [0x2F, 0x00, 54, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, .. Enumerable.Range(1, 48).Select(i => (byte)(i * 37))];
        filePass.CopyTo(bytes, start);
        // The rest of the replaced records: a WRITEACCESS of blanks, so the records after it stay where they were.
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(start + 58), 0x005C);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(start + 60), (ushort)(end - start - 62));
        bytes.AsSpan(start + 62, end - start - 62).Fill(0x20);
        return new MemoryStream(bytes);
    }

    /// <summary>Each code with a workbook that produces it (the first diagnostic with the code is checked).</summary>
    internal static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<Diagnostic>>> Producers = new Dictionary<string, Func<IReadOnlyList<Diagnostic>>>
    {
        [OpenXmlDiagnosticCodes.HiddenRow] = () => Sheet("<row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"inlineStr\"><is><t>民政厅</t></is></c><c r=\"B2\"><v>105</v></c></row>"),
        [OpenXmlDiagnosticCodes.DateCell] = () => Sheet(NumberRow("45235", style: 1), Styles("yyyy-mm-dd")),
        [OpenXmlDiagnosticCodes.SheetNotFound] = () => Read(Workbooks.Minimal(Workbooks.Header + NumberRow("89")), "Sheet9"),
        [OpenXmlDiagnosticCodes.FormulaWithoutValue] = () => Sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>水利厅</t></is></c><c r=\"B2\"><f>100+4.5</f></c></row>"),
        [OpenXmlDiagnosticCodes.HiddenSheet] = () => Read(Workbooks.TwoSheets("hidden", Workbooks.Header + Workbooks.Row(2, "暗表单位", "999"), Workbooks.Header + Workbooks.Row(2, "教育厅", "89"))),
        [OpenXmlDiagnosticCodes.NumberNotExact] = () => Sheet(NumberRow("1000000000000000")),
        [OpenXmlDiagnosticCodes.HiddenFormat] = () => Sheet(NumberRow("89", style: 1), Styles(";;;")),
        [OpenXmlDiagnosticCodes.LegacyOrEncrypted] = () => Read(PasswordProtectedXls()),
    };

    private static IEnumerable<string> ProducedCodes() => Producers.Keys;

    [Test]
    public void EveryDeclaredCode_HasAProducer()
    {
        var declared = typeof(OpenXmlDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        declared.Should().NotBeEmpty();
        Producers.Keys.Should().BeEquivalentTo(declared, "a code no workbook produces is either untested or dead");
    }

    [TestCaseSource(nameof(ProducedCodes))]
    public void Code_IsProduced_WithAFilledMessageInEachLanguage(string code)
    {
        var zh = Produce(code, "zh-CN");
        var en = Produce(code, "en");

        MessageText.ShouldBeCatalogueText(zh.Message, en.Message, code);
    }

    private static Diagnostic Produce(string code, string culture)
    {
        var previous = MessageCatalog.Culture;
        MessageCatalog.Culture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var produced = Producers[code]();
            produced.Should().Contain(d => d.Code == code, $"the workbook for {code} produces it (produced: {string.Join(", ", produced.Select(d => d.Code))})");
            return produced.First(d => d.Code == code);
        }
        finally
        {
            MessageCatalog.Culture = previous;
        }
    }
}
