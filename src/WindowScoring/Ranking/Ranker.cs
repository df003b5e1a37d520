using System.Runtime.CompilerServices;

namespace WindowScoring;

/// <summary>
/// Ranks any sequence by a <see cref="decimal"/> key: competition (1224, the default), modified
/// competition (1334), dense (1223), ordinal (1234) or fractional (1 2.5 2.5 4), highest first by default.
/// </summary>
/// <remarks>
/// <para>Keys compare as exact decimals: <c>114.50</c> and <c>114.5</c> are the same key.</para>
/// <para>Stable and deterministic: items with equal keys keep their input order, so the result never
/// depends on hashing or thread timing. Linear time for totals with few distinct values (they are
/// counted, not sorted); O(n log n) otherwise.</para>
/// <para>Worked example (competition, highest first): 120, 120, 114.5 → ranks 1, 1, 3; printed ranks
/// "1", "", "3" (a published table leaves the 序号 cell of the second tied row blank).</para>
/// <para>Stateless and safe to call from any number of threads.</para>
/// </remarks>
public static partial class Ranker
{
    /// <summary>Ranks <paramref name="items"/> by <paramref name="keySelector"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items; enumerated once.</param>
    /// <param name="keySelector">The key of an item, e.g. its total.</param>
    /// <param name="method">How ties are ranked; competition (1224) by default.</param>
    /// <param name="order">Highest first (default) or lowest first.</param>
    /// <returns>The items in ranked order (ties in input order), each with its rank.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="order"/> is undefined.</exception>
    public static IReadOnlyList<RankedItem<T>> Rank<T>(
        IEnumerable<T> items,
        Func<T, decimal> keySelector,
        RankingMethod method = RankingMethod.Competition,
        RankOrder order = RankOrder.Descending)
    {
        Preconditions.CheckNotNull(items);
        Preconditions.CheckNotNull(keySelector);
        Preconditions.CheckDefined(method);
        Preconditions.CheckDefined(order);
        var list = items as IReadOnlyList<T> ?? items.ToArray();
        var keys = new decimal[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = keySelector(list[i]);
        }

        return RankIndexed(list, keys, Enumerable.Range(0, keys.Length).ToArray(), method, order);
    }

    /// <summary>
    /// Ranks each group on its own (e.g. counties out of 150 and districts out of 100 in one table).
    /// Groups come in the order of their first item in the input.
    /// </summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <typeparam name="TGroup">The type of the group key.</typeparam>
    /// <param name="items">The items; enumerated once.</param>
    /// <param name="groupSelector">The group of an item.</param>
    /// <param name="keySelector">The key of an item.</param>
    /// <param name="method">How ties are ranked; competition (1224) by default.</param>
    /// <param name="order">Highest first (default) or lowest first.</param>
    /// <param name="groupComparer">Compares group keys; the default comparer when null.</param>
    /// <returns>One ranked list per group.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="order"/> is undefined.</exception>
    public static IReadOnlyList<RankedGroup<TGroup, T>> RankWithinGroups<T, TGroup>(
        IEnumerable<T> items,
        Func<T, TGroup> groupSelector,
        Func<T, decimal> keySelector,
        RankingMethod method = RankingMethod.Competition,
        RankOrder order = RankOrder.Descending,
        IEqualityComparer<TGroup>? groupComparer = null)
        where TGroup : notnull
    {
        Preconditions.CheckNotNull(items);
        Preconditions.CheckNotNull(groupSelector);
        Preconditions.CheckNotNull(keySelector);
        Preconditions.CheckDefined(method);
        Preconditions.CheckDefined(order);
        var list = items as IReadOnlyList<T> ?? items.ToArray();
        var groups = new Dictionary<TGroup, List<int>>(groupComparer);
        var groupOrder = new List<TGroup>();
        for (var i = 0; i < list.Count; i++)
        {
            var g = groupSelector(list[i]);
            if (!groups.TryGetValue(g, out var members))
            {
                groups.Add(g, members = []);
                groupOrder.Add(g);
            }

            members.Add(i);
        }

        var result = new RankedGroup<TGroup, T>[groupOrder.Count];
        for (var gi = 0; gi < result.Length; gi++)
        {
            var members = groups[groupOrder[gi]].ToArray();
            var keys = new decimal[members.Length];
            for (var j = 0; j < members.Length; j++)
            {
                keys[j] = keySelector(list[members[j]]);
            }

            result[gi] = new RankedGroup<TGroup, T>(groupOrder[gi], RankIndexed(list, keys, members, method, order));
        }

        return result;
    }

    /// <summary>
    /// Computes the rank of every key, in input order, without materialising items: <c>ranks[i]</c> is the
    /// rank of <c>keys[i]</c>. Totals with few distinct values (the usual case: steps of 0.5 between 60 and
    /// 120) are ranked by counting in linear time with memory independent of the number of keys beyond
    /// <paramref name="ranks"/> itself; many distinct keys fall back to a stable sort (O(n log n)).
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="ranks">Receives the ranks; at least as long as <paramref name="keys"/>.</param>
    /// <param name="method">How ties are ranked; competition (1224) by default. Not <see cref="RankingMethod.Fractional"/>, whose ranks are not whole numbers.</param>
    /// <param name="order">Highest first (default) or lowest first.</param>
    /// <exception cref="ArgumentException"><paramref name="ranks"/> is shorter than <paramref name="keys"/>, or <paramref name="method"/> is fractional.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="order"/> is undefined.</exception>
    public static void ComputeRanks(
        ReadOnlySpan<decimal> keys,
        Span<int> ranks,
        RankingMethod method = RankingMethod.Competition,
        RankOrder order = RankOrder.Descending)
    {
        Preconditions.CheckDefined(method);
        Preconditions.CheckDefined(order);
        Preconditions.CheckArgument(method != RankingMethod.Fractional, "Fractional ranks are not whole numbers: use the decimal overload.", nameof(method));
        Preconditions.CheckArgument(ranks.Length >= keys.Length, "The rank buffer is shorter than the keys.", nameof(ranks));
        if (TryRankByCounting(keys, ranks, method, order))
        {
            return;
        }

        var sortedKeys = keys.ToArray();
        var sorted = SortStable(sortedKeys, order);
        foreach (var (start, end, dense) in Runs(sortedKeys))
        {
            for (var p = start; p < end; p++)
            {
                ranks[sorted[p]] = (int)RankAt(method, start, end, p, dense);
            }
        }
    }

