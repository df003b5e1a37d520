namespace WindowScoring.Import;

/// <summary>
/// The departments a read has seen, as 128-bit fingerprints (<see cref="TableRowReader.Fingerprint"/>), kept so that adding
/// a new one touches little memory at random: a hash table of 10^6 fingerprints (32 MB, grown by doubling into fresh
/// arrays) cost a cache and TLB miss a row and a page fault every 256 slots, which on the 2-core virtual machine of the
/// benchmarks measured more than parsing the rows. Instead:
/// <list type="bullet">
/// <item>a filter of 32 bits a fingerprint (one 64-bit word, six bits set in it: 4 MB for 10^6) says "certainly new" for
/// almost every new fingerprint;</item>
/// <item>the fingerprints themselves are kept sorted, in runs merged as a binary counter carries (the last 4,096 unsorted),
/// in buffers from <see cref="System.Buffers.ArrayPool{T}.Shared"/>, so keeping them is sequential work in reused memory;
/// they are searched only when the filter says "maybe" (a repeat, or rarely a new one).</item>
/// </list>
/// The answers are exactly those of a <see cref="HashSet{T}"/> of the fingerprints (property-tested against one).
/// </summary>
internal sealed class FingerprintSet
{
    private const int BatchSize = 4096;
    private readonly UInt128[] _recent = new UInt128[BatchSize]; // the latest fingerprints, not yet sorted
    private readonly List<(UInt128[] Keys, int Length)> _runs = []; // sorted, in pooled buffers (Length of them used); lengths decreasing
    private ulong[] _filter = new ulong[BatchSize / 2];
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

        if (++_count > _filter.Length * 2)
        {
            GrowFilter();
        }

        return true;
    }

    // The filter's word for a fingerprint (from bits 40-63 of its low half) and the six bits set in it (from bits 0-35).
    private static (int Word, ulong Bits) FilterBits(UInt128 fingerprint, int words)
    {
        var low = (ulong)fingerprint;
        var bits = (1UL << (int)(low & 63)) | (1UL << (int)((low >> 6) & 63)) | (1UL << (int)((low >> 12) & 63))
            | (1UL << (int)((low >> 18) & 63)) | (1UL << (int)((low >> 24) & 63)) | (1UL << (int)((low >> 30) & 63));
        return ((int)(low >> 40) & (words - 1), bits);
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
        _recent.AsSpan(0, _recentCount).CopyTo(keys);
        var run = (Keys: keys, Length: _recentCount);
        keys.AsSpan(0, run.Length).Sort();
        _recentCount = 0;
        while (_runs.Count > 0 && _runs[^1].Length <= run.Length)
        {
            run = Merge(_runs[^1], run);
            _runs.RemoveAt(_runs.Count - 1);
        }

        _runs.Add(run);
    }

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
