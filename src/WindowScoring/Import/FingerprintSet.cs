namespace WindowScoring.Import;

/// <summary>
/// The departments a read has seen, as 128-bit fingerprints (<see cref="TableRowReader.Fingerprint"/>), kept so that adding
/// a new one touches little memory at random: a hash table of 10^6 fingerprints (32 MB, grown by doubling into fresh
/// arrays) cost a cache and TLB miss a row and a page fault every 256 slots, which on the 2-core virtual machine of the
/// benchmarks measured more than parsing the rows. Instead:
/// <list type="bullet">
/// <item>a filter of 16 to 32 bits a fingerprint (one 64-bit word, six bits set in it: 2 MB for 10^6, so it mostly stays
/// in a core's cache) says "certainly new" for all but about one new fingerprint in a thousand; a fingerprint's word is
/// chosen by its top bits, so growing the filter is a sequential pass over the runs;</item>
/// <item>the fingerprints themselves are kept sorted, in runs merged as a binary counter carries (the last 4,096 unsorted,
/// then sorted by a counting pass on their top bits), in buffers from <see cref="System.Buffers.ArrayPool{T}.Shared"/>,
/// so keeping them is sequential work in reused memory;
/// they are searched only when the filter says "maybe" (a repeat, or rarely a new one).</item>
/// </list>
/// The answers are exactly those of a <see cref="HashSet{T}"/> of the fingerprints (property-tested against one).
/// </summary>
internal sealed class FingerprintSet
{
    private const int BatchSize = 4096;
    private const int BucketBits = 12; // a bucket per fingerprint of a batch, on average
    private const int BucketCount = 1 << BucketBits;
    private readonly int[] _bucketStarts = new int[BucketCount + 1];
    private readonly int[] _bucketNext = new int[BucketCount];
    private readonly UInt128[] _recent = new UInt128[BatchSize]; // the latest fingerprints, not yet sorted
    private readonly List<(UInt128[] Keys, int Length)> _runs = []; // sorted, in pooled buffers (Length of them used); lengths decreasing
    private ulong[] _filter = new ulong[BatchSize / 4];
    private int _recentCount;
    private int _count;

    /// <summary>The fingerprints added.</summary>
    internal int Count => _count;

    /// <summary>Adds a fingerprint; false when it was already there.</summary>
    internal bool Add(UInt128 fingerprint)
    {
        var (word, bits) = FilterBits(fingerprint, _filter.Length);
        if ((_filter[word] & bits) == bits && Contains(fingerprint))
        {
            return false;
        }

        _filter[word] |= bits;
        _recent[_recentCount++] = fingerprint;
        if (_recentCount == BatchSize)
        {
            Flush();
        }

        if (++_count > _filter.Length * 4)
        {
            GrowFilter();
        }

        return true;
    }

    // The filter's word for a fingerprint (the top bits of its high half, so that a sorted run sets the words of a grown
    // filter in order) and the six bits set in it (from bits 0-35 of its low half).
    private static (int Word, ulong Bits) FilterBits(UInt128 fingerprint, int words)
    {
        var low = (ulong)fingerprint;
        var bits = (1UL << (int)(low & 63)) | (1UL << (int)((low >> 6) & 63)) | (1UL << (int)((low >> 12) & 63))
            | (1UL << (int)((low >> 18) & 63)) | (1UL << (int)((low >> 24) & 63)) | (1UL << (int)((low >> 30) & 63));
        return ((int)((ulong)(fingerprint >> 64) >> (64 - System.Numerics.BitOperations.Log2((uint)words))), bits);
    }

    private bool Contains(UInt128 fingerprint)
    {
        if (_recent.AsSpan(0, _recentCount).Contains(fingerprint))
        {
            return true;
        }

        foreach (var run in _runs)
        {
            if (run.Keys.AsSpan(0, run.Length).BinarySearch(fingerprint) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The recent batch sorted into a run; then runs of equal or smaller size merged, newest first, as a binary counter
    // carries: each fingerprint is moved about log2(n / 4096) times, always sequentially.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Flush()
    {
        var keys = System.Buffers.ArrayPool<UInt128>.Shared.Rent(_recentCount);
        var run = (Keys: keys, Length: _recentCount);
        SortInto(_recent.AsSpan(0, _recentCount), keys.AsSpan(0, _recentCount));
        _recentCount = 0;
        while (_runs.Count > 0 && _runs[^1].Length <= run.Length)
        {
            run = Merge(_runs[^1], run);
            _runs.RemoveAt(_runs.Count - 1);
        }

        _runs.Add(run);
    }

    // A batch sorted: counted into buckets by the top 12 bits, then each bucket sorted (a fingerprint is a hash, so a bucket
    // of a full batch holds about one; colliding top bits only make a bucket's sort longer). Several times faster than a
    // comparison sort of the batch, which the import of a 10^6-row table measured.
    private void SortInto(ReadOnlySpan<UInt128> batch, Span<UInt128> sorted)
    {
        var starts = _bucketStarts;
        Array.Clear(starts);
        foreach (var fingerprint in batch)
        {
            starts[Bucket(fingerprint) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        var next = _bucketNext;
        starts.AsSpan(0, BucketCount).CopyTo(next);
        foreach (var fingerprint in batch)
        {
            sorted[next[Bucket(fingerprint)]++] = fingerprint;
        }

        for (var b = 0; b < BucketCount; b++)
        {
            if (starts[b + 1] - starts[b] > 1)
            {
                sorted[starts[b]..starts[b + 1]].Sort();
            }
        }
    }

    private static int Bucket(UInt128 fingerprint) => (int)((ulong)(fingerprint >> 64) >> (64 - BucketBits));

    private static (UInt128[], int) Merge((UInt128[] Keys, int Length) x, (UInt128[] Keys, int Length) y)
    {
        var a = x.Keys.AsSpan(0, x.Length);
        var b = y.Keys.AsSpan(0, y.Length);
        var array = System.Buffers.ArrayPool<UInt128>.Shared.Rent(a.Length + b.Length);
        var merged = array.AsSpan(0, a.Length + b.Length);
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            merged[k++] = a[i] < b[j] ? a[i++] : b[j++];
        }

        a[i..].CopyTo(merged[k..]);
        b[j..].CopyTo(merged[(k + a.Length - i)..]);
        System.Buffers.ArrayPool<UInt128>.Shared.Return(x.Keys);
        System.Buffers.ArrayPool<UInt128>.Shared.Return(y.Keys);
        return (array, merged.Length);
    }

    // Twice the words, every fingerprint set in them again (a sequential read of the runs).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void GrowFilter()
    {
        var filter = new ulong[_filter.Length * 2];
        foreach (var fingerprint in _recent.AsSpan(0, _recentCount))
        {
            Set(filter, fingerprint);
        }

        foreach (var run in _runs)
        {
            foreach (var fingerprint in run.Keys.AsSpan(0, run.Length))
            {
                Set(filter, fingerprint);
            }
        }

        _filter = filter;
    }

    private static void Set(ulong[] filter, UInt128 fingerprint)
    {
        var (word, bits) = FilterBits(fingerprint, filter.Length);
        filter[word] |= bits;
    }
}
