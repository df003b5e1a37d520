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
            if (!BudgetExceeded)
            {
                BudgetExceeded = _prefixPosition < prefix.Length || rest.Peek() >= 0 || rest.Read() >= 0;
            }

            return 0;
        }

        return Count(FromPrefix(buffer) ?? rest.Read(buffer[..Allowed(buffer.Length)]));
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

        return Count(FromPrefix(buffer.Span) ?? await rest.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));
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

    private int Count(int n)
    {
        _served += n;
        return n;
    }
}
