using WindowScoring.Ratings;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingScoringTests
{
    private static readonly AssessmentPeriod September = AssessmentPeriod.Month(2025, 9);

    // Guangxi's 10/8/6/3/0 averaged into a 群众评议 component of 10, −2 per counted 差评 capped at −10 (the scheme's budget
    // of 差评), −1 per 差评 not rectified within 15 working days.
    private static readonly RatingRules Rules = new()
    {
        LevelPoints = RatingRules.GuangxiPoints,
        ComponentWeight = 10m,
        NegativeDeduction = 2m,
        OverdueDeduction = 1m,
    };

    private static readonly ScoringEngine Engine = new(new ScoringScheme { BaseScore = 100m, CategoryBudgets = new Dictionary<string, decimal> { ["差评"] = 10m } });

    private static readonly Department[] Roster = new[] { "市场监管局", "教育厅", "公安厅", "人社厅" }.Select(Department.FromName).ToArray();

    [Test]
    public void WorkedExample_September2025_HandComputedTotals()
    {
        // 教育厅: points 3×10 + 8 + 6 + 3 = 47 over 6 → component 10 × 47 / 60 = 7.8333… → 7.83, shortfall 2.17; one 差评 −2;
        //   R005 overdue −1 → 100 − 5.17 = 94.83.
        // 公安厅: 10 + 3×8 + 6 + 0 = 40 over 6 → 6.67, shortfall 3.33; one 差评 −2 (R103 on time) → 94.67.
        // 市场监管局: 38 over 4 → 9.5, shortfall 0.5 → 99.5.
        // 人社厅: 3 + 8 + 10 + 3 = 24 over 4 → 6, shortfall 4; two 差评 −4; R301 overdue (deadline 10-28, as of 10-31) −1 → 91.
        var table = RatingTally.Tabulate(RatingSamples.September().Ratings, September, Rules, RatingSamples.Calendar(2025), new DateOnly(2025, 10, 31));

        var month = Engine.Assess(September, Roster, [], table);

        month.Table.Rows.Select(r => (r.Department.Name, r.Rank, r.Deduction, r.Total)).Should().Equal(
            ("市场监管局", 1m, 0.5m, 99.5m), ("教育厅", 2m, 5.17m, 94.83m), ("公安厅", 3m, 5.33m, 94.67m), ("人社厅", 4m, 9m, 91m));
        month[Department.FromName("教育厅")].Adjustments.Select(a => (a.Category, a.Counted, a.Event.Note)).Should().BeEquivalentTo([
            ("群众评议", 2.17m, "7.83/10 ×6"), ("差评", 2m, "R005"), ("差评整改", 1m, "R005")]);
        month[Department.FromName("人社厅")].Adjustments.Where(a => a.Category == "差评").Select(a => a.Event.Note).Should().BeEquivalentTo(["R301", "R304"]);
        month.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.RatingOutsidePeriod);
    }

    [Test]
    public void NegativeDeductions_StopAtTheSchemesBudget()
    {
        // Six 差评 at −2 each is −12; the budget of 差评 caps it at −10 (扣完为止) and the breakdown shows the cut.
        var ratings = Enumerable.Range(1, 6).Select(i => RatingSamples.Make("N" + i, "教育厅", $"2025-09-0{i}", RatingLevel.VeryDissatisfied)
            with { Rectification = RectificationState.Rectified, RectifiedOn = new DateOnly(2025, 9, 10) });
        var table = RatingTally.Tabulate(ratings, September, new RatingRules { NegativeDeduction = 2m });

        var month = Engine.Assess(September, [Department.FromName("教育厅")], [], table);

        month.Table.Rows.Single().Total.Should().Be(90m);
        month[Department.FromName("教育厅")].BudgetCuts.Should().Equal(new Dictionary<string, decimal> { ["差评"] = 2m });
    }

    [Test]
    public void RatingsAndEvents_CountTogether_AndARatingOffTheRosterIsTheEventsDiagnostic()
    {
        var table = RatingTally.Tabulate([RatingSamples.Make("Z", "外单位", "2025-09-03", RatingLevel.Dissatisfied)], September, new RatingRules { NegativeDeduction = 2m });
        var inspector = AssessmentEvent.AdHoc(Department.FromName("教育厅"), new DateOnly(2025, 9, 4), RuleKind.Bonus, "表扬", 1m);

        var month = Engine.Assess(September, [Department.FromName("教育厅")], [inspector], table);

        month.Table.Rows.Single().Total.Should().Be(101m);
        month.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownDepartment);
    }

    [Test]
    public void Component_FullMarks_MakesNoEvent_AndNoRulesMakeNone()
    {
        var all5 = Enumerable.Range(1, 3).Select(i => RatingSamples.Make("F" + i, "A", "2025-09-10", RatingLevel.VerySatisfied)).ToArray();

        RatingScoring.ToEvents(RatingTally.Tabulate(all5, September, Rules)).Should().BeEmpty();
        RatingScoring.ToEvents(RatingTally.Tabulate(RatingSamples.September().Ratings, September)).Should().BeEmpty();
    }

    [Test]
    public void Assess_TableOfAnotherPeriod_Throws()
    {
        var table = RatingTally.Tabulate([], AssessmentPeriod.Month(2025, 8));

        var act = () => Engine.Assess(September, Roster, [], table);

        act.Should().Throw<ArgumentException>();
    }
}
