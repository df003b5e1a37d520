namespace WindowScoring.OpenXml;

/// <summary>The uncompressed bytes a read may still consume (<c>ImportOptions.MaxBytes</c>), shared by every part it reads.</summary>
internal sealed class Budget(long bytes)
{
    internal long Remaining { get; private set; } = bytes;

    /// <summary>True once a read wanted more than the budget.</summary>
    internal bool Exceeded { get; private set; }

    /// <summary>Takes <paramref name="count"/> bytes; false (and <see cref="Exceeded"/>) when there are not that many left.</summary>
    internal bool Take(long count)
    {
        if (count > Remaining)
        {
            Exceeded = true;
            return false;
        }

        Remaining -= count;
        return true;
    }
}

/// <summary>A read-only stream that ends (returns 0) where its <see cref="Budget"/> runs out, and marks the budget exceeded
/// when there was more; it owns and disposes the stream it reads.</summary>
internal sealed class BudgetStream(Stream inner, Budget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (budget.Exceeded || buffer.IsEmpty)
        {
            return 0;
        }

        if (budget.Remaining == 0)
        {
            Span<byte> probe = stackalloc byte[1];
            if (inner.Read(probe) > 0)
            {
                budget.Take(1); // marks it exceeded
            }

            return 0;
        }

        var want = (int)Math.Min(buffer.Length, budget.Remaining);
        var read = inner.Read(buffer[..want]);
        budget.Take(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
