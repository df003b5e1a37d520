namespace WindowScoring.Tests.Domain;

public sealed class AssessmentPeriodTests
{
    [TestCase("2023-11")]
    [TestCase("2023/11")]
    [TestCase("202311")]
    [TestCase("2023年11月")]
    [TestCase("2023.11")]
    [TestCase(" 2023-11 ")]
    [TestCase("２０２３年１１月")]
    [TestCase("2023年11月份")]
    public void Parse_MonthForms_GiveNovember2023(string text)
    {
        AssessmentPeriod.TryParse(text, out var p).Should().BeTrue();
        p.Should().Be(AssessmentPeriod.Month(2023, 11));
        AssessmentPeriod.Parse(text).ToString().Should().Be("2023-11");
    }

    [TestCase("2023-Q4", "2023-Q4")]
    [TestCase("2023q4", "2023-Q4")]
    [TestCase("2023年第四季度", "2023-Q4")]
    [TestCase("2023年第1季度", "2023-Q1")]
    [TestCase("2023-H2", "2023-H2")]
    [TestCase("2023年下半年", "2023-H2")]
    [TestCase("2023年上半年", "2023-H1")]
    [TestCase("2023", "2023")]
    [TestCase("2023年", "2023")]
    [TestCase("2023年度", "2023")]
    public void Parse_LongerPeriods(string text, string canonical)
    {
        AssessmentPeriod.Parse(text).ToString().Should().Be(canonical);
    }

    [TestCase("")]
    [TestCase("2023-13")]
    [TestCase("2023-00")]
    [TestCase("23-11")]
    [TestCase("2023-Q5")]
    [TestCase("November 2023")]
    [TestCase("0000-01")]
    [TestCase("2023-11-05")]
    [TestCase(null)]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        AssessmentPeriod.TryParse(text, out var p).Should().BeFalse();
        p.Should().Be(default(AssessmentPeriod));
    }

    [Test]
    public void Parse_Invalid_ThrowsFormatException()
    {
        FluentActions.Invoking(() => AssessmentPeriod.Parse("2023-13")).Should().Throw<FormatException>();
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void ParseAndFormat_SameUnderEveryCulture(string culture)
    {
        using var _ = new CultureScope(culture);
        AssessmentPeriod.Parse("2023年11月").ToString().Should().Be("2023-11");
        AssessmentPeriod.Parse("2023-Q4").ToString("C", null).Should().Be("2023年第四季度");
        $"{AssessmentPeriod.Month(2023, 1)}".Should().Be("2023-01");
        AssessmentPeriod.Month(2023, 11).ToString("C", null).Should().Be("2023年11月");
    }

    [Test]
    public void Default_IsJanuaryOfYearOne()
    {
        default(AssessmentPeriod).Should().Be(AssessmentPeriod.Month(1, 1));
    }

    [Test]
    public void Containment_QuarterContainsItsMonths()
    {
        var q4 = AssessmentPeriod.Quarter(2023, 4);
        q4.Months.Should().Equal(AssessmentPeriod.Month(2023, 10), AssessmentPeriod.Month(2023, 11), AssessmentPeriod.Month(2023, 12));
        q4.Contains(AssessmentPeriod.Month(2023, 9)).Should().BeFalse();
        AssessmentPeriod.FullYear(2023).Contains(q4).Should().BeTrue();
        AssessmentPeriod.Half(2023, 2).Contains(q4).Should().BeTrue();
        q4.Contains(new DateOnly(2023, 12, 31)).Should().BeTrue();
        q4.End.Should().Be(new DateOnly(2023, 12, 31));
        AssessmentPeriod.Month(2024, 2).End.Should().Be(new DateOnly(2024, 2, 29));
    }

    [Test]
    public void Containment_HalvesAndYears_CoverTheirMonths()
    {
        var h2 = AssessmentPeriod.Parse("2023年下半年");
        h2.Months.Select(m => m.ToString()).Should().Equal("2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12");
        h2.MonthCount.Should().Be(6);
        (h2.FirstMonth, h2.LastMonth).Should().Be((AssessmentPeriod.Month(2023, 7), AssessmentPeriod.Month(2023, 12)));
        h2.Contains(AssessmentPeriod.Month(2023, 6)).Should().BeFalse();
        h2.Contains(AssessmentPeriod.Quarter(2023, 2)).Should().BeFalse();

        var year = AssessmentPeriod.Parse("2023年");
        year.Months.Should().HaveCount(12).And.BeInAscendingOrder().And.OnlyContain(m => m.Year == 2023 && m.Kind == PeriodKind.Month);
        year.Contains(h2).Should().BeTrue();
        year.Contains(AssessmentPeriod.Month(2024, 1)).Should().BeFalse();
        h2.Contains(year).Should().BeFalse();
        (year.Start, year.End).Should().Be((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        AssessmentPeriod.Month(2023, 11).Months.Should().Equal(AssessmentPeriod.Month(2023, 11));
    }

    [TestCase("2023-H1", "2023年上半年")]
    [TestCase("2023-H2", "2023年下半年")]
    [TestCase("2023", "2023年")]
    [TestCase("2023-Q1", "2023年第一季度")]
    public void ChineseFormat_RoundTrips(string canonical, string chinese)
    {
        var period = AssessmentPeriod.Parse(canonical);
        period.ToString("C", null).Should().Be(chinese);
        AssessmentPeriod.Parse(chinese).Should().Be(period);
    }

    [Test]
    public void EqualityContract()
    {
        Contracts.Equality(AssessmentPeriod.Month(2023, 11), AssessmentPeriod.Parse("2023年11月"), AssessmentPeriod.Month(2023, 12));
        Contracts.Equality(AssessmentPeriod.Quarter(2023, 1), AssessmentPeriod.Parse("2023-Q1"), AssessmentPeriod.Month(2023, 1));
    }

    [Test]
    public void OrderingContract()
    {
        Contracts.Ordering(AssessmentPeriod.Month(2023, 11), AssessmentPeriod.Parse("202311"), AssessmentPeriod.Month(2024, 1));
        new[] { AssessmentPeriod.FullYear(2023), AssessmentPeriod.Half(2023, 1), AssessmentPeriod.Month(2023, 1), AssessmentPeriod.Quarter(2023, 1), AssessmentPeriod.Month(2022, 12) }
            .Order().Select(p => p.ToString()).Should().Equal("2022-12", "2023-01", "2023-Q1", "2023-H1", "2023");
    }

    [Test]
    public void Factories_RejectOutOfRange()
    {
        FluentActions.Invoking(() => AssessmentPeriod.Month(2023, 13)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
        FluentActions.Invoking(() => AssessmentPeriod.Quarter(2023, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => AssessmentPeriod.FullYear(10000)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
