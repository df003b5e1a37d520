using WindowScoring.Rules;

namespace WindowScoring.Tests.Rules;

public sealed class SchemeJsonTests
{
    internal static string SampleSchemePath => Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", "sichuan-scheme.json");

    [Test]
    public void SampleScheme_Loads()
    {
        var scheme = SchemeJson.LoadFile(SampleSchemePath).EnsureSuccess().Scheme!;

        scheme.BaseScore.Should().Be(100m);
        scheme.BonusCap.Should().Be(20m);
        scheme.Step.Should().Be(0.5m);
        scheme.EffectiveFrom.Should().Be(new DateOnly(2023, 1, 1));
        scheme.Rules.Should().HaveCount(8);
        scheme["FW-01"].Should().Match<AssessmentRule>(r => r.MinPoints == 3m && r.MaxPoints == 5m && r.SecondaryShare == 0.5m && !r.IsFixed);
        scheme["FW-02"].Veto.Should().BeTrue();
        scheme["JL-01"].Unit.Should().Be(RuleUnit.PerPersonTime);
        scheme.CategoryBudgets.Should().ContainKey("纪律作风").WhoseValue.Should().Be(10m);
        scheme.Grade(114.5m).Should().Be("优秀");
        scheme.Grade(89m).Should().Be("不合格");
        scheme.Honours.Select(h => (h.Title, h.Count, h.Side)).Should().Equal(("红旗窗口", 5, HonourSide.Top), ("黑榜", 3, HonourSide.Bottom));
    }

    [Test]
    public void SaveThenLoad_GivesAnEqualScheme()
    {
        // Every setting differs from its default, so a setting Save leaves out cannot pass unnoticed.
        var scheme = new ScoringScheme
        {
            Name = "测试办法",
            EffectiveFrom = new DateOnly(2023, 7, 1),
            BaseScore = 150m,
            BonusCap = 20m,
            TotalCap = 170m,
            TotalFloor = 0m,
            Step = 0.5m,
            RankingMethod = RankingMethod.Dense,
            Rules = SchemeJson.LoadFile(SampleSchemePath).EnsureSuccess().Scheme!.Rules,
            CategoryBudgets = new Dictionary<string, decimal> { ["纪律作风"] = 10m },
            GroupBaseScores = new Dictionary<string, decimal> { ["区"] = 100m },
            Grades = [new GradeBand(135m, "优秀"), new GradeBand(0m, "合格")],
            Honours = [new HonourRule("红旗窗口", 5), new HonourRule("黑榜", 3, HonourSide.Bottom)],
        };

        var text = SchemeJson.Save(scheme);
        var again = SchemeJson.Load(text).EnsureSuccess().Scheme!;

        again.Should().BeEquivalentTo(scheme, o => o.ComparingByMembers<ScoringScheme>().ComparingByMembers<AssessmentRule>());
        text.Should().Contain("\"纪律作风\"", "Chinese text is written unescaped");
    }

    [Test]
    public void RuleIndexer_UnknownId_ThrowsKeyNotFound_TryGetRuleSaysSo()
    {
        var scheme = SchemeJson.LoadFile(SampleSchemePath).EnsureSuccess().Scheme!;

        FluentActions.Invoking(() => scheme["XX-99"]).Should().Throw<KeyNotFoundException>().WithMessage("*XX-99*");
        scheme.TryGetRule("XX-99", out var none).Should().BeFalse();
        none.Should().BeNull();
        scheme.TryGetRule("FW-01", out var rule).Should().BeTrue();
        scheme["FW-01"].Should().BeSameAs(rule);
    }

    [Test]
    public void EnsureSuccess_WithoutErrors_ReturnsTheResultItself()
    {
        var result = SchemeJson.Load("{ \"baseScore\": 100 }");

        result.EnsureSuccess().Should().BeSameAs(result);
        result.HasErrors.Should().BeFalse();
        result.Errors.Should().BeEmpty();
        result.Scheme!.BaseScore.Should().Be(100m);
    }

