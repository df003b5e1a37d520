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

    private static IEnumerable<TestCaseData> EntryPoints()
    {
        decimal[] keys = [120m, 120m, 114.5m];
        foreach (var (method, order) in new[] { ((RankingMethod)99, RankOrder.Descending), (RankingMethod.Competition, (RankOrder)99) })
        {
            var name = $"{(int)method}/{(int)order}";
            yield return new TestCaseData((Action)(() => Ranker.Rank(keys, k => k, method, order)), method, order).SetArgDisplayNames("Rank " + name);
            yield return new TestCaseData((Action)(() => Ranker.RankWithinGroups(keys, k => k > 115m, k => k, method, order)), method, order).SetArgDisplayNames("RankWithinGroups " + name);
            yield return new TestCaseData((Action)(() => Ranker.ComputeRanks(keys, new int[3], method, order)), method, order).SetArgDisplayNames("ComputeRanks(int) " + name);
            yield return new TestCaseData((Action)(() => Ranker.ComputeRanks(keys, new decimal[3], method, order)), method, order).SetArgDisplayNames("ComputeRanks(decimal) " + name);
        }
    }

    [TestCaseSource(nameof(EntryPoints))]
    public void EveryPublicEntryPoint_UndefinedMethodOrOrder_ThrowsArgumentOutOfRange(Action rank, RankingMethod method, RankOrder order)
    {
        var expectedParameter = Enum.IsDefined(method) ? "order" : "method";
        FluentActions.Invoking(rank).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(expectedParameter);
    }

    [Test]
    public void SchemeAndAggregationOptions_UndefinedMethod_ThrowArgumentOutOfRange()
    {
        FluentActions.Invoking(() => new ScoringScheme { RankingMethod = (RankingMethod)99 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new WindowScoring.History.AggregationOptions { RankingMethod = (RankingMethod)99 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void RankAt_TheOneSwitch_GivesEveryMethodItsMeaning_AndThrowsOnAnUnknownOne()
    {
        // A tie occupying positions 2..4 (0-based start 1, end 4), the item at position 3 (p = 2), the run's dense rank 2.
        Ranker.RankAt(RankingMethod.Competition, 1, 4, 2, 2).Should().Be(2m);
        Ranker.RankAt(RankingMethod.ModifiedCompetition, 1, 4, 2, 2).Should().Be(4m);
        Ranker.RankAt(RankingMethod.Dense, 1, 4, 2, 2).Should().Be(2m);
        Ranker.RankAt(RankingMethod.Ordinal, 1, 4, 2, 2).Should().Be(3m);
        Ranker.RankAt(RankingMethod.Fractional, 1, 4, 2, 2).Should().Be(3m);
        Enum.GetValues<RankingMethod>().Should().HaveCount(5, "a new method needs its meaning in RankAt and a line here");
        FluentActions.Invoking(() => Ranker.RankAt((RankingMethod)99, 1, 4, 2, 2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(RankOrder.Descending)]
    [TestCase(RankOrder.Ascending)]
    public void UsesCounting_FewDistinctOrNarrowKeys_Count_ManyWideOrUnscalableKeys_Sort(RankOrder order)
    {
        Ranker.UsesCounting(Enumerable.Range(120, 121).Select(i => i / 2m).ToArray(), order).Should().BeTrue("totals in steps of 0.5 span a small range");
        Ranker.UsesCounting([1e15m, -1e15m, 0.5m, 3m], order).Should().BeTrue("a wide span with few distinct values is counted through a lookup");
        Ranker.UsesCounting(Enumerable.Range(0, 5000).Select(i => i * 1e9m).ToArray(), order).Should().BeFalse("many distinct keys over a wide span are sorted");
        Ranker.UsesCounting([decimal.MaxValue, 0m], order).Should().BeFalse("a key beyond a long at the common scale is sorted");
        Ranker.UsesCounting([], order).Should().BeFalse();
    }

    [Test]
    public void CountingAndSortingPaths_GiveTheSameRanks_ForEveryMethod()
    {
        decimal[] counted = [120m, 120m, 114.5m, 110m, 110m, 110m, 99.5m];
        decimal[] sorted = [.. counted.Select(k => k * 1e12m), 7.9e28m];      // one key beyond a long: the whole input is sorted
        Ranker.UsesCounting(counted, RankOrder.Descending).Should().BeTrue();
        Ranker.UsesCounting(sorted, RankOrder.Descending).Should().BeFalse();
        foreach (var method in Enum.GetValues<RankingMethod>())
        {
            var viaCounting = new decimal[counted.Length];
            var viaSorting = new decimal[sorted.Length];
            Ranker.ComputeRanks(counted, viaCounting, method);
            Ranker.ComputeRanks(sorted, viaSorting, method);
            viaSorting.Take(counted.Length).Select(r => r - 1m).Should().Equal(viaCounting, method.ToString());
        }
    }
}
