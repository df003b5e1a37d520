using CsCheck;

namespace WindowScoring.Tests.Ranking;

public sealed class RankerTests
{
    private static readonly decimal[] Tied = [120m, 120m, 114.5m, 110m, 110m, 110m, 99.5m];

    private static decimal[] RanksInInputOrder(IReadOnlyList<decimal> keys, RankingMethod method, RankOrder order = RankOrder.Descending) =>
        Ranker.Rank(keys, k => k, method, order).OrderBy(r => r.InputIndex).Select(r => r.Rank).ToArray();

    [Test]
    public void Rank_Empty_GivesEmpty()
    {
        Ranker.Rank(Array.Empty<decimal>(), k => k).Should().BeEmpty();
    }

    [Test]
    public void Rank_Single_IsRankOne()
    {
        Ranker.Rank([87.5m], k => k).Should().ContainSingle().Which.Should().Match<RankedItem<decimal>>(r => r.Rank == 1m && r.PrintedRank == "1" && !r.IsTied);
    }

    [Test]
    public void Rank_AllEqual_AllRankOne()
    {
        Ranker.Rank([100m, 100m, 100m, 100m], k => k).Select(r => r.Rank).Should().Equal(1m, 1m, 1m, 1m);
    }

    [Test]
    public void Rank_TiedTotals_ShareRankAndSkipNext()
    {
        Ranker.Rank([120m, 120m, 114.5m], k => k).Select(r => r.Rank).Should().Equal(1m, 1m, 3m);
    }

    [TestCase(RankingMethod.Competition, new[] { 1.0, 1, 3, 4, 4, 4, 7 })]
    [TestCase(RankingMethod.ModifiedCompetition, new[] { 2.0, 2, 3, 6, 6, 6, 7 })]
    [TestCase(RankingMethod.Dense, new[] { 1.0, 1, 2, 3, 3, 3, 4 })]
    [TestCase(RankingMethod.Ordinal, new[] { 1.0, 2, 3, 4, 5, 6, 7 })]
    [TestCase(RankingMethod.Fractional, new[] { 1.5, 1.5, 3, 5, 5, 5, 7 })]
    public void Rank_EachMethod_OnTheSameTiedInput(RankingMethod method, double[] expected)
    {
        RanksInInputOrder(Tied, method).Should().Equal(expected.Select(e => (decimal)e));
    }

    [Test]
    public void Rank_NegativeTotals_RankBelowPositive()
    {
        RanksInInputOrder([-3m, 0m, -0.5m, 2m, -3m], RankingMethod.Competition).Should().Equal(4m, 2m, 3m, 1m, 4m);
    }

    [Test]
    public void Rank_TrailingZerosAreTheSameKey()
    {
        var ranked = Ranker.Rank([114.50m, 114.5m, 114.500m], k => k);
        ranked.Select(r => r.Rank).Should().Equal(1m, 1m, 1m);
        ranked.Should().AllSatisfy(r => r.TieSize.Should().Be(3));
    }

    [Test]
    public void Rank_Ascending_LowestFirst()
    {
        RanksInInputOrder([3m, 1m, 2m, 1m], RankingMethod.Competition, RankOrder.Ascending).Should().Equal(4m, 1m, 3m, 1m);
    }

    [Test]
    public void Rank_TiesKeepInputOrder()
    {
        var items = new[] { ("a", 104m), ("b", 105m), ("c", 104m), ("d", 104m) };
        Ranker.Rank(items, i => i.Item2).Select(r => r.Item.Item1).Should().Equal("b", "a", "c", "d");
    }

    [Test]
    public void PrintedRank_FirstOfTieShowsRank_OthersBlank()
    {
        Ranker.Rank([120m, 120m, 114.5m, 107m, 107m], k => k).Select(r => r.PrintedRank).Should().Equal("1", "", "3", "4", "");
    }

    [Test]
    public void PrintedRank_Ordinal_EveryRowPrinted()
    {
        Ranker.Rank([120m, 120m], k => k, RankingMethod.Ordinal).Select(r => r.PrintedRank).Should().Equal("1", "2");
    }

    [Test]
    public void PrintedRank_Fractional_ShowsHalves()
    {
        Ranker.Rank([120m, 120m, 100m], k => k, RankingMethod.Fractional).Select(r => r.PrintedRank).Should().Equal("1.5", "", "3");
    }