    [Test]
    public void EnsureSuccess_WithErrors_ThrowsCarryingEveryDiagnostic()
    {
        var result = SchemeJson.Load("{ \"bonusCapp\": 20 }");

        result.HasErrors.Should().BeTrue();
        result.Scheme.Should().BeNull();
        FluentActions.Invoking(() => result.EnsureSuccess()).Should().Throw<DiagnosticException>()
            .Which.Diagnostics.Should().Equal(result.Diagnostics);
    }

    [TestCase("{ \"baseScore\": 150, \"totalCap\": 110 }", DiagnosticCodes.CapBelowBase, "$.totalCap")]
    [TestCase("{ \"totalCap\": 100, \"totalFloor\": 100.5 }", DiagnosticCodes.FloorAboveCap, "$.totalFloor")]
    [TestCase("{ \"totalFloor\": 101 }", DiagnosticCodes.FloorAboveBase, "$.totalFloor")]
    [TestCase("{ \"baseScore\": 100, \"step\": 0.3 }", DiagnosticCodes.BaseOffStep, "$.baseScore")]
    public void Load_InconsistentSettings_IsALoadDiagnostic_WithTheValidatorsCode(string json, string code, string path)
    {
        var result = SchemeJson.Load(json);

        result.Scheme.Should().BeNull("a scheme the host would reject at start-up must not load");
        result.Errors.Should().ContainSingle(d => d.Code == code).Which.Column.Should().Be(path);
    }

    [Test]
    public void ConsistencyRules_AreTheSame_ForValidateTheValidatorAndTheLoader()
    {
        var validator = new WindowScoring.Validation.ScoringSchemeValidator();
        foreach (var (cap, floor, step) in new (decimal?, decimal?, decimal?)[] { (110m, 0m, null), (90m, null, null), (null, 101m, null), (100m, 100.5m, null), (null, null, 0.3m), (100m, 100m, 0.5m) })
        {
            var scheme = new ScoringScheme { TotalCap = cap, TotalFloor = floor, Step = step };
            var validatorCodes = validator.Validate(scheme).Errors.Select(e => e.ErrorCode).ToArray();
            var loaderCodes = SchemeJson.Load(SchemeJson.Save(scheme)).Errors.Select(d => d.Code).ToArray();
            var validateThrows = FluentActions.Invoking(scheme.Validate).Should();

            loaderCodes.Should().Equal(validatorCodes, $"cap {cap}, floor {floor}, step {step}");
            if (validatorCodes.Length == 0)
            {
                validateThrows.NotThrow();
            }
            else
            {
                validateThrows.Throw<ArgumentException>().WithMessage(validatorCodes[0] + "*");
            }
        }
    }

