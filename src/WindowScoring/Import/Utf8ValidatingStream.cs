using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Passes UTF-8 bytes through unchanged while checking that they are valid UTF-8 (throwing
/// <see cref="DecoderFallbackException"/> at the first invalid sequence, as a strict decoder would), and stops after
/// a byte budget (setting <see cref="BudgetExceeded"/>). Lets CsvHelper read UTF-8 bytes directly, without a
/// decode to UTF-16 and back, and without accepting bytes a strict reader would refuse.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner, long budget) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private long _served;

    internal bool BudgetExceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _served;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_served >= budget)
        {
            Span<byte> one = stackalloc byte[1];
            BudgetExceeded |= inner.Read(one) > 0;
            return 0;
        }

        var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, budget - _served)]);
        if (n == 0)
        {
            if (_carryLength > 0)
            {
                throw new DecoderFallbackException("The input ends inside a UTF-8 sequence.");
            }

            return 0;
        }

        Validate(buffer[..n]);
        _served += n;
        return n;
    }

    // Validates carry + chunk, keeping an incomplete sequence at the end as the next carry.
    private void Validate(ReadOnlySpan<byte> chunk)
    {
        var start = 0;
        if (_carryLength > 0)
        {
            // Complete the sequence begun in the previous chunk.
            var need = Math.Min(SequenceLength(_carry[0]) - _carryLength, chunk.Length);
            chunk[..need].CopyTo(_carry.AsSpan(_carryLength));
            _carryLength += need;
            if (_carryLength < SequenceLength(_carry[0]))
            {
                return; // still incomplete (a chunk of one or two bytes)
            }

            if (!System.Text.Unicode.Utf8.IsValid(_carry.AsSpan(0, _carryLength)))
            {
                throw new DecoderFallbackException("Invalid UTF-8.");
            }

            start = need;
            _carryLength = 0;
        }

        var rest = chunk[start..];
        var tail = IncompleteTail(rest);
        if (!System.Text.Unicode.Utf8.IsValid(rest[..^tail]))
        {
            throw new DecoderFallbackException("Invalid UTF-8.");
        }

        rest[^tail..].CopyTo(_carry);
        _carryLength = tail;
    }

    private static int SequenceLength(byte lead) =>
        lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;

    // How many bytes at the end start a sequence that continues beyond the chunk (0 when the chunk ends cleanly).
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for its lead
            }

            return SequenceLength(b) > back ? back : 0;
        }

        return 0;
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
