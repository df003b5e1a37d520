using System.IO.Compression;
using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// The workbook reader and the .xlsx and .docx writers with streams that refuse synchronous reads and writes (as Kestrel's
/// request and response bodies do): the same rows and diagnostics as the synchronous read, the same package as the
/// synchronous write, and cancellation honoured.
/// </summary>
public sealed partial class AsyncOpenXmlTests
{
    private static RankedTable RankedSeed() => ScoringEngine.Default.Rank(Workbooks.SeedRows().ToTable());

    [TestCase("2023-11.xlsx", long.MaxValue)]
    [TestCase("2023-11.xlsx", 1000)]
    [TestCase("2023-11.xls", long.MaxValue)]
    [TestCase("2023-11-formulas.xlsx", long.MaxValue)]
    public async Task ReadAsync_StreamThatRefusesSynchronousReads_SameRowsAndDiagnosticsAsRead(string file, long maxBytes)
    {
        var bytes = await File.ReadAllBytesAsync(Workbooks.Data(file));
        var options = new ImportOptions { MaxBytes = maxBytes };

        var expected = WorkbookReader.Read(new MemoryStream(bytes), options);
        var actual = await WorkbookReader.ReadAsync(new AsyncOnly(bytes), options);

        actual.Rows.Should().Equal(expected.Rows);
        actual.Diagnostics.Should().Equal(expected.Diagnostics);
    }

    [Test]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        var bytes = await File.ReadAllBytesAsync(Workbooks.Data("2023-11.xlsx"));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => WorkbookReader.ReadAsync(new AsyncOnly(bytes), cancellationToken: cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    private static IEnumerable<TestCaseData> Writers()
    {
        yield return new TestCaseData(XlsxTableWriter.Default).SetArgDisplayNames("xlsx");
        yield return new TestCaseData(DocxTableWriter.Default).SetArgDisplayNames("docx");
    }

    // Two writes of one table differ in the zip's timestamps and in the relationship ids the Open XML SDK draws at random
    // (R and 16 hex digits), so the packages are compared entry by entry (names, order, content) with those ids blanked.
    [TestCaseSource(nameof(Writers))]
    public async Task WriteAsync_StreamThatRefusesSynchronousWrites_SamePackageAsWrite(ITableWriter<RankedTable> writer)
    {
        var expected = new MemoryStream();
        writer.Write(RankedSeed(), expected);

        var target = new AsyncOnly([]);
        await writer.WriteAsync(RankedSeed(), target);

        Entries(target.Written()).Should().BeEquivalentTo(Entries(expected.ToArray()), o => o.WithStrictOrdering());
        writer.FileExtension.Should().BeOneOf("xlsx", "docx");
        writer.MediaType.Should().StartWith("application/vnd.openxmlformats-officedocument.");
    }

    [TestCaseSource(nameof(Writers))]
    public async Task WriteAsync_Cancelled_WritesNothing(ITableWriter<RankedTable> writer)
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var target = new AsyncOnly([]);

        await FluentActions.Awaiting(() => writer.WriteAsync(RankedSeed(), target, cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        target.Written().Should().BeEmpty();
    }

    private static List<(string Name, byte[] Bytes)> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var content = e.Open();
            var bytes = new MemoryStream();
            content.CopyTo(bytes);
            var text = RelationshipId().Replace(System.Text.Encoding.UTF8.GetString(bytes.ToArray()), "R");
            return (e.FullName, System.Text.Encoding.UTF8.GetBytes(text));
        }).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex("R[0-9a-f]{16}")]
    private static partial System.Text.RegularExpressions.Regex RelationshipId();

    /// <summary>Reads the given bytes and collects what is written; every synchronous read, write or flush throws.</summary>
    private sealed class AsyncOnly(byte[] bytes) : Stream
    {
        private readonly MemoryStream _in = new(bytes);
        private readonly MemoryStream _out = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Written() => _out.ToArray();

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return _in.Read(buffer.Span[..Math.Min(buffer.Length, 1000)]);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            _out.Write(buffer.Span);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
