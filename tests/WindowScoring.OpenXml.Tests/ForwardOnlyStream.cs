namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// A stream that reads forward only, as a request body does: it cannot seek, gives at most <c>chunk</c> bytes a read,
/// counts what it gave, fails with an <see cref="IOException"/> after <c>failAfter</c> reads, and tells whether it was disposed.
/// </summary>
internal sealed class ForwardOnlyStream(byte[] bytes, int chunk = 1000, int failAfter = int.MaxValue) : Stream
{
    private readonly MemoryStream _in = new(bytes);
    private int _reads;

    public long BytesRead { get; private set; }

    public bool Disposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (++_reads > failAfter)
        {
            throw new IOException("the connection was reset");
        }

        var n = _in.Read(buffer[..Math.Min(buffer.Length, chunk)]);
        BytesRead += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
