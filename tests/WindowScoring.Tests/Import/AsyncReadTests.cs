using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Async reads for web hosts: no synchronous read of the stream, cancellation between rows, the same limits.</summary>
public sealed class AsyncReadTests
{
    private static byte[] SeedBytes() => File.ReadAllBytes(TestData.NovemberTablePath);

    [Test]
    public async Task ReadAsync_StreamThatRefusesSynchronousReads_ReadsTheSeedTable()
    {
        var result = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(SeedBytes()));

        var expected = AssessmentTableReader.Default.Read(new MemoryStream(SeedBytes()));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(expected.Rows);
        result.Diagnostics.Should().Equal(expected.Diagnostics);
    }

    [Test]
    public async Task ReadEachAsync_AwaitsEachRowInInputOrder_KeepingNone()
    {
        var lines = new List<int>();
        var summary = await AssessmentTableReader.Default.ReadEachAsync(new AsyncOnlyStream(SeedBytes()), async (row, token) =>
        {
            await Task.Yield();
            lines.Add(row.Line);
        });

        summary.RowCount.Should().Be(29);
        lines.Should().BeInAscendingOrder().And.HaveCount(29);
    }

    [Test]
    public async Task ReadEachAsync_CancelledBetweenRows_StopsWithOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var read = () => AssessmentTableReader.Default.ReadEachAsync(new AsyncOnlyStream(SeedBytes()), (row, token) =>
        {
            if (++seen == 3)
            {
                cancel.Cancel();
            }

            return ValueTask.CompletedTask;
        }, cancellationToken: cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(3);
    }

    [Test]
    public async Task ReadAsync_InputOverTheByteLimit_IsWS100AndKeepsTheRowsBefore()
    {
        var bytes = SeedBytes();
        var result = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(bytes), new ImportOptions { MaxBytes = bytes.Length / 2 });

        result.Errors.Select(d => d.Code).Should().Contain(DiagnosticCodes.InputTooLarge);
        result.Rows.Should().NotBeEmpty().And.HaveCountLessThan(29);
    }

    [Test]
    public async Task ReadAsync_Gb18030Input_CountsTheLimitInBytes()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(File.ReadAllText(TestData.NovemberTablePath, Encoding.UTF8));
        var chars = File.ReadAllText(TestData.NovemberTablePath, Encoding.UTF8).Length;
        bytes.Length.Should().BeGreaterThan(chars, "Chinese takes two bytes a character in GBK");

        var result = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(bytes), new ImportOptions { MaxBytes = chars + 1 });

        result.Errors.Select(d => d.Code).Should().Contain(DiagnosticCodes.InputTooLarge, "the limit counts bytes where there are bytes");
    }
}
