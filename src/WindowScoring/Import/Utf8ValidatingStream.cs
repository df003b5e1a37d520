namespace WindowScoring.Import;

/// <summary>
/// Passes UTF-8 bytes through unchanged, whole lines at a time, while checking that they are valid UTF-8, and stops
/// after a byte budget (<see cref="BudgetExceeded"/>). At the first invalid sequence it ends the data after the last
/// complete line before it and records that line (<see cref="InvalidLine"/>), so every good row before it is read,
/// no row is cut in half (a cut number could look valid), and the reader reports the line. Lets CsvHelper read UTF-8
/// bytes directly, without a decode to UTF-16 and back.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner, long budget, int maxLineBytes) : ReadOnlyStream
{
    private const int ChunkSize = 64 * 1024;
    private byte[] _pending = new byte[2 * ChunkSize];
    private int _pendingStart;
    private int _pendingEnd;   // bytes [start, end) are validated, not yet delivered
    private int _deliverable;  // bytes [start, deliverable) end with a line break (or the input): safe to hand over
    private long _read;
    private int _lines = 1;
    private bool _ended;

    internal bool BudgetExceeded { get; private set; }

    /// <summary>The line of the first invalid UTF-8 sequence; null while the bytes are valid.</summary>
    internal int? InvalidLine { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_pendingStart == _deliverable)
        {
            if (_ended || !ReadChunk())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _deliverable - _pendingStart);
        _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
        _pendingStart += n;
        return n;
    }

    // Reads, validates and queues one chunk; false at the end of the data.
    private bool ReadChunk()
    {
        if (_pendingStart > 0)
        {
            _pending.AsSpan(_pendingStart, _pendingEnd - _pendingStart).CopyTo(_pending);
            _pendingEnd -= _pendingStart;
            _deliverable -= _pendingStart;
            _pendingStart = 0;
        }

        var want = (int)Math.Min(ChunkSize, budget - _read);
        if (want > 0 && _pending.Length < _pendingEnd + want)
        {
            Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingEnd + want));
        }

        // Read straight into the queue, after what is already there.
        var n = want > 0 ? inner.Read(_pending, _pendingEnd, want) : 0;
        if (want <= 0)
        {
            Span<byte> probe = stackalloc byte[1];
            BudgetExceeded = inner.Read(probe) > 0;
        }

        if (n == 0)
        {
            // The end: what is left is a last line without a line break; it must be complete UTF-8.
            _ended = true;
            if (!System.Text.Unicode.Utf8.IsValid(_pending.AsSpan(0, _pendingEnd)))
            {
                EndAtInvalid(_pendingEnd);
                return _deliverable > 0;
            }

            _deliverable = _pendingEnd;
            return _deliverable > 0;
        }

        _read += n;
        var from = _deliverable;
        _pendingEnd += n;

        // Validate whole lines: everything up to the last line break (a line break never sits inside a sequence).
        var lastBreak = _pending.AsSpan(from, _pendingEnd - from).LastIndexOf((byte)'\n');
        int upTo;
        if (lastBreak >= 0)
        {
            upTo = from + lastBreak + 1;
        }
        else if (_pendingEnd - from > maxLineBytes)
        {
            // A line longer than any record may be: hand it over (CsvHelper's record limit reports it) rather than hold it all.
            upTo = _pendingEnd - IncompleteTail(_pending.AsSpan(from, _pendingEnd - from));
        }
        else
        {
            return true; // no complete line yet: read more
        }

        if (!System.Text.Unicode.Utf8.IsValid(_pending.AsSpan(from, upTo - from)))
        {
            EndAtInvalid(upTo);
            return true;
        }

        _lines += _pending.AsSpan(from, upTo - from).Count((byte)'\n');
        _deliverable = upTo;
        return true;
    }

    // Finds the line of the first invalid sequence among the queued bytes; hands over the lines before it, then ends.
    private void EndAtInvalid(int upTo)
    {
        var from = _deliverable;
        var bytes = _pending.AsSpan(from, upTo - from);
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var validBytes, out _, replaceInvalidSequences: false);
        var lastBreak = bytes[..validBytes].LastIndexOf((byte)'\n');
        var good = lastBreak + 1;
        _deliverable = from + good;
        _lines += bytes[..good].Count((byte)'\n');
        InvalidLine = _lines;
        _ended = true;
    }

    // How many bytes at the end start a sequence that continues beyond them (0 when they end cleanly).
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for its lead
            }

            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return length > back ? back : 0;
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
