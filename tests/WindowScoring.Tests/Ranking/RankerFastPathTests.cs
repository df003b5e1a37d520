using CsCheck;

namespace WindowScoring.Tests.Ranking;

/// <summary>
/// The counting fast paths (dense range, distinct-value lookup) and the sorting fallback all agree with
/// a naive reference ranking, for every method and both orders.
/// </summary>
public sealed class RankerFastPathTests
{
    // Few distinct keys around ±2^63 and 2^64 at scales 0 to 2, so the counting path must decide whether the common scale
    // still fits a long (18446744073709551616 at scale 0 does not; 5 and 0 beside it must not be ranked as equals).
    private static readonly Gen<decimal> NearLongRange = Gen.OneOfConst(
        18446744073709551616m, 18446744073709551615m, 9223372036854775807m, 9223372036854775808m, -9223372036854775808m,
        -9223372036854775809m, 922337203685477580.7m, 92233720368547758.08m, 5m, 0m, 0.5m, -1m);

    private static readonly Gen<decimal[]> Keys = Gen.OneOf(
        Gen.Int[120, 240].Select(i => i / 2m).Array[0, 300],                                // steps of 0.5: dense range
        Gen.Const(0).Select(_ => Enumerable.Repeat(100m, 50).ToArray()),                  // all equal
        Gen.Int[0, 100_000].Select(i => i / 4m).Array[0, 200],                             // many distinct
        Gen.Decimal.Array[0, 100],                                                         // any decimal: fallback sort
        Gen.OneOf(Gen.Const(1e15m), Gen.Const(-1e15m), Gen.Const(0.5m), Gen.Const(3m)).Array[0, 200], // wide span, few values: lookup
        Gen.Int[-50, 50].Select(i => i / 3m).Array[0, 100],                                // many decimal places
        Gen.Int[-100, 100].Select(i => i * 1.000m).Array[0, 100],                          // trailing zeros
        NearLongRange.Array[0, 40]);                                                       // keys near and beyond long range

    private static decimal Reference(decimal[] keys, int i, RankingMethod method, RankOrder order)
    {
        bool Better(decimal a, decimal b) => order == RankOrder.Descending ? a > b : a < b;
        var better = keys.Count(k => Better(k, keys[i]));
        var equal = keys.Count(k => k == keys[i]);
        var equalBefore = keys.Take(i).Count(k => k == keys[i]);
        return method switch
        {
            RankingMethod.Competition => better + 1,
            RankingMethod.ModifiedCompetition => better + equal,
            RankingMethod.Dense => keys.Where(k => Better(k, keys[i])).Distinct().Count() + 1,
            RankingMethod.Ordinal => better + equalBefore + 1,
            _ => better + ((equal + 1) / 2m),
        };
    }

    [Test]
    public void Property_AllPaths_MatchTheReference([Values] RankingMethod method, [Values] RankOrder order)
    {
        Keys.Sample(keys =>
        {
            var expected = keys.Select((_, i) => Reference(keys, i, method, order)).ToArray();

            var viaItems = Ranker.Rank(keys, k => k, method, order).OrderBy(r => r.InputIndex).Select(r => r.Rank);
            viaItems.Should().Equal(expected);

            var decimals = new decimal[keys.Length];
            Ranker.ComputeRanks(keys, decimals, method, order);
            decimals.Should().Equal(expected);

            if (method != RankingMethod.Fractional)
            {
                var ints = new int[keys.Length];
                Ranker.ComputeRanks(keys, ints, method, order);
                ints.Select(r => (decimal)r).Should().Equal(expected);
            }
        }, iter: 40);
    }

    [Test]
    public void ComputeRanks_IntFractional_Throws()
    {
        FluentActions.Invoking(() => Ranker.ComputeRanks([1m], new int[1], RankingMethod.Fractional)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void ComputeRanks_KeyBeyondLongRange_IsNotMistakenForASmallerOne()
    {
        decimal[] keys = [18446744073709551616m, 5m, 0m, 0m];
        var ranks = new int[keys.Length];
        Ranker.ComputeRanks(keys, ranks);
        ranks.Should().Equal(1, 2, 3, 3);
        Ranker.UsesCounting(keys, RankOrder.Descending).Should().BeFalse("2^64 does not fit a long at the keys' common scale");
    }

    [Test]
    public void Rank_UntiedRows_HaveTieSizeOne_AndTiedRowsTheirRunLength()
    {
        var ranked = Ranker.Rank([120m, 114.5m, 114.5m, 110m, 100m], k => k).OrderBy(r => r.InputIndex).ToArray();
        ranked.Select(r => r.TieSize).Should().Equal(1, 2, 2, 1, 1);
        ranked.Select(r => r.IsFirstWithRank).Should().Equal(true, true, false, true, true);
    }

    [Test]
    public void MaximumDecimals_FallBackToSorting_Exactly()
    {
        decimal[] keys = [decimal.MaxValue, decimal.MinValue, decimal.MaxValue, 0.0000000000000000000000000001m, 0m];
        var ranks = new int[keys.Length];
        Ranker.ComputeRanks(keys, ranks);
        ranks.Should().Equal(1, 5, 1, 3, 4);
    }
}
