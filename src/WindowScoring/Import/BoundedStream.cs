namespace WindowScoring.Import;

/// <summary>
/// Passes bytes through unchanged, straight into the caller's buffer, and stops after a byte budget
/// (<see cref="BudgetExceeded"/>). Lets CsvHelper read UTF-8 bytes directly, without a decode to UTF-16 and back. The bytes
/// are not checked here: every cell the reader uses is checked as it is decoded (<see cref="Utf8Cells"/>), which covers
/// every byte of every record used.
/// </summary>
internal sealed class BoundedStream(Stream inner, long budget, bool leaveOpen = false) : ReadOnlyStream
{
    private long _read;

    internal bool BudgetExceeded { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var want = Allowed(buffer.Length);
        if (want <= 0)
        {
            if (want < 0)
            {
                Span<byte> probe = stackalloc byte[1];
                BudgetExceeded = inner.Read(probe) > 0;
            }

            return 0;
        }

        return Count(inner.Read(buffer[..want]));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var want = Allowed(buffer.Length);
        if (want <= 0)
        {
            if (want < 0)
            {
                BudgetExceeded = await inner.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0;
            }

            return 0;
        }

        return Count(await inner.ReadAsync(buffer[..want], cancellationToken).ConfigureAwait(false));
    }

    // How many bytes a read of `length` may take: 0 when there is nothing to do, -1 when the budget is spent (the caller
    // then reads one byte to learn whether there was more).
    private int Allowed(int length)
    {
        if (BudgetExceeded || length == 0)
        {
            return 0;
        }

        var want = (int)Math.Min(length, budget - _read);
        return want <= 0 ? -1 : want;
    }

    private int Count(int read)
    {
        _read += read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
