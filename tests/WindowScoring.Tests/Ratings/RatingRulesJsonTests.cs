using WindowScoring.Rules;
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

    [Test]
    public void FromScheme_ShippedSchemeSection_IsGuangxisRules_AndTheSchemeStillLoads()
    {
        var text = File.ReadAllText(RatingSamples.Path("sichuan-scheme.json"));

        var scheme = SchemeJson.Load(text).EnsureSuccess().Scheme!;
        var rules = RatingRulesJson.FromScheme(text).EnsureSuccess().Rules!;

        rules.LevelPoints.Should().Equal(RatingRules.GuangxiPoints);
        rules.Should().Match<RatingRules>(r => r.ComponentWeight == 10m && r.NegativeDeduction == 2m && r.OverdueDeduction == 1m && r.RectificationDays == 15);
        scheme.CategoryBudgets.Should().ContainKey(rules.NegativeCategory).WhoseValue.Should().Be(10m);
    }

    [TestCase("""{ "baseScore": 100 }""")]
    [TestCase("""{ "baseScore": 100, "ratings": null }""")]
    [TestCase("""{ "ratings": {}, }""")]
    public void FromScheme_WithoutSection_IsTheDefaults(string json)
    {
        SchemeJson.Load(json).HasErrors.Should().BeFalse();
        RatingRulesJson.FromScheme(json).EnsureSuccess().Rules.Should().Match<RatingRules>(r => r.LevelPoints == null && r.NegativeDeduction == 0m);
    }

    [TestCase("""{ "ratings": { "decimals": 9 } }""", "WS511", "$.ratings.decimals")]
    [TestCase("""{ "ratings": { "levelPoints": { "七星": 8 } } }""", "WS800", "$.ratings.levelPoints.七星")]
    [TestCase("""{ "ratings": { "negativeDeduction": "2" } }""", "WS510", "$.ratings.negativeDeduction")]
    [TestCase("""{ "ratings": [] }""", "WS510", "$.ratings")]
    [TestCase("""{ "ratings": 5 }""", "WS510", "$.ratings")]
    [TestCase("""{ "ratings": { "rankBy": "总分" } }""", "WS511", "$.ratings.rankBy")]
    public void FromScheme_BadSectionValue_IsADiagnosticWithTheSectionPath(string json, string code, string path)
    {
        var result = RatingRulesJson.FromScheme(json);

        result.Rules.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == code && d.Column == path);
    }

    [TestCase("zh-CN", "好差评规则")]
    [TestCase("en", "the rating rules")]
    public void SchemeLoad_UnknownPropertyInRatingsSection_IsAnErrorInTheCatalogueWords(string culture, string term)
    {
        using var scope = new MessageCultureScope(culture);

        var result = SchemeJson.Load("""{ "baseScore": 100, "ratings": { "levelPoint": { "5": 10 } } }""");

        result.Scheme.Should().BeNull();
        var d = result.Diagnostics.Should().ContainSingle().Which;
        d.Should().Match<Diagnostic>(x => x.Code == DiagnosticCodes.SchemeJsonInvalid && x.Column == "$.ratings.levelPoint" && x.RawValue == "levelPoint");
        d.Message.Should().Contain(term).And.Contain("levelPoints").And.NotContainAny("RatingRules", "JsonElement", "Dictionary", "System.");
    }

    [Test]
    public void SchemeLoad_WrongTypeOfSection_IsAnError_AndSaveLeavesTheSectionOut()
    {
        SchemeJson.Load("""{ "ratings": "满意率" }""").Diagnostics.Should().ContainSingle().Which.Column.Should().Be("$.ratings");

        var scheme = SchemeJson.Load(File.ReadAllText(RatingSamples.Path("sichuan-scheme.json"))).EnsureSuccess().Scheme!;
        RatingRulesJson.FromScheme(SchemeJson.Save(scheme)).EnsureSuccess().Rules!.LevelPoints.Should().BeNull();
    }

    [Test]
    public void FromScheme_NotJsonOrTooLarge_IsWS510()
    {
        RatingRulesJson.FromScheme("{ \"ratings\": ").Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        RatingRulesJson.FromScheme(new string(' ', SchemeJson.MaxChars + 1)).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
        RatingRulesJson.FromScheme("[1]").Diagnostics.Should().ContainSingle().Which.Column.Should().Be("$");
    }
}
