using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// A file may end its lines with CR LF, LF or CR alone (old Mac files; CsvHelper reads all three): the line a diagnostic
/// names is the same whichever it uses, and the rows before a bad byte are kept.
/// </summary>
public sealed class LineBreakTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Test]
    public void LineBreaks_AnyTextCutAnywhere_CountsCrLfLfAndCrOnce()
    {
        var text = Gen.Frequency((3, Gen.Const('a')), (2, Gen.Const('\r')), (2, Gen.Const('\n'))).Array[0, 40].Select(c => new string(c));

        Gen.Select(text, Gen.Int[0, 40], Gen.Int[0, 40]).Sample((s, x, y) =>
        {
            var (i, j) = (Math.Min(x, y) % (s.Length + 1), Math.Max(x, y) % (s.Length + 1));
            (i, j) = (Math.Min(i, j), Math.Max(i, j));
            var afterCr = false;
            var counted = InputText.LineBreaks(s.AsSpan(0, i), '\r', '\n', ref afterCr)
                + InputText.LineBreaks(s.AsSpan(i, j - i), '\r', '\n', ref afterCr)
                + InputText.LineBreaks(s.AsSpan(j), '\r', '\n', ref afterCr);

            counted.Should().Be(Regex.Count(s, "\r\n|\r|\n"), "text {0} cut at {1} and {2}", Regex.Escape(s), i, j);
        }, iter: 5_000);
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void LoneSurrogateInText_IsWS132AtItsLine_WhicheverTheLineBreak(string lineBreak)
    {
        var text = string.Join(lineBreak, "部门,得分", "教育厅,95", "公安厅,90", "财政\uDC00厅,80", "民政厅,70") + lineBreak;

        var result = AssessmentTableReader.Default.ReadText(text);

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.ControlCharacter, 4));
    }

    [Test]
    public void InvalidSequenceInGb18030OrUtf16_RowsBeforeItKept_WS111AtItsLine_WhicheverTheLineBreak(
        [Values("\n", "\r\n", "\r")] string lineBreak, [Values] bool utf16)
    {
        // GB18030 (detected) with a byte never valid in it; UTF-16 LE with a BOM and a lone low surrogate.
        var encoding = utf16 ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : Gb18030;
        byte[] bad = utf16 ? [0x00, 0xDC] : [0xFF];
        byte[] bytes =
        [
            .. encoding.GetPreamble(), .. encoding.GetBytes($"部门,得分{lineBreak}甲,1{lineBreak}乙,2{lineBreak}丙"), .. bad,
            .. encoding.GetBytes($",3{lineBreak}丁,4{lineBreak}"),
        ];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲", "乙");
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 4));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void InvalidByteOnTheSecondLineOfAQuotedUtf8Cell_NamesThatLine_WhicheverTheLineBreak(string lineBreak)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes($"部门窗口,实得分值{lineBreak}甲,1{lineBreak}\"乙{lineBreak}丙"), 0xFF, .. Encoding.UTF8.GetBytes($"\",2{lineBreak}丁,3{lineBreak}")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes), new ImportOptions { Encoding = new UTF8Encoding(false) });

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 4));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public void CrLfAcrossTheFirstBlockEdge_IsOneBreak_ForTheLineOfALaterBadByte(int shift)
    {
        // GB18030 rows ending in CR LF, the first block (64 KiB) ending at, inside or just after one CR LF.
        const int block = 64 * 1024;
        var head = "部门,得分\r\n";
        var rows = new StringBuilder();
        var line = 1;
        while (Gb18030.GetByteCount(head + rows) < block - 40)
        {
            rows.Append(FormattableString.Invariant($"a{line},1\r\n"));
            line++;
        }

        var pad = block - shift - Gb18030.GetByteCount(head + rows) - ",1\r".Length; // this row's CR is at block - 1 - shift
        rows.Append('b', pad).Append(",1\r\n");
        line++;
        var text = head + rows;
        Gb18030.GetByteCount(text[..^1]).Should().Be(block - shift); // (its LF right after)
        byte[] bytes = [.. Gb18030.GetBytes(text + "c,1\r\nd"), 0xFF, .. Gb18030.GetBytes(",1\r\ne,1\r\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, line + 2));
        result.Rows.Should().HaveCount(line);
    }
}
