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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (BudgetExceeded || buffer.IsEmpty)
        {
            return 0;
        }

        var want = (int)Math.Min(buffer.Length, budget - _read);
        if (want <= 0)
        {
            Span<byte> probe = stackalloc byte[1];
            BudgetExceeded = inner.Read(probe) > 0;
            return 0;
        }

        var n = inner.Read(buffer[..want]);
        _read += n;
        return n;
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
