using System.Runtime.CompilerServices;

namespace WindowScoring;

public static partial class Ranker
{
    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(i => (ulong)Math.Pow(10, i))];

    /// <summary>
    /// Maps keys to buckets in ranked order (bucket 0 holds the best key) without sorting the keys:
    /// every key is scaled exactly to a <see cref="long"/> at the keys' common scale, then either offset
    /// into a dense range (few distinct values in a small span, e.g. totals in steps of 0.5) or looked up
    /// among the sorted distinct values. Null when the keys are too many and distinct for either, in which
    /// case callers sort. Exact: two keys share a bucket only when they are equal decimals.
    /// </summary>
    private sealed class BucketMap
    {
        private readonly int _scale;
        private readonly long _offset;
        private readonly bool _descending;
        private readonly Dictionary<long, int>? _lookup;

        private BucketMap(int scale, long offset, bool descending, int count, Dictionary<long, int>? lookup)
        {
            _scale = scale;
            _offset = offset;
            _descending = descending;
            Count = count;
            _lookup = lookup;
        }

        internal int Count { get; }

        internal static BucketMap? TryCreate(ReadOnlySpan<decimal> keys, RankOrder order)
        {
            if (keys.IsEmpty)
            {
                return null;
            }

            var scale = 0;
            foreach (var key in keys)
            {
                scale = Math.Max(scale, key.Scale);
            }

            if (scale >= PowersOfTen.Length)
            {
                return null;
            }

            long min = long.MaxValue, max = long.MinValue;
            foreach (var key in keys)
            {
                if (!TryScale(key, scale, out var v))
                {
                    return null;
                }

                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            var descending = order == RankOrder.Descending;
            var span = (ulong)(max - min);
            if (span < (ulong)Math.Max(4096, keys.Length) && span < 1 << 24)
            {
                return new BucketMap(scale, descending ? max : min, descending, (int)span + 1, null);
            }

            // Wide span: few distinct values can still be counted through a lookup of the sorted distinct values.
            var limit = Math.Max(1024, keys.Length / 8);
            var distinct = new HashSet<long>();
            foreach (var key in keys)
            {
                TryScale(key, scale, out var v);
                if (distinct.Add(v) && distinct.Count > limit)
                {
                    return null;
                }
            }

            var sorted = distinct.ToArray();
            Array.Sort(sorted);
            if (descending)
            {
                Array.Reverse(sorted);
            }

            var lookup = new Dictionary<long, int>(sorted.Length);
            for (var i = 0; i < sorted.Length; i++)
            {
                lookup.Add(sorted[i], i);
            }

            return new BucketMap(scale, 0, descending, sorted.Length, lookup);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int BucketOf(decimal key)
        {
            TryScale(key, _scale, out var v);
            if (_lookup is not null)
            {
                return _lookup[v];
            }

            return (int)(_descending ? _offset - v : v - _offset);
        }

        // key = value / 10^scale exactly, when the scaled mantissa fits in a long.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool TryScale(decimal key, int scale, out long value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(key, bits);
            value = 0;
            if (bits[2] != 0)
            {
                return false;
            }

            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            var factor = PowersOfTen[scale - ((bits[3] >> 16) & 0xFF)];
            if (mantissa > (ulong)long.MaxValue / factor)
            {
                return false;
            }

            var scaled = (long)(mantissa * factor);
            value = bits[3] < 0 ? -scaled : scaled;
            return true;
        }
    }

    /// <summary>Per bucket: how many keys fall in it and how many keys rank before it; the dense rank when asked.</summary>
    private static (int[] Counts, int[] Starts, int[]? Dense) CountBuckets(ReadOnlySpan<decimal> keys, BucketMap map, bool dense)
    {
        var counts = new int[map.Count];
        foreach (var key in keys)
        {
            counts[map.BucketOf(key)]++;
        }

        var starts = new int[map.Count];
        var denseRanks = dense ? new int[map.Count] : null;
        var before = 0;
        var distinct = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            starts[b] = before;
            before += counts[b];
            if (counts[b] > 0)
            {
                distinct++;
            }

            if (denseRanks is not null)
            {
                denseRanks[b] = distinct;
            }
        }

        return (counts, starts, denseRanks);
    }

    /// <summary>Fills whole-number ranks by counting; false when the keys cannot be bucketed (the caller sorts instead).</summary>
    private static bool TryRankByCounting(ReadOnlySpan<decimal> keys, Span<int> ranks, RankingMethod method, RankOrder order)
    {
        var map = BucketMap.TryCreate(keys, order);
        if (map is null)
        {
            return false;
        }

        var (counts, starts, dense) = CountBuckets(keys, map, method == RankingMethod.Dense);
        var ordinal = method == RankingMethod.Ordinal;
        for (var i = 0; i < keys.Length; i++)
        {
            var b = map.BucketOf(keys[i]);
            var start = starts[b];
            if (ordinal)
            {
                // Ordinal ranks use only the position: the bucket's start becomes its next free position, in input order.
                starts[b]++;
            }

            ranks[i] = (int)RankAt(method, start, start + counts[b], start, dense?[b] ?? 0);
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="keys"/> are ranked by counting (linear time), false when they are sorted (O(n log n)):
    /// counting applies when every key scales exactly to a <see cref="long"/> at the keys' common scale and the keys
    /// either span a small range or have few distinct values. Both paths rank through <see cref="RankAt"/>.
    /// </summary>
    internal static bool UsesCounting(ReadOnlySpan<decimal> keys, RankOrder order) => BucketMap.TryCreate(keys, order) is not null;

    /// <summary>The input indices in ranked order (ties in input order), by a counting sort; null when the keys cannot be bucketed.</summary>
    private static int[]? TryOrderByCounting(ReadOnlySpan<decimal> keys, RankOrder order)
    {
        var map = BucketMap.TryCreate(keys, order);
        if (map is null)
        {
            return null;
        }

        var (_, starts, _) = CountBuckets(keys, map, dense: false);
        var sorted = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[starts[map.BucketOf(keys[i])]++] = i;
        }

        return sorted;
    }
}