    [Test]
    public void RankWithinGroups_EachGroupRankedOnItsOwn()
    {
        var items = new[] { ("county", 140m), ("district", 95m), ("county", 150m), ("district", 99m), ("county", 140m) };

        var groups = Ranker.RankWithinGroups(items, i => i.Item1, i => i.Item2);

        groups.Select(g => g.Group).Should().Equal("county", "district");
        groups[0].Items.Select(r => (r.Item.Item2, r.Rank, r.InputIndex)).Should().Equal((150m, 1m, 2), (140m, 2m, 0), (140m, 2m, 4));
        groups[1].Items.Select(r => (r.Item.Item2, r.Rank)).Should().Equal((99m, 1m), (95m, 2m));
    }

    [Test]
    public void ComputeRanks_MatchesRank()
    {
        var ranks = new decimal[Tied.Length];
        Ranker.ComputeRanks(Tied, ranks, RankingMethod.Dense);
        ranks.Should().Equal(RanksInInputOrder(Tied, RankingMethod.Dense));
    }

    [Test]
    public void Rank_NullArguments_Throw()
    {
        FluentActions.Invoking(() => Ranker.Rank<decimal>(null!, k => k)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => Ranker.Rank([1m], null!)).Should().Throw<ArgumentNullException>().WithParameterName("keySelector");
    }

    // Property-based tests: totals are multiples of 0.5 between 60 and 120 (many ties), plus arbitrary decimals.
    private static readonly Gen<decimal[]> TiedTotals = Gen.Int[120, 240].Select(i => i / 2m).Array[0, 60];
    private static readonly Gen<decimal[]> AnyTotals = Gen.OneOf(TiedTotals, Gen.Decimal[-1000m, 1000m].Array[0, 40], Gen.Int[-3, 3].Select(i => (decimal)i).Array[0, 30]);

    [Test]
    public void Property_PermutingTheInput_DoesNotChangeAnyKeysRank()
    {
        Gen.Select(AnyTotals, Gen.Int).Sample((keys, seed) =>
        {
            var shuffled = keys.ToArray();
            new Random(seed).Shuffle(shuffled);
            foreach (var method in new[] { RankingMethod.Competition, RankingMethod.ModifiedCompetition, RankingMethod.Dense, RankingMethod.Fractional })
            {
                var before = Ranker.Rank(keys, k => k, method).ToLookup(r => r.Key, r => r.Rank);
                var after = Ranker.Rank(shuffled, k => k, method).ToLookup(r => r.Key, r => r.Rank);
                foreach (var key in keys)
                {
                    after[key].Distinct().Should().Equal(before[key].Distinct());
                }
            }
        });
    }

    [Test]
    public void Property_CompetitionRank_IsOnePlusCountOfStrictlyGreater()
    {
        AnyTotals.Sample(keys =>
        {
            var ranks = RanksInInputOrder(keys, RankingMethod.Competition);
            for (var i = 0; i < keys.Length; i++)
            {
                ranks[i].Should().Be(1 + keys.Count(k => k > keys[i]));
            }
        });
    }

    [Test]
    public void Property_DenseRank_IsOnePlusCountOfDistinctGreater()
    {
        AnyTotals.Sample(keys =>
        {
            var ranks = RanksInInputOrder(keys, RankingMethod.Dense);
            for (var i = 0; i < keys.Length; i++)
            {
                ranks[i].Should().Be(1 + keys.Where(k => k > keys[i]).Distinct().Count());
            }
        });
    }

    [Test]
    public void Property_RanksLieInOneToN_AndOrdinalIsAPermutation()
    {
        AnyTotals.Sample(keys =>
        {
            foreach (var method in Enum.GetValues<RankingMethod>())
            {
                RanksInInputOrder(keys, method).All(r => r >= 1 && r <= keys.Length).Should().BeTrue();
            }

            RanksInInputOrder(keys, RankingMethod.Ordinal).Order().Should().Equal(Enumerable.Range(1, keys.Length).Select(i => (decimal)i));
        });
    }

    [Test]
    public void Property_RankedOrder_IsSortedAndStable()
    {
        AnyTotals.Sample(keys =>
        {
            var ranked = Ranker.Rank(keys, k => k);
            ranked.Select(r => r.Key).Should().BeInDescendingOrder();
            ranked.Zip(ranked.Skip(1)).Where(p => p.First.Key == p.Second.Key).All(p => p.First.InputIndex < p.Second.InputIndex).Should().BeTrue();
        });
    }
}