    [TestCase("{\"baseScore\":100,\"baseScore\":50}", "$.baseScore")]
    [TestCase("{ \"rules\": [ { \"id\": \"A\", \"category\": \"c\", \"kind\": \"bonus\", \"points\": 1 }, { \"id\": \"B\", \"id\": \"C\" } ] }", "$.rules[1].id")]
    [TestCase("{ \"categoryBudgets\": { \"纪律作风\": 10, \"纪律作风\": 20 } }", "$.categoryBudgets.纪律作风")]
    public void Load_DuplicateKey_IsAnErrorNamingThePath(string json, string path)
    {
        var result = SchemeJson.Load(json);

        result.Scheme.Should().BeNull("the last of two equal keys must not silently win");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column == path);
    }

    [Test]
    public void Load_DuplicateGradeBound_IsAnErrorNamingThePath()
    {
        var result = SchemeJson.Load("""{ "grades": [ { "min": 90, "name": "合格" }, { "min": 60, "name": "基本合格" }, { "min": 90, "name": "良好" } ] }""");

        result.Scheme.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.SchemeValueInvalid && d.Column == "$.grades[2].min" && d.Message.Contains("$.grades[0]"));
    }

    [TestCase("""{ "rules": [ { "id": "A", "kind": "bonus", "points": 1 } ] }""", "$.rules[0].category")]
    [TestCase("""{ "rules": [ { "category": "c", "kind": "bonus", "points": 1 } ] }""", "$.rules[0].id")]
    public void Load_RuleWithoutRequiredField_IsAnErrorNamingTheField(string json, string path)
    {
        var error = SchemeJson.Load(json).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.SchemeValueInvalid);
        error.Column.Should().Be(path);
        error.Message.Should().NotContain("Value cannot be null");
    }

    [Test]
    public void Load_TextLongerThanMaxChars_IsAnError_WithoutParsing()
    {
        var json = "{ \"name\": \"" + new string('x', SchemeJson.MaxChars) + "\" }";

        SchemeJson.Load(json).Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
    }

    [Test]
    public void MalformedJson_DiagnosticWithPathAndLine()
    {
        var result = SchemeJson.Load("{\n  \"baseScore\": 100,\n  \"bonusCap\": \"twenty\"\n}");

        result.Scheme.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column == "$.bonusCap" && d.Line == 3);
    }

    [Test]
    public void UnknownProperty_IsAnError()
    {
        SchemeJson.Load("{ \"bonusCapp\": 20 }").Diagnostics.Single().Code.Should().Be(DiagnosticCodes.SchemeJsonInvalid);
    }

    [Test]
    public void BadValues_EachNamedByPath()
    {
        var result = SchemeJson.Load("""
            {
              "rules": [
                { "id": "A", "category": "c", "kind": "deduction", "min": 5, "max": 3 },
                { "id": "B", "category": "c", "kind": "sideways", "points": 1 },
                { "id": "C", "category": "c", "kind": "bonus", "points": 1, "unit": "perFortnight" },
                { "id": "D", "category": "c", "kind": "bonus" },
                { "id": "E", "category": "c", "kind": "加分", "points": 1, "secondaryShare": 2 }
              ],
              "honours": [ { "title": "红旗窗口", "count": 0 } ],
              "effectiveFrom": "2023-13-01",
              "rankingMethod": "alphabetical"
            }
            """);

        result.Scheme.Should().BeNull();
        result.Diagnostics.Select(d => (d.Code, d.Column)).Should().BeEquivalentTo(new[]
        {
            (DiagnosticCodes.SchemeValueInvalid, "$.rules[0].max"),
            (DiagnosticCodes.SchemeValueInvalid, "$.rules[1].kind"),
            (DiagnosticCodes.SchemeValueInvalid, "$.rules[2].unit"),
            (DiagnosticCodes.SchemeValueInvalid, "$.rules[3].points"),
            (DiagnosticCodes.SchemeValueInvalid, "$.rules[4].secondaryShare"),
            (DiagnosticCodes.SchemeValueInvalid, "$.honours[0]"),
            (DiagnosticCodes.SchemeValueInvalid, "$.rankingMethod"),
            (DiagnosticCodes.SchemeValueInvalid, "$.effectiveFrom"),
        });
    }

    [Test]
    public void FloorAboveCap_IsADiagnostic_WithTheValidatorsCodes()
    {
        // 101 is above the cap (WS210) and above the base of 100 (WS212), as ScoringSchemeValidator reports it.
        SchemeJson.Load("{ \"totalCap\": 100, \"totalFloor\": 101 }").Diagnostics.Select(d => d.Code)
            .Should().Equal(DiagnosticCodes.FloorAboveCap, DiagnosticCodes.FloorAboveBase);
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("[1,2]")]
    [TestCase("{\"rules\": [[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]}")]
    public void Garbage_NeverThrows(string json)
    {
        SchemeJson.Load(json).Diagnostics.Should().NotBeEmpty();
    }

    [TestCase("100.00000000000000000000000000001")]
    [TestCase("1e2")]
    public void Load_NumberThatWouldBeRounded_IsAnErrorNamingItsPath_NeverRounded(string number)
    {
        var result = SchemeJson.Load($$"""{ "baseScore": {{number}} }""");

        result.HasErrors.Should().BeTrue();
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.SchemeJsonInvalid && d.Column!.Contains("baseScore"));
        SchemeJson.Load("""{ "baseScore": 100.50 }""").EnsureSuccess().Scheme!.BaseScore.Should().Be(100.5m);
    }
}
