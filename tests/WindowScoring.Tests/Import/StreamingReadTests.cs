using System.Text;
using CsCheck;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>
/// ReadAsync streams: it reads a bounded prefix before the first row (never the whole input), never reads synchronously,
/// honours cancellation, and gives exactly the rows and diagnostics of the synchronous read on any input, hostile ones
/// included (the two loops share one per-record body).
/// </summary>
public sealed class StreamingReadTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Test]
    public async Task ReadEachAsync_LargeInput_FirstRowArrivesAfterABoundedPrefix_AndEveryRowComes()
    {
        using var input = new GeneratedTable(rows: 200_000); // about 7 MB
        long servedAtFirstRow = -1;
        var count = 0;

        var summary = await AssessmentTableReader.Default.ReadEachAsync(input, (row, _) =>
        {
            if (count++ == 0)
            {
                servedAtFirstRow = input.Served;
            }

            return ValueTask.CompletedTask;
        });

        summary.Errors.Should().BeEmpty();
        count.Should().Be(200_000);
        servedAtFirstRow.Should().BeInRange(1, 512 * 1024, "the reader needs the 64 KiB probe and a block of rows, not the input");
        input.Served.Should().BeGreaterThan(6_000_000, "the whole input was read by the end");
    }

    [Test]
    public async Task ReadEachAsync_EventLogAndReportText_StreamToo()
    {
        using var log = new GeneratedTable(rows: 100_000, header: "部门,日期,规则,数量", row: i => $"部门{i},2023-11-03,FW-01,1");
        long servedAtFirst = -1;
        var events = await EventLogReader.Default.ReadAsync(log);
        events.Events.Should().HaveCount(100_000);

        using var report = new GeneratedTable(rows: 100_000, header: "2023年11月窗口考核结果\n序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值", row: i => $"{i + 1}\t部门{i}\t100\t0\t1\t101");
        var summary = await AssessmentTableReader.Default.ReadEachAsync(report, (_, _) =>
        {
            if (servedAtFirst < 0)
            {
                servedAtFirst = report.Served;
            }

            return ValueTask.CompletedTask;
        });

        summary.RowCount.Should().Be(100_000);
        servedAtFirst.Should().BeInRange(1, 512 * 1024);
    }

    [Test]
    public async Task ReadAsync_TokenCancelledBeforehand_ThrowsBeforeReading()
    {
        using var input = new GeneratedTable(rows: 10);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => AssessmentTableReader.Default.ReadAsync(input, cancellationToken: cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => EventLogReader.Default.ReadAsync(input, cancellationToken: cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        input.Served.Should().Be(0);
    }

    [Test]
    public async Task ReadAsync_CancelledMidway_StopsWithoutReadingTheRest()
    {
        using var input = new GeneratedTable(rows: 1_000_000);
        using var cancel = new CancellationTokenSource();
        var read = () => AssessmentTableReader.Default.ReadEachAsync(input, async (row, token) =>
        {
            if (row.Line == 1000)
            {
                await cancel.CancelAsync();
            }
        }, cancellationToken: cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        input.Served.Should().BeLessThan(1_000_000, "reading stopped at the cancellation, far before the end of the input");
    }

    [Test]
    public async Task ReadAsync_HostSource_UsesTheDefaultReadAsync_SameAsRead()
    {
        string[][] records = [["序号", "部门窗口", "实得分值"], ["1", "教育厅", "101"], ["2", "教育厅", "abc"], ["3", "公安厅", "99"]];
        var expected = AssessmentTableReader.Default.Read(new CellTableSource(records, "Sheet1"));

        using var source = new CellTableSource(records, "Sheet1");
        var result = await AssessmentTableReader.Default.ReadAsync(source);

        result.Rows.Should().Equal(expected.Rows);
        result.Diagnostics.Should().Equal(expected.Diagnostics);
        result.Errors.Should().NotBeEmpty("the duplicate and the bad total are reported by both");

        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        using var again = new CellTableSource(records);
        await FluentActions.Awaiting(() => AssessmentTableReader.Default.ReadAsync(again, cancellationToken: cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    // Lines a table or a log may hold, hostile ones among them.
    private static readonly string[] Lines =
    [
        "序号,部门窗口,基础分,减分,加分,实得分值", "序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值", "部门,日期,规则,数量",
        "2023年11月窗口考核结果", "1,教育厅,100,0,5,105", "2\t公安厅\t100\t-0.5\t0\t99.5", "教育厅,2023-11-03,FW-01,1",
        "3,\"引号,里\",100,0,0,100", "4,\"未闭合,100,0,0,100", "5,a\"b,100,0,0,100", "6,教育厅,100,0,5,105", "x,y", "",
        "   ", "\t\t", "7,控制\u0001字符,100,0,0,100", "8,全角１２,１００,0,0,100", "9,=1+2,100,0,0,100", "2 交通运输厅 100 0 19 119",
        "本表完。", new string('长', 300), string.Join(",", Enumerable.Repeat("c", 80)), "10,😀,100,0,0,100",
    ];

    private static readonly Gen<(byte[] Bytes, ImportOptions Options)> Inputs =
        Gen.Select(
            Gen.Int[0, Lines.Length - 1].Array[0, 30],
            Gen.OneOfConst("\n", "\r\n", "\r"),
            Gen.Int[0, 4],
            Gen.Int[-1, 200],
            Gen.OneOfConst<long>(long.MaxValue, 64, 300, 2000),
            Gen.OneOfConst(4096, 20))
        .Select((picks, lineEnd, encoding, invalidAt, maxBytes, maxField) =>
        {
            var text = string.Join(lineEnd, picks.Select(i => Lines[i]));
            var bytes = encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text),
                1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
                2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                3 => Gb18030.GetBytes(text),
                _ => Encoding.UTF8.GetBytes(text),
            };
            if (invalidAt >= 0 && invalidAt < bytes.Length)
            {
                bytes[invalidAt] = 0xFF; // a byte invalid in UTF-8 (and a lead byte GB18030 refuses)
            }

            return (bytes, new ImportOptions { MaxBytes = maxBytes, MaxFieldLength = maxField });
        });

    [Test]
    public void ReadAsync_AnyInput_SameRowsAndDiagnosticsAsRead()
    {
        Inputs.Sample(input =>
        {
            var (bytes, options) = input;
            var expected = AssessmentTableReader.Default.Read(new MemoryStream(bytes), options);
            var actual = AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(bytes), options).GetAwaiter().GetResult();
            actual.Rows.Should().Equal(expected.Rows);
            actual.Diagnostics.Should().Equal(expected.Diagnostics);
        }, iter: 300);
    }

    [Test]
    public void EventLogReadAsync_AnyInput_SameEventsAndDiagnosticsAsRead()
    {
        Inputs.Sample(input =>
        {
            var (bytes, options) = input;
            var expected = EventLogReader.Default.Read(new MemoryStream(bytes), options);
            var actual = EventLogReader.Default.ReadAsync(new AsyncOnlyStream(bytes), options).GetAwaiter().GetResult();
            actual.Events.Should().Equal(expected.Events);
            actual.Diagnostics.Should().Equal(expected.Diagnostics);
        }, iter: 300);
    }

    /// <summary>A table generated as it is read (nothing held), counting the bytes served; every synchronous read throws.</summary>
    private sealed class GeneratedTable(int rows, string header = "序号,部门窗口,基础分,减分,加分,实得分值", Func<int, string>? row = null) : Stream
    {
        private readonly Func<int, string> _row = row ?? (i => $"{i + 1},部门{i},100,0,{i % 20},{100 + (i % 20)}");
        private int _next = -1;
        private byte[] _pending = [];
        private int _offset;

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var n = 0;
            while (n < buffer.Length)
            {
                if (_offset == _pending.Length)
                {
                    if (_next >= rows)
                    {
                        break;
                    }

                    _pending = Encoding.UTF8.GetBytes((_next < 0 ? header : _row(_next)) + "\n");
                    _offset = 0;
                    _next++;
                }

                var k = Math.Min(buffer.Length - n, _pending.Length - _offset);
                _pending.AsSpan(_offset, k).CopyTo(buffer.Span[n..]);
                _offset += k;
                n += k;
            }

            Served += n;
            return n;
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
