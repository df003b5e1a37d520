using WindowScoring.Export;
using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.Export;

/// <summary>
/// Every text writer's <c>WriteAsync</c> writes the bytes of its <c>Write</c> (the byte order mark by the same rule), with no
/// synchronous write to the stream, and honours cancellation; the writers are reachable through <see cref="ITableWriter{TTable}"/>.
/// </summary>
public sealed class AsyncWriterTests
{
    private static RankedTable Ranked(int departments = 3) => ScoringEngine.Default.Rank(
        Enumerable.Range(0, departments).Select(i => new Assessment(Department.FromName("部门" + i + (i % 7 == 0 ? "=1+1,\"|<b>" : string.Empty)), 100m, i % 3 * 0.5m, i % 11)),
        notAssessed: [new NotAssessedEntry(Department.FromName("省医保局"), "新进驻")]);

    private static IEnumerable<TestCaseData> Writers()
    {
        foreach (var departments in new[] { 0, 3, 5000 })
        {
            yield return Case("csv ranked " + departments, CsvTableWriter.Default, Ranked(departments));
            yield return Case("tsv ranked " + departments, new CsvTableWriter(TableLanguage.English, '\t'), Ranked(departments));
            yield return Case("markdown ranked " + departments, MarkdownTableWriter.Default, Ranked(departments));
            yield return Case("report ranked " + departments, ReportTableWriter.Default, Ranked(departments));
        }

        yield return Case("csv aggregated", CsvTableWriter.Default, Quarter().Aggregate(AssessmentPeriod.Quarter(2023, 4)));
        yield return Case("markdown aggregated", MarkdownTableWriter.Default, Quarter().Aggregate(AssessmentPeriod.Quarter(2023, 4)));
        yield return Case("csv history", CsvTableWriter.Default, Quarter().Analyze()[Dept(Education)]);
        yield return Case("markdown history", MarkdownTableWriter.Default, Quarter().Analyze()[Dept(Education)]);
    }

    private static TestCaseData Case<TTable>(string name, ITableWriter<TTable> writer, TTable table)
        where TTable : class =>
        new TestCaseData(
            (Action<Stream>)(s => writer.Write(table, s)),
            (Func<Stream, CancellationToken, Task>)((s, t) => writer.WriteAsync(table, s, t))).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Writers))]
    public async Task WriteAsync_SameBytesAsWrite_WithNoSynchronousWrite(Action<Stream> write, Func<Stream, CancellationToken, Task> writeAsync)
    {
        var expected = new MemoryStream();
        write(expected);

        var target = new AsyncOnlyWriteStream();
        await writeAsync(target, CancellationToken.None);
        target.ToArray().Should().Equal(expected.ToArray());
        target.Flushed.Should().BeTrue();

        // A stream already written to: no byte order mark from either (the same rule).
        var syncAfter = new MemoryStream();
        syncAfter.Write([1, 2, 3]);
        write(syncAfter);
        var asyncAfter = new MemoryStream();
        asyncAfter.Write([1, 2, 3]);
        await writeAsync(asyncAfter, CancellationToken.None);
        asyncAfter.ToArray().Should().Equal(syncAfter.ToArray());
    }

    [Test]
    public async Task WriteAsync_LargeTable_PassesOnBytesInChunks_NotAllAtTheEnd()
    {
        var target = new AsyncOnlyWriteStream();
        await CsvTableWriter.Default.WriteAsync(Ranked(20_000), target);

        target.Writes.Should().BeGreaterThan(10, "the text is passed on every few kilobytes");
        target.LargestWrite.Should().BeLessThan(target.ToArray().Length / 4);
    }

    [Test]
    public async Task WriteAsync_LargeTable_EveryTextWriterPassesOnInChunks_NeverAnEmptyWrite()
    {
        ITableWriter<RankedTable>[] writers = [CsvTableWriter.Default, MarkdownTableWriter.Default, ReportTableWriter.Default];
        foreach (var writer in writers)
        {
            var target = new AsyncOnlyWriteStream();
            await writer.WriteAsync(Ranked(20_000), target);

            target.Writes.Should().BeGreaterThan(5, "{0} passes on its text between rows, not all at the end", writer.GetType().Name);
            target.EmptyWrites.Should().Be(0);
        }

        var empty = new AsyncOnlyWriteStream();
        await CsvTableWriter.Default.WriteAsync(Ranked(0), empty);
        empty.EmptyWrites.Should().Be(0);
    }

    [Test]
    public async Task ToStreamAsync_Cancelled_StopsTheFormatterAtOnceAndBetweenRows()
    {
        var rows = 0;
        IEnumerable<int> Body(TextWriter writer)
        {
            for (var i = 0; i < 10; i++)
            {
                rows++;
                writer.Write("row\n");
                yield return i;
            }
        }

        using var before = new CancellationTokenSource();
        await before.CancelAsync();
        await FluentActions.Awaiting(() => TextTarget.ToStreamAsync(new MemoryStream(), TextTarget.Utf8, Body, before.Token)).Should().ThrowAsync<OperationCanceledException>();
        rows.Should().Be(0, "a token cancelled before the write starts no row");

        using var during = new CancellationTokenSource();
        IEnumerable<int> CancelAfterFirst(TextWriter writer)
        {
            foreach (var row in Body(writer))
            {
                during.Cancel();
                yield return row;
            }
        }

        rows = 0;
        await FluentActions.Awaiting(() => TextTarget.ToStreamAsync(new MemoryStream(), TextTarget.Utf8, CancelAfterFirst, during.Token)).Should().ThrowAsync<OperationCanceledException>();
        rows.Should().Be(1, "the token is checked after every row");
    }

    [Test]
    public async Task WriteAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var target = new AsyncOnlyWriteStream();

        await FluentActions.Awaiting(() => CsvTableWriter.Default.WriteAsync(Ranked(), target, cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => ReportTableWriter.Default.WriteAsync(Ranked(), target, cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        target.ToArray().Should().BeEmpty();
    }

    [Test]
    public async Task WriteAsync_NullArguments_Throw()
    {
        await FluentActions.Awaiting(() => CsvTableWriter.Default.WriteAsync((RankedTable)null!, new MemoryStream())).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => MarkdownTableWriter.Default.WriteAsync(Ranked(), null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Test]
    public void Writers_FileExtensionsAndMediaTypes()
    {
        ITableWriter<RankedTable>[] writers = [CsvTableWriter.Default, new CsvTableWriter(delimiter: '\t'), MarkdownTableWriter.Default, ReportTableWriter.Default];

        writers.Select(w => w.FileExtension).Should().Equal("csv", "tsv", "md", "txt");
        writers.Select(w => w.MediaType).Should().Equal("text/csv; charset=utf-8", "text/tab-separated-values; charset=utf-8", "text/markdown; charset=utf-8", "text/plain; charset=utf-8");
    }

    /// <summary>Like Kestrel's response body: every synchronous write or flush throws; counts the writes.</summary>
    private sealed class AsyncOnlyWriteStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public int EmptyWrites { get; private set; }

        public bool Flushed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => _bytes.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushed = true;
            return Task.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            Writes++;
            EmptyWrites += buffer.IsEmpty ? 1 : 0;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _bytes.Write(buffer.Span);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
