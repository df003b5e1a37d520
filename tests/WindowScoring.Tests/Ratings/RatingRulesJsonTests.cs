using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingRulesJsonTests
{
    [Test]
    public void ShippedGuangxiRules_ReadAsWritten()
    {
        var rules = RatingRulesJson.Load(File.ReadAllText(RatingSamples.Path("ratings-rules-guangxi.json"))).EnsureSuccess().Rules!;

        rules.LevelPoints.Should().Equal(RatingRules.GuangxiPoints);
        rules.Should().Match<RatingRules>(r => r.ComponentWeight == 10m && r.NegativeDeduction == 2m && r.OverdueDeduction == 1m && r.RectificationDays == 15
            && r.Decimals == 2 && r.RankBy == RatingRankCriterion.SatisfactionRate && r.CountDefaultRatings && r.NegativeCategory == "差评");
    }

    [Test]
    public void EmptyObject_IsTheDefaults_AndStarKeysAreLevels()
    {
        RatingRulesJson.Load("{}").Rules.Should().Match<RatingRules>(r => r.LevelPoints == null && r.Decimals == 2 && r.RectificationDays == 15);
        RatingRulesJson.Load("""{"levelPoints":{"5星":5,"4":4,"★★★":3,"2星":1,"1":0},"componentWeight":5,"rankBy":"negativeCount"}""")
            .EnsureSuccess().Rules!.Should().Match<RatingRules>(r => r.LevelPoints![RatingLevel.FairlySatisfied] == 3m && r.RankBy == RatingRankCriterion.NegativeCount);
    }

    [TestCase("{", "WS510")]
    [TestCase("[]", "WS510")]
    [TestCase("""{"decimal":2}""", "WS510")]
    [TestCase("""{"decimals":"2"}""", "WS510")]
    [TestCase("""{"negativeDeduction":1e3}""", "WS510")]
    [TestCase("""{"negativeDeduction":"2"}""", "WS510")]
    [TestCase("""{"decimals":9}""", "WS511")]
    [TestCase("""{"negativeDeduction":-2}""", "WS511")]
    [TestCase("""{"levelPoints":{"满意":8}}""", "WS511")]
    [TestCase("""{"levelPoints":{"七星":8}}""", "WS800")]
    [TestCase("""{"rankBy":"总分"}""", "WS511")]
    [TestCase("""{"negativeCategory":"  "}""", "WS511")]
    public void BadRules_AreDiagnosticsWithThePath(string json, string code)
    {
        var result = RatingRulesJson.Load(json);

        result.Rules.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == code && d.Column != null);
    }
}
