using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>Hostile files: none crashes, each gives a clear diagnostic.</summary>
public sealed class HostileInputTests
{
    private static ImportResult Read(byte[] bytes, ImportOptions? options = null) => AssessmentTableReader.Default.Read(new MemoryStream(bytes), options);

    private static ImportResult Read(string text, ImportOptions? options = null) => AssessmentTableReader.Default.ReadText(text, options);

    [Test]
    public void Empty() => Read([]).Errors.Single().Code.Should().Be(DiagnosticCodes.NoHeader);

    [Test]
    public void Read_HeaderOnly_SaysThereAreNoDataRows()
    {
        var r = Read("序号,部门窗口,基础分,减分,加分,实得分值\n");
        r.Rows.Should().BeEmpty();
        r.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NoDataRows && d.Line == 1);
    }

    [Test]
    public void BinaryGarbage_GivesADiagnostic()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var r = Read(bytes);
        r.HasErrors.Should().BeTrue();
        r.Rows.Should().BeEmpty();
    }

    [Test]
    public void TenMegabyteSingleField_IsRejectedWithoutReadingItAll()
    {
        var r = Read("部门,得分\n" + new string('x', 10 * 1024 * 1024) + ",1\n公安厅,107\n");
        r.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FieldTooLong);
    }

    [Test]
    public void LongFieldUnderTheRecordLimit_IsAFieldDiagnostic_OtherRowsKept()
    {
        var r = Read("部门,得分\n" + new string('x', 5000) + ",1\n公安厅,107\n");
        r.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.FieldTooLong && d.Line == 2);
        r.Rows.Single().Department.Name.Should().Be("公安厅");
    }

    [Test]
    public void InvalidUtf8ThatIsNotGb18030Either()
    {
        // 0x80 and 0xFF are not lead bytes in GB18030; the text is not UTF-8 either.
        var bytes = Encoding.ASCII.GetBytes("dept,total\nA,1\n").Concat(new byte[] { 0x80, 0xFF, 0x80, (byte)',', (byte)'1', (byte)'\n' }).ToArray();
        var r = Read(bytes);
        r.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EncodingInvalid);
    }

    [Test]
    public void DuplicatedHeaders()
    {
        Read("部门,单位,得分\nA,B,1\n").Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.DuplicateColumn && d.Line == 1 && d.Column == "单位");
    }

    [Test]
    public void ShortAndLongRows()
    {
        var r = Read("部门,得分\nA\nB,1,2\nC,3,\n");
        r.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.FieldCount, 2), (DiagnosticCodes.FieldCount, 3));
        r.Rows.Single().Department.Name.Should().Be("C", "an empty trailing cell is not an extra field");
    }

    [Test]
    public void UnterminatedQuote_NamesTheLine()
    {
        var r = Read("部门,得分\nA,1\n\"B,2\nC,3\n");
        r.Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Line == 3);
        r.Rows.Single().Department.Name.Should().Be("A");
    }

    [Test]
    public void Limits_Rows_And_Bytes()
    {
        var text = "部门,得分\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"D{i},{i}\n"));
        Read(text, new ImportOptions { MaxRows = 10 }).Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyRows && d.Line == 12);
        var small = Read(text, new ImportOptions { MaxBytes = 100 });
        small.Errors.Select(d => d.Code).Should().Contain(DiagnosticCodes.InputTooLarge);
        small.Rows.Count.Should().BeLessThan(50);
    }

    [TestCase("部门,得分\n", (byte)'x', TestName = "EndlessFieldStream_AfterAHeader_DefaultOptions_StopsEarly")]
    [TestCase("部门,得分\n\"", (byte)'x', TestName = "EndlessQuotedFieldStream_DefaultOptions_StopsEarly")]
    [TestCase("", (byte)'x', TestName = "EndlessLineStream_NoHeader_DefaultOptions_StopsEarly")]
    [TestCase("2023年11月窗口考核结果\n", (byte)' ', TestName = "EndlessBlankLineStream_InAReport_DefaultOptions_StopsEarly")]
    public void EndlessFieldStream_DefaultOptions_StopsEarly(string head, byte fill)
    {
        var stream = new EndlessStream(head, fill, HundredMegabytes);

        var r = AssessmentTableReader.Default.Read(stream);

        r.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FieldTooLong);
        r.Rows.Should().BeEmpty();
        stream.BytesRead.Should().BeLessThan(HundredMegabytes / 25, "reading stops at the field limit, not at the end of a 100 MB stream");
    }

    [Test]
    public void TotalBeyondDecimalRange_IsADiagnostic_NotAnException()
    {
        var r = Read("部门,基础分,减分,加分\nA,79228162514264337593543950335,0,1\nB,100,0,1\n");
        r.Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberOutOfRange && d.Line == 2);
        r.Rows.Single().Department.Name.Should().Be("B");
    }

    [Test]
    public void EndlessFieldStream_EventLog_DefaultOptions_StopsEarly()
    {
        var stream = new EndlessStream("部门,日期,规则\n", (byte)'x', HundredMegabytes);

        var r = EventLogReader.Default.Read(stream);

        r.Diagnostics.Where(d => d.IsError).Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FieldTooLong);
        stream.BytesRead.Should().BeLessThan(HundredMegabytes / 25);
    }

    [Test]
    public void EndlessSchemeStream_StopsAtTheLimit()
    {
        var stream = new EndlessStream("{ \"name\": \"", (byte)'x', HundredMegabytes);

        var r = SchemeJson.Load(stream);

        r.Scheme.Should().BeNull();
        r.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        stream.BytesRead.Should().BeLessThan(HundredMegabytes / 5, "a scheme is read up to SchemeJson.MaxChars (1 Mi) characters, not to the end of a 100 MB stream");
    }

    [Test]
    public void OverlongLineInAReportText_StopsReadingThere()
    {
        var r = Read("2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t公安厅\t107\n" + new string('x', 300_000) + "\n2\t教育厅\t100\n");

        r.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.FieldTooLong && d.Line == 4);
        r.Rows.Select(row => row.Department.Name).Should().Equal("公安厅");
    }

    [Test]
    public void TotalAtTheEdgeOfDecimalRange_IsKeptExactly()
    {
        var r = Read("序号,部门窗口,基础分,减分,加分,实得分值\n1,A,0,79228162514264337593543950335,0,0\n");

        r.HasErrors.Should().BeFalse();
        r.Rows.Single().Assessment!.Total.Should().Be(decimal.MinValue);
    }

    private const long HundredMegabytes = 100L * 1024 * 1024;

    /// <summary>A stream of a head (a header, a title) then one byte repeated to the stream's length: one field or line that never ends.</summary>
    private sealed class EndlessStream(string head, byte fill, long length) : Stream
    {
        private readonly byte[] _head = Encoding.UTF8.GetBytes(head);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            count = (int)Math.Min(count, length - BytesRead);
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = BytesRead + i < _head.Length ? _head[BytesRead + i] : fill;
            }

            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
