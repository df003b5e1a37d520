using System.Collections;

namespace WindowScoring.Import;

/// <summary>
/// The rows of an <see cref="ImportResult"/>: a read-only list kept in chunks of 1,024 items (8 KB each), so that a table of
/// millions of rows never allocates one large array. A growing <see cref="List{T}"/> would put every larger copy on the
/// large object heap and trigger full collections of everything read so far; chunks are never copied.
/// </summary>
internal sealed class RowList<T> : IReadOnlyList<T>
{
    private const int Shift = 10;
    private const int ChunkSize = 1 << Shift;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => (uint)index < (uint)Count
        ? _chunks[index >> Shift][index & (ChunkSize - 1)]
        : Preconditions.FailOutOfRange<T>(index, "The index is outside the list.", nameof(index));

    internal void Add(T item)
    {
        var offset = Count & (ChunkSize - 1);
        if (offset == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1][offset] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> Shift][i & (ChunkSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
