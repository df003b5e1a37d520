using CsCheck;
using WindowScoring.History;
using static WindowScoring.Tests.History.HistoryData;

namespace WindowScoring.Tests.History;

/// <summary>The default alert rules over halls of 3 to 300 departments: relative to the table, never the top half.</summary>
public sealed class AlertDefaultsTests
{
    // Months of one hall with the given totals (the same every month), departments 部门0, 部门1, … in that order.
    private static AssessmentHistory Hall(int months, params decimal[] totals) => new(
        Enumerable.Range(1, months).Select(m => Month(2023, m, totals.Select((t, i) => (object)Score("部门" + i, t)).ToArray())));

    // n departments with distinct totals, highest first: 部门0 100, 部门1 99.5, …
    private static decimal[] Distinct(int n) => Enumerable.Range(0, n).Select(i => 100m - (i / 2m)).ToArray();

    private static string[] BottomRunDepartments(AssessmentHistory history, AlertOptions? options = null) =>
        history.Analyze(options).Alerts.Where(a => a.Kind == AlertKind.BottomRun).Select(a => a.Department.Name).ToArray();

    [Test]
    public void Default_IsBottomTenPercent_ForTwoMonths_DropOfMoreThanTwentyPercent_NoGrade()
    {
        AlertOptions.Default.Bottom.Should().Be(TablePlaces.FromPercent(10m));
        AlertOptions.Default.ConsecutiveMonths.Should().Be(2);
        AlertOptions.Default.MaxDrop.Should().Be(TablePlaces.FromPercent(20m));
        AlertOptions.Default.GradeThreshold.Should().BeNull();
        AlertOptions.Default.ToString().Should().Be("AlertOptions { Bottom = 10 %, ConsecutiveMonths = 2, MaxDrop = 20 %, GradeThreshold = , GradeName =  }");
    }

    [Test]
    public void Default_ThreeDepartments_FlagsOnlyTheLast_NeverTheFirst()
    {
        // The hall: "bottom 3 for 2 months" flagged all three for an interview, the first included.
        BottomRunDepartments(Hall(2, 100m, 95m, 90m)).Should().Equal("部门2");
    }

    [TestCase(3, 1)]
    [TestCase(4, 1)]
    [TestCase(10, 1)]
    [TestCase(11, 2)]
    [TestCase(29, 3)]
    [TestCase(300, 30)]
    public void Default_FlagsTheBottomTenPercent_AtLeastOne(int departments, int flagged)
    {
        BottomRunDepartments(Hall(2, Distinct(departments))).Should().Equal(
            Enumerable.Range(departments - flagged, flagged).Select(i => "部门" + i));
    }

    [Test]
    public void Default_TwentyNineDepartments_SameAlertsAsTheTraditionalBottomThreeAndDropOfFive()
    {
        // The published table's size: the relative defaults reproduce the fixed rules they replace.
        var before = Distinct(29);
        var after = before.ToArray();
        (after[0], after[6]) = (after[6], after[0]);   // 部门0 falls from 1st to 7th (a drop of 6), 部门6 climbs
        (after[10], after[15]) = (after[15], after[10]); // 部门10 falls from 11th to 16th (a drop of 5)
        var history = new AssessmentHistory(
        [
            Month(2023, 1, before.Select((t, i) => (object)Score("部门" + i, t)).ToArray()),
            Month(2023, 2, after.Select((t, i) => (object)Score("部门" + i, t)).ToArray()),
        ]);
        var fixedRules = new AlertOptions { Bottom = TablePlaces.FromCount(3), MaxDrop = TablePlaces.FromCount(5) };

        var relative = history.Analyze().Alerts.Select(a => (a.Kind, a.Department.Name)).ToArray();
        relative.Should().Equal(history.Analyze(fixedRules).Alerts.Select(a => (a.Kind, a.Department.Name)));
        relative.Should().Contain((AlertKind.RankDrop, "部门0")).And.NotContain((AlertKind.RankDrop, "部门10"));
    }

    [TestCase(3, 1)]
    [TestCase(4, 1)]
    [TestCase(10, 2)]
    [TestCase(29, 5)]
    [TestCase(300, 60)]
    public void Default_RankDrop_ToleratesTwentyPercentOfTheTable_AtLeastOnePlace(int departments, int tolerated)
    {
        var before = Distinct(departments);
        AlertKind[] Drop(int places)
        {
            var after = before.ToArray();
            after[0] = before[places] - 0.25m;   // 部门0 falls from 1st to 1 + places
            var history = new AssessmentHistory(
            [
                Month(2023, 1, before.Select((t, i) => (object)Score("部门" + i, t)).ToArray()),
                Month(2023, 2, after.Select((t, i) => (object)Score("部门" + i, t)).ToArray()),
            ]);
            return history.Analyze().Alerts.Where(a => a.Department.Name == "部门0").Select(a => a.Kind).ToArray();
        }

        Drop(tolerated).Should().NotContain(AlertKind.RankDrop);
        if (tolerated + 1 < departments)
        {
            Drop(tolerated + 1).Should().Contain(AlertKind.RankDrop);
        }
    }

    [Test]
    public void Default_AllTied_FlagsNobody()
    {
        BottomRunDepartments(Hall(2, 95m, 95m, 95m)).Should().BeEmpty();
        BottomRunDepartments(Hall(2, 95m)).Should().BeEmpty("a department alone is first as much as last");
    }

    [Test]
    public void Default_TiedAtTheBottom_AllInWhenOutsideTheTopHalf_AllOutOtherwise()
    {
        // Four departments: the two tied last have half the table above them.
        BottomRunDepartments(Hall(2, 100m, 95m, 90m, 90m)).Should().Equal("部门2", "部门3");

        // Three departments: the two tied last share rank 2 of 3, with only one department above them: not the bottom half.
        BottomRunDepartments(Hall(2, 100m, 90m, 90m)).Should().BeEmpty();
    }

