namespace WindowScoring.Import;

/// <summary>
/// A text reader that serves an already-read prefix, then the rest of another reader, and stops after a
/// character budget (setting <see cref="BudgetExceeded"/>), so no consumer can read more than the limit.
/// </summary>
internal sealed class ReplayTextReader(string prefix, TextReader rest, long budget) : TextReader
{
    private int _prefixPosition;
    private long _served;

    internal bool BudgetExceeded { get; private set; }

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
            if (!BudgetExceeded && (_prefixPosition < prefix.Length || rest.Peek() >= 0 || rest.Read() >= 0))
            {
                BudgetExceeded = true;
            }

            return 0;
        }

        var allowed = (int)Math.Min(buffer.Length, budget - _served);
        int n;
        if (_prefixPosition < prefix.Length)
        {
            n = Math.Min(allowed, prefix.Length - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
        }
        else
        {
            n = rest.Read(buffer[..allowed]);
        }

        _served += n;
        return n;
    }
}
