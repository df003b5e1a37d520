namespace WindowScoring.Web;

/// <summary>
/// A read-only stream that gives back the bytes already read from the start of another stream, then the rest of it: the
/// upload peeks at a request body's first bytes (to tell a workbook from text) and the reader still gets the whole file.
/// Every asynchronous read stays asynchronous (Kestrel refuses synchronous reads of a request body).
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="body"/> and returns them with a stream of the whole body.</summary>
    public static async Task<(byte[] Head, Stream Body)> PeekAsync(Stream body, int count, CancellationToken cancellationToken)
    {
        var head = new byte[count];
        var read = await body.ReadAtLeastAsync(head, count, throwOnEndOfStream: false, cancellationToken);
        Array.Resize(ref head, read);
        return (head, new PrefixedStream(head, body));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TakePrefix(buffer) is var n and > 0)
        {
            return n;
        }

        return rest.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TakePrefix(buffer.Span) is var n and > 0)
        {
            return ValueTask.FromResult(n);
        }

        return rest.ReadAsync(buffer, cancellationToken);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakePrefix(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }
}
