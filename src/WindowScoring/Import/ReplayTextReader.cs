namespace WindowScoring.Import;

/// <summary>
/// A text reader that serves an already-read prefix, then the rest of another reader, and stops after a
/// character budget (setting <see cref="BudgetExceeded"/>), so no consumer can read more than the limit.
/// </summary>
internal sealed class ReplayTextReader(string prefix, TextReader rest, long budget) : TextReader
{
    private int _prefixPosition;
    private long _served;
    private int _line = 1;
    private char _carry; // a high surrogate that ended the last block
    private bool _afterCr; // the last block ended with CR (its LF may begin the next)

    internal bool BudgetExceeded { get; private set; }

    /// <summary>The first line holding a lone surrogate, which the CSV parser would turn into U+FFFD without a word (it
    /// reads UTF-8); the reader reports it (WS132) so the row is not taken as typed. Noncharacters reach the cells and are
    /// refused there (CellText).</summary>
    internal int? NotTextLine { get; private set; }

    public override int Peek()
    {
        if (_prefixPosition < prefix.Length)
        {
            return prefix[_prefixPosition];
        }

        return _served >= budget ? -1 : rest.Peek();
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_served >= budget)
        {
            if (!BudgetExceeded)
            {
                BudgetExceeded = _prefixPosition < prefix.Length || rest.Peek() >= 0 || rest.Read() >= 0;
            }

            return 0;
        }

        return Count(buffer, FromPrefix(buffer) ?? rest.Read(buffer[..Allowed(buffer.Length)]));
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_served >= budget)
        {
            if (!BudgetExceeded)
            {
                BudgetExceeded = _prefixPosition < prefix.Length || await rest.ReadAsync(new char[1], cancellationToken).ConfigureAwait(false) > 0;
            }

            return 0;
        }

        var n = FromPrefix(buffer.Span) ?? await rest.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span, n);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    private int Allowed(int length) => (int)Math.Min(length, budget - _served);

    // Copies from the prefix while it lasts; null once it is served (then the rest is read).
    private int? FromPrefix(Span<char> buffer)
    {
        if (_prefixPosition >= prefix.Length)
        {
            return null;
        }

        var n = Math.Min(Allowed(buffer.Length), prefix.Length - _prefixPosition);
        prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
        _prefixPosition += n;
        return n;
    }

    // Counts what was served and checks it for text no reader may keep (a lone surrogate).
    private int Count(ReadOnlySpan<char> buffer, int n)
    {
        _served += n;
        Check(buffer[..n]);
        return n;
    }

    private void Check(ReadOnlySpan<char> block)
    {
        if (NotTextLine is not null)
        {
            return;
        }

        if (block.IsEmpty)
        {
            NotTextLine = _carry != 0 ? _line : null; // the input ended on a high surrogate
            return;
        }

        if (_carry != 0)
        {
            _carry = '\0';
            if (!char.IsLowSurrogate(block[0]))
            {
                NotTextLine = _line;
                return;
            }

            block = block[1..];
        }

        if (!block.IsEmpty && char.IsHighSurrogate(block[^1]))
        {
            _carry = block[^1];
            block = block[..^1];
        }

        var at = IndexOfLoneSurrogate(block);
        var afterCr = _afterCr;
        NotTextLine = at >= 0 ? _line + InputText.LineBreaks(block[..at], '\r', '\n', ref afterCr) : null;
        _line += InputText.LineBreaks(block, '\r', '\n', ref _afterCr);
    }

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> block)
    {
        for (var at = block.IndexOfAnyInRange('\uD800', '\uDFFF'); at >= 0 && at < block.Length; at++)
        {
            if (char.IsHighSurrogate(block[at]) && at + 1 < block.Length && char.IsLowSurrogate(block[at + 1]))
            {
                at++;
            }
            else if (char.IsSurrogate(block[at]))
            {
                return at;
            }
        }

        return -1;
    }
}
