<Query Kind="Statements">
  <NuGetReference>WindowScoring</NuGetReference>
  <Namespace>WindowScoring</Namespace>
</Query>

// The same tied totals under every ranking method.
decimal[] totals = [120m, 120m, 114.5m, 110m, 110m, 110m, 99.5m];

var methods = Enum.GetValues<RankingMethod>();
var table = totals.Select((total, i) => new
{
    Total = total,
    Competition = Ranker.Rank(totals, t => t, RankingMethod.Competition).Single(r => r.InputIndex == i).Rank,
    Modified = Ranker.Rank(totals, t => t, RankingMethod.ModifiedCompetition).Single(r => r.InputIndex == i).Rank,
    Dense = Ranker.Rank(totals, t => t, RankingMethod.Dense).Single(r => r.InputIndex == i).Rank,
    Ordinal = Ranker.Rank(totals, t => t, RankingMethod.Ordinal).Single(r => r.InputIndex == i).Rank,
    Fractional = Ranker.Rank(totals, t => t, RankingMethod.Fractional).Single(r => r.InputIndex == i).Rank,
    Printed = Ranker.Rank(totals, t => t).Single(r => r.InputIndex == i).PrintedRank,
});
table.Dump($"{methods.Length} methods");