    [Test]
    public void Count_IsAppliedAsWritten_WhateverTheHallsSize()
    {
        // A hall whose rules say "bottom 3" gets the bottom 3, even of 3 departments: the fixed form is the hall's choice.
        BottomRunDepartments(Hall(2, 100m, 95m, 90m), new AlertOptions { Bottom = TablePlaces.FromCount(3) })
            .Should().Equal("部门0", "部门1", "部门2");
    }

    [Test]
    public void Property_PercentBottom_NeverTheTopHalf_AtLeastOne_TiesConsistent()
    {
        // Halls of 1 to 300 departments, totals drawn from a few values (many ties) or many; any percentage.
        var gen = Gen.Select(Gen.Int[1, 300], Gen.Int[1, 40], Gen.Int[1, 1000], Gen.Int[0, int.MaxValue]);
        gen.Sample((size, spread, permille, seed) =>
        {
            var random = new Random(seed);
            var totals = Enumerable.Range(0, size).Select(_ => 60m + random.Next(spread)).ToArray();
            var percent = permille / 10m;
            var flagged = BottomRunDepartments(Hall(1, totals), new AlertOptions { Bottom = TablePlaces.FromPercent(percent), ConsecutiveMonths = 1, MaxDrop = null })
                .Select(n => int.Parse(n[2..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

            var above = totals.Select(t => totals.Count(o => o > t)).ToArray();   // competition rank − 1
            var below = totals.Select(t => totals.Count(o => o < t)).ToArray();
            for (var i = 0; i < size; i++)
            {
                // The rule, restated from the documentation by counting.
                flagged.Contains(i).Should().Be(below[i] * 100m < percent * size && 2 * above[i] >= size, $"department {i} of {size}, {percent} %");
                if (flagged.Contains(i))
                {
                    (2 * above[i]).Should().BeGreaterThanOrEqualTo(size, "never the top half");
                }
            }

            var lowest = totals.Min();
            if (above.Any(a => 2 * a >= size))
            {
                flagged.Should().NotBeEmpty("someone is outside the top half");
                Enumerable.Range(0, size).Where(i => totals[i] == lowest).Should().OnlyContain(i => flagged.Contains(i), "the lowest total is always in");
            }

            // Ties: equal totals share the verdict; a lower total than a flagged one is flagged too.
            foreach (var i in flagged)
            {
                Enumerable.Range(0, size).Where(j => totals[j] <= totals[i]).Should().OnlyContain(j => flagged.Contains(j));
            }

            flagged.Count.Should().BeLessThanOrEqualTo(size / 2);
        }, iter: 200);
    }

    [Test]
    public void Messages_PercentRules_InEnglishAndChinese()
    {
        var history = Hall(2, Distinct(4));
        using (new MessageCultureScope(""))
        {
            history.Analyze().Alerts.Single().Message.Should().Be(
                "in the bottom 10 % for 2 consecutive months: 2023-01 rank 4 of 4 (98.5), 2023-02 rank 4 of 4 (98.5).");
        }

        using (new MessageCultureScope("zh-CN"))
        {
            history.Analyze().Alerts.Single().Message.Should().Be(
                "连续 2 个月位列后 10%：2023-01 第 4 名/共 4 个（98.5），2023-02 第 4 名/共 4 个（98.5）。");
            history.Analyze(new AlertOptions { Bottom = TablePlaces.FromCount(1) }).Alerts.Single().Message.Should().StartWith("连续 2 个月位列倒数 1 名：");
        }

        var drop = new AssessmentHistory(
        [
            Month(2023, 1, Distinct(10).Select((t, i) => (object)Score("部门" + i, t)).ToArray()),
            Month(2023, 2, Distinct(10).Select((t, i) => (object)Score("部门" + i, i == 0 ? 90m : t)).ToArray()),
        ]);
        using (new MessageCultureScope(""))
        {
            drop.Analyze(new AlertOptions { Bottom = null }).Alerts.Single().Message.Should().Be(
                "dropped 9 ranks, more than 2 (20 % of 10): 2023-01 rank 1 of 10 (100), 2023-02 rank 10 of 10 (90).");
        }

        using (new MessageCultureScope("zh-CN"))
        {
            drop.Analyze(new AlertOptions { Bottom = null }).Alerts.Single().Message.Should().Be(
                "名次下降 9 位，超过 2 位（10 个的 20%）：2023-01 第 1 名/共 10 个（100），2023-02 第 10 名/共 10 个（90）。");
        }
    }

    [Test]
    public void Places_ValidateAndCompare()
    {
        FluentActions.Invoking(() => TablePlaces.FromCount(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TablePlaces.FromPercent(0m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => TablePlaces.FromPercent(100.1m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AlertOptions { Bottom = TablePlaces.FromCount(0) }).Should().Throw<ArgumentOutOfRangeException>();
        new AlertOptions { MaxDrop = TablePlaces.FromCount(0) }.MaxDrop!.Count.Should().Be(0);

        TablePlaces.FromPercent(10m).Should().Be(TablePlaces.FromPercent(10.0m)).And.NotBe(TablePlaces.FromCount(10));
        TablePlaces.FromPercent(10m).GetHashCode().Should().Be(TablePlaces.FromPercent(10.0m).GetHashCode());
        TablePlaces.FromPercent(12.50m).ToString().Should().Be("12.5 %");
        TablePlaces.FromCount(3).ToString().Should().Be("3");
        TablePlaces.FromCount(3).Percent.Should().BeNull();
    }
}
