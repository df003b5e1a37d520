using System.Text;
using CsCheck;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>
/// UTF-8 tables are handed to CsvHelper as bytes and every cell used is decoded strictly: no false alarms at chunk edges, no
/// invalid byte let through. The first record with a byte that is not UTF-8 ends the read exactly as if the file ended
/// before it, plus one diagnostic naming the line of that byte.
/// </summary>
public sealed class Utf8StreamTests
{
    private static string Table(int rows) =>
        "部门,得分\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"省直部门{i}（窗口）😀,{i % 40 / 2m}\n"));

    [Test]
    public void Property_AnyChunking_ReadsTheSameRows()
    {
        var bytes = Encoding.UTF8.GetBytes(Table(3000));
        var whole = AssessmentTableReader.Default.Read(new MemoryStream(bytes));
        whole.Rows.Should().HaveCount(3000);

        Gen.Int[1, 9].Sample(maxChunk =>
        {
            var chunked = AssessmentTableReader.Default.Read(new ChunkedStream(bytes, maxChunk));
            chunked.Errors.Should().BeEmpty();
            chunked.Rows.Select(r => r.Assessment).Should().Equal(whole.Rows.Select(r => r.Assessment));
        }, iter: 9);
    }

    [Test]
    public void InvalidByteAfterTheFirstBlock_IsADiagnostic_RowsBeforeItKept()
    {
        var text = Table(5000); // well beyond the 64 KB used to detect the encoding
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf("省直部门4000", StringComparison.Ordinal)]);
        bytes.Insert(at, 0xFF);

        var result = AssessmentTableReader.Default.Read(new ChunkedStream([.. bytes], 4096));

        // Every row before the bad byte comes through; the diagnostic names the line it is on.
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.EncodingInvalid && d.Line == 4002);
        result.Rows.Should().HaveCount(4000);
    }

    // Small inputs: the first block decides the encoding, and a block with a bad byte is read as GB18030; UTF-8 is set here.
    private static readonly ImportOptions Utf8 = ImportOptions.Default with { Encoding = new UTF8Encoding(false) };

    private static readonly Gen<string> Cell = Gen.OneOfConst("教育厅", "Tax", "省新闻出版局（省电影局）", "100", "-2.5", "7", "", "x", "😀");

    // Single-line records of four cells (with and without a breakdown), and an invalid sequence at any byte of a data line.
    private static readonly Gen<(string[] Lines, int Line, int Offset, byte[] Bad)> Damaged =
        Gen.Select(Gen.Select(Cell, Cell, Cell, Cell).Select((a, b, c, d) => $"{a},{b},{c},{d}").Array[1, 30], Gen.Int, Gen.Int)
            .SelectMany((lines, l, o) => Gen.OneOfConst(new byte[] { 0xFF }, [0xC3], [0xED, 0xA0, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80])
                .Select(bad => (lines, Math.Abs(l % lines.Length), Math.Abs(o), bad)));

    [Test]
    public void Property_AnInvalidSequence_EndsTheReadAsIfTheFileEndedBeforeItsLine([Values("序号,部门窗口,实得分值,备注", "部门窗口,备注,部门代码,实得分值")] string header)
    {
        Damaged.Sample(t =>
        {
            var lines = t.Lines;
            var bytesOfLine = Encoding.UTF8.GetBytes(lines[t.Line]);
            var offset = t.Offset % (bytesOfLine.Length + 1);
            byte[] damaged = [.. bytesOfLine[..offset], .. t.Bad, .. bytesOfLine[offset..]];
            var before = header + "\n" + string.Concat(lines.Take(t.Line).Select(l => l + "\n"));
            byte[] input = [.. Encoding.UTF8.GetBytes(before), .. damaged, (byte)'\n', .. Encoding.UTF8.GetBytes(string.Concat(lines.Skip(t.Line + 1).Select(l => l + "\n")))];

            var result = AssessmentTableReader.Default.Read(new MemoryStream(input), Utf8);
            var expected = AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(before)), Utf8);

            result.Rows.Should().BeEquivalentTo(expected.Rows, o => o.WithStrictOrdering().ComparingByMembers<PublishedRow>());
            result.Diagnostics.Where(d => d.Code != DiagnosticCodes.EncodingInvalid).Should().Equal(expected.Diagnostics.Where(d => d.Code != DiagnosticCodes.NoDataRows)); // (an error already explains an empty table)
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.EncodingInvalid).Should().ContainSingle()
                .Which.Line.Should().Be(t.Line + 2);
        }, iter: 400);
    }

    [Test]
    public void InvalidByteOnTheSecondLineOfAQuotedCell_NamesThatLine_AndDropsTheRecord()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("部门窗口,实得分值\n甲,1\n\"乙\n丙"), 0xFF, .. Encoding.UTF8.GetBytes("\",2\n丁,3\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(input), Utf8);

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.EncodingInvalid && d.Line == 4);
    }

    [Test]
    public void InvalidByteInALaterMultiLineCell_CountsTheBreaksOfEarlierCellsAndOnlyThoseBeforeTheByte()
    {
        // The record starts on line 3; its first cell holds one break, its second one break before the bad byte and one
        // after it, and its third cell another: the byte is on line 5.
        byte[] input =
        [
            .. Encoding.UTF8.GetBytes("部门窗口,实得分值,备注\n甲,1,\n\"乙\n丙\",\"2\n2"), 0xFF,
            .. Encoding.UTF8.GetBytes("\n2\",\"x\ny\"\n丁,3,\n"),
        ];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(input), Utf8);

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.EncodingInvalid && d.Line == 5);
    }

    [Test]
    public void InvalidByteInAFigure_IsAnEncodingError_NotANumberError()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("部门窗口,实得分值\n甲,1\n乙,9"), 0xFF, .. Encoding.UTF8.GetBytes("\n丙,3\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(input), Utf8);

        result.Rows.Should().ContainSingle();
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 3));
    }

    [Test]
    public void ReplacementCharacterTypedInTheFile_IsText_NotAnEncodingError()
    {
        // U+FFFD written as its own valid bytes (EF BF BD) is what CsvHelper also makes of a bad byte: only bad bytes are refused.
        byte[] input = [.. Encoding.UTF8.GetBytes("部门窗口,实得分值\n甲"), 0xEF, 0xBF, 0xBD, .. Encoding.UTF8.GetBytes(",1\n乙,2\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(input), Utf8);

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.Department.Name).Should().Equal("甲\uFFFD", "乙"); // kept as typed
    }

    [Test]
    public void TruncatedSequenceAtTheEnd_IsADiagnostic()
    {
        var bytes = Encoding.UTF8.GetBytes("部门,得分\n公安厅,107\n公").ToList();
        bytes.RemoveAt(bytes.Count - 1);
        AssessmentTableReader.Default.Read(new MemoryStream([.. bytes])).Errors.Single().Code.Should().Be(DiagnosticCodes.EncodingInvalid);
    }

    [Test]
    public void InvalidByteInGb18030_RowsBeforeItKept()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var text = Table(5000).Replace("😀", string.Empty, StringComparison.Ordinal);
        var bytes = gb.GetBytes(text).ToList();
        var at = gb.GetByteCount(text[..text.IndexOf("省直部门4000", StringComparison.Ordinal)]);
        bytes.Insert(at, 0xFF);

        var result = AssessmentTableReader.Default.Read(new ChunkedStream([.. bytes], 4096));

        result.Diagnostics[0].Message.Should().Contain("GB18030");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.EncodingInvalid && d.Line == 4002);
        result.Rows.Should().HaveCount(4000);
    }

    [Test]
    public void ExplicitBomlessUtf8_StillSkipsABom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("部门,日期,规则\n教育厅,2023-11-03,JL-01\n")).ToArray();
        var options = new ImportOptions { Encoding = new UTF8Encoding(false) };

        EventLogReader.Default.Read(new MemoryStream(bytes), options).Events.Should().ContainSingle();
        AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("部门,得分\nA,1\n")).ToArray()), options).Rows.Should().ContainSingle();
    }

    /// <summary>Serves the bytes in chunks of 1..max bytes, cycling, so sequences are cut at every position.</summary>
    private sealed class ChunkedStream(byte[] bytes, int max) : Stream
    {
        private int _position;
        private int _next = 1;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _next), bytes.Length - _position);
            _next = _next % max + 1;
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
