using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Decodes a stream strictly (an exception fallback), whole lines at a time. At the first sequence invalid in the
/// encoding it ends the text after the last complete line before it and records that line (<see cref="InvalidLine"/>),
/// so the rows before the bad bytes are read, no row is cut in half, and the reader reports the line. Bytes are cut
/// into blocks only after a line break (LF or CR), which never lies inside a character in UTF-8, GB18030 or (at an even
/// offset) UTF-16, so each block decodes on its own.
/// </summary>
internal sealed class StrictTextReader : TextReader
{
    private readonly Stream _stream;
    private readonly Encoding _encoding;
    private readonly int _maxLineBytes;
    private readonly int _unit;          // 2 for UTF-16, else 1
    private readonly bool _bigEndian;
    private byte[] _raw = new byte[64 * 1024];
    private int _rawLength;              // bytes read, not yet decoded
    private char[] _text = [];
    private int _textStart;
    private int _textEnd;
    private int _lines = 1;
    private bool _afterCr;               // the text decoded last ended with CR (its LF may begin the next block)
    private bool _ended;
    private bool _sourceDone;

    internal StrictTextReader(Stream stream, Encoding encoding, int maxLineChars)
    {
        _stream = stream;
        _encoding = (Encoding)encoding.Clone();
        _encoding.DecoderFallback = DecoderFallback.ExceptionFallback;
        _maxLineBytes = (int)Math.Min(int.MaxValue / 2, (long)maxLineChars * 4);
        _unit = encoding is UnicodeEncoding ? 2 : 1;
        _bigEndian = encoding.CodePage == 1201;
    }

    /// <summary>The line of the first invalid sequence; null while the bytes are valid.</summary>
    internal int? InvalidLine { get; private set; }

    public override int Peek() => Fill() ? _text[_textStart] : -1;

    public override int Read() => Fill() ? _text[_textStart++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _textEnd - _textStart);
        _text.AsSpan(_textStart, n).CopyTo(buffer);
        _textStart += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_textStart == _textEnd && !_ended)
        {
            while (NeedsBytes())
            {
                Append(await _stream.ReadAsync(RawSpace(), cancellationToken).ConfigureAwait(false));
            }

            DecodeBlock();
        }

        return Read(buffer.Span); // decoded text is waiting (or the end): no read of the stream
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (_textStart == _textEnd)
        {
            if (_ended)
            {
                return false;
            }

            while (NeedsBytes())
            {
                Append(_stream.Read(RawSpace().Span));
            }

            DecodeBlock();
        }

        return true;
    }

    // Reads until the raw bytes hold a line break (or the end, or too long a line): true while more bytes are wanted.
    private bool NeedsBytes() => LastBreak() < 0 && !_sourceDone && _rawLength <= _maxLineBytes;

    // Room for the next read, grown when less than 16 KB is left.
    private Memory<byte> RawSpace()
    {
        if (_raw.Length - _rawLength < 16 * 1024)
        {
            Array.Resize(ref _raw, _raw.Length * 2);
        }

        return _raw.AsMemory(_rawLength);
    }

    private void Append(int read)
    {
        _sourceDone = read == 0;
        _rawLength += read;
    }

    // Decodes the raw bytes up to the last line break (or all of them at the end, or an overlong line).
    private void DecodeBlock()
    {
        var cut = LastBreak();
        var overlong = cut < 0 && !_sourceDone; // a line longer than any record may be: hand it over (the readers report it)
        if (cut < 0)
        {
            cut = _rawLength; // the last line (or the overlong one)
        }

        var (decoded, consumed, complete) = Decode(cut, overlong);
        _text = decoded;
        _textStart = 0;
        _textEnd = decoded.Length;
        _raw.AsSpan(consumed, _rawLength - consumed).CopyTo(_raw);
        _rawLength -= consumed;
        _lines += InputText.LineBreaks<char>(decoded, '\r', '\n', ref _afterCr);
        if (!complete)
        {
            InvalidLine = _lines;
            _ended = true;
        }
        else if (_sourceDone && _rawLength == 0)
        {
            _ended = true;
        }
    }

    // Decodes raw[0..count). On bytes that do not decode: an overlong line cut inside a character keeps the cut
    // character's bytes for the next block; otherwise only the whole lines before the invalid bytes are kept and
    // complete is false.
    private (char[] Text, int Consumed, bool Complete) Decode(int count, bool overlong)
    {
        try
        {
            return (_encoding.GetChars(_raw, 0, count), count, true);
        }
        catch (DecoderFallbackException)
        {
        }

        // The longest prefix that decodes when a cut character at its end is allowed (monotonic, so a binary search).
        int low = 0, high = count;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            try
            {
                _encoding.GetDecoder().GetCharCount(_raw, 0, mid, flush: false);
                low = mid;
            }
            catch (DecoderFallbackException)
            {
                high = mid - 1;
            }
        }

        // Step back to a character boundary (at most 3 bytes in UTF-8 and GB18030, 2 in UTF-16).
        var boundary = low;
        while (boundary > 0 && !DecodesCompletely(boundary))
        {
            boundary = low - boundary >= 4 ? 0 : boundary - 1;
        }

        var text = boundary == 0 ? [] : _encoding.GetChars(_raw, 0, boundary);
        if (overlong && low >= count - 3)
        {
            return (text, boundary, true); // only a character cut by the block's end: the rest comes with the next block
        }

        var lines = text.AsSpan().LastIndexOfAny('\n', '\r') + 1;
        return (text[..lines], boundary, false);
    }

    private bool DecodesCompletely(int count)
    {
        try
        {
            _encoding.GetCharCount(_raw, 0, count);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // The offset just after the last line break in the raw bytes, or -1.
    private int LastBreak()
    {
        var bytes = _raw.AsSpan(0, _rawLength);
        if (_unit == 1)
        {
            var i = bytes.LastIndexOfAny((byte)'\n', (byte)'\r');
            return i < 0 ? -1 : i + 1;
        }

        for (var i = (_rawLength & ~1) - 2; i >= 0; i -= 2)
        {
            if (_bigEndian ? bytes[i] == 0 && bytes[i + 1] is (byte)'\n' or (byte)'\r' : bytes[i] is (byte)'\n' or (byte)'\r' && bytes[i + 1] == 0)
            {
                return i + 2;
            }
        }

        return -1;
    }
}