    /// <summary>
    /// Computes the rank of every key, in input order: <c>ranks[i]</c> is the rank of <c>keys[i]</c>. Any
    /// method, fractional included. See <see cref="ComputeRanks(ReadOnlySpan{decimal}, Span{int}, RankingMethod, RankOrder)"/>
    /// for the algorithm.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="ranks">Receives the ranks; at least as long as <paramref name="keys"/>.</param>
    /// <param name="method">How ties are ranked; competition (1224) by default.</param>
    /// <param name="order">Highest first (default) or lowest first.</param>
    /// <exception cref="ArgumentException"><paramref name="ranks"/> is shorter than <paramref name="keys"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="order"/> is undefined.</exception>
    public static void ComputeRanks(
        ReadOnlySpan<decimal> keys,
        Span<decimal> ranks,
        RankingMethod method = RankingMethod.Competition,
        RankOrder order = RankOrder.Descending)
    {
        Preconditions.CheckDefined(method);
        Preconditions.CheckDefined(order);
        Preconditions.CheckArgument(ranks.Length >= keys.Length, "The rank buffer is shorter than the keys.", nameof(ranks));
        var whole = new int[keys.Length];
        if (method != RankingMethod.Fractional)
        {
            ComputeRanks(keys, whole, method, order);
            for (var i = 0; i < whole.Length; i++)
            {
                ranks[i] = whole[i];
            }

            return;
        }

        // Fractional = the mean of the competition rank (first position of the tie) and the modified one (last).
        var last = new int[keys.Length];
        ComputeRanks(keys, whole, RankingMethod.Competition, order);
        ComputeRanks(keys, last, RankingMethod.ModifiedCompetition, order);
        for (var i = 0; i < whole.Length; i++)
        {
            ranks[i] = (whole[i] + last[i]) / 2m;
        }
    }

    // The runs of equal keys in sorted keys: each run's bounds (0-based, end exclusive) and its dense rank.
    private static IEnumerable<(int Start, int End, int Dense)> Runs(decimal[] sortedKeys)
    {
        var dense = 0;
        for (var start = 0; start < sortedKeys.Length;)
        {
            var end = RunEnd(sortedKeys, start);
            yield return (start, end, ++dense);
            start = end;
        }
    }

    private static RankedItem<T>[] RankIndexed<T>(IReadOnlyList<T> list, decimal[] keys, int[] inputIndices, RankingMethod method, RankOrder order)
    {
        int[] sorted;
        if (TryOrderByCounting(keys, order) is { } counted)
        {
            sorted = counted;
            var unsorted = (decimal[])keys.Clone();
            for (var p = 0; p < sorted.Length; p++)
            {
                keys[p] = unsorted[sorted[p]];
            }
        }
        else
        {
            sorted = SortStable(keys, order);
        }

        var result = new RankedItem<T>[keys.Length];
        foreach (var (start, end, dense) in Runs(keys))
        {
            for (var p = start; p < end; p++)
            {
                var input = inputIndices[sorted[p]];
                var rank = RankAt(method, start, end, p, dense);
                var firstWithRank = p == start || method == RankingMethod.Ordinal;
                result[p] = new RankedItem<T>(list[input], keys[p], rank, p + 1, input, end - start, firstWithRank);
            }
        }

        return result;
    }

    // Sorts keys in place into ranked order and returns, for each sorted position, the index of the key
    // in the original order. Equal keys keep their original order.
    private static int[] SortStable(decimal[] keys, RankOrder order)
    {
        var indices = new int[keys.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(keys, indices);
        if (order == RankOrder.Descending)
        {
            Array.Reverse(keys);
            Array.Reverse(indices);
        }

        for (var start = 0; start < keys.Length;)
        {
            var end = RunEnd(keys, start);
            if (end - start > 1)
            {
                Array.Sort(indices, start, end - start);
            }

            start = end;
        }

        return indices;
    }

    private static int RunEnd(decimal[] sortedKeys, int start)
    {
        var end = start + 1;
        while (end < sortedKeys.Length && sortedKeys[end] == sortedKeys[start])
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The one place that says what each <see cref="RankingMethod"/> means, for the counting and the sorting path alike.
    /// <paramref name="start"/> and <paramref name="end"/> bound the run of equal keys in ranked order (0-based, end
    /// exclusive); <paramref name="p"/> is the item's position in ranked order (within the run, ties in input order);
    /// <paramref name="denseRank"/> is the run's 1-based number among the distinct keys.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method (the public entry
    /// points check first, so this is a guard against a method added without a meaning).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal RankAt(RankingMethod method, int start, int end, int p, int denseRank) => method switch
    {
        RankingMethod.Competition => start + 1,
        RankingMethod.ModifiedCompetition => end,
        RankingMethod.Dense => denseRank,
        RankingMethod.Ordinal => p + 1,
        RankingMethod.Fractional => (start + 1 + end) / 2m,
        _ => Preconditions.FailOutOfRange<decimal>(method, $"Unknown {nameof(RankingMethod)} value.", nameof(method)),
    };
}
