using System.Text;
using WindowScoring.Domain;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Hostile files: none crashes, each gives a clear diagnostic.</summary>
public sealed class HostileInputTests
{
    private static ImportResult Read(byte[] bytes, ImportOptions? options = null) => AssessmentTableReader.Default.Read(new MemoryStream(bytes), options);

    private static ImportResult Read(string text, ImportOptions? options = null) => AssessmentTableReader.Default.ReadText(text, options);

    [Test]
    public void Empty() => Read([]).Errors.Single().Code.Should().Be(DiagnosticCodes.NoHeader);

    [Test]
    public void HeaderOnly_NoRows_NoErrors()
    {
        var r = Read("序号,部门窗口,基础分,减分,加分,实得分值\n");
        r.Rows.Should().BeEmpty();
        r.HasErrors.Should().BeFalse();
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
        r.Rows.Single().Assessment.Department.Name.Should().Be("公安厅");
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
        r.Rows.Single().Assessment.Department.Name.Should().Be("C", "an empty trailing cell is not an extra field");
    }

    [Test]
    public void UnterminatedQuote_NamesTheLine()
    {
        var r = Read("部门,得分\nA,1\n\"B,2\nC,3\n");
        r.Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Line == 3);
        r.Rows.Single().Assessment.Department.Name.Should().Be("A");
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

    [Test]
    public void EndlessFieldStream_StopsEarly()
    {
        var stream = new EndlessStream();
        var r = AssessmentTableReader.Default.Read(stream, new ImportOptions { MaxBytes = 8 * 1024 * 1024 });
        r.HasErrors.Should().BeTrue();
        stream.BytesRead.Should().BeLessThan(16L * 1024 * 1024, "reading stops at the limit, not at the end of the stream");
    }

    [Test]
    public void TotalBeyondDecimalRange_IsADiagnostic_NotAnException()
    {
        var r = Read("部门,基础分,减分,加分\nA,79228162514264337593543950335,0,1\nB,100,0,1\n");
        r.Errors.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberOutOfRange && d.Line == 2);
        r.Rows.Single().Assessment.Department.Name.Should().Be("B");
    }

    /// <summary>A stream of a header then one field that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        private static readonly byte[] Header = Encoding.UTF8.GetBytes("部门,得分\n");

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = BytesRead + i < Header.Length ? Header[BytesRead + i] : (byte)'x';
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
