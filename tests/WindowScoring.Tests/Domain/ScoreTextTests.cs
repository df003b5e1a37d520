namespace WindowScoring.Tests.Domain;

public sealed class ScoreTextTests
{
    [TestCase("120", 120)]
    [TestCase("114.50", 114.5)]
    [TestCase("-0.5", -0.5)]
    [TestCase("+20", 20)]
    [TestCase(" 7 ", 7)]
    [TestCase("１２０", 120)]
    [TestCase("－０．５", -0.5)]
    [TestCase(".5", 0.5)]
    public void TryParse_PlainNumbers(string text, decimal expected)
    {
        ScoreText.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("5,5")]
    [TestCase("1,000")]
    [TestCase("1e3")]
    [TestCase("NaN")]
    [TestCase("∞")]
    [TestCase("")]
    [TestCase("-")]
    [TestCase("1 000")]
    [TestCase("1.2.3")]
    [TestCase("99999999999999999999999999999999")]
    [TestCase("0.12345678901234567890123456789")]
    [TestCase(null)]
    public void TryParse_Rejects(string? text)
    {
        ScoreText.TryParse(text, out _).Should().BeFalse();
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void FormatAndParse_SameUnderEveryCulture(string culture)
    {
        using var _ = new CultureScope(culture);
        ScoreText.Format(114.50m).Should().Be("114.5");
        ScoreText.Format(-0.5m).Should().Be("-0.5");
        ScoreText.Format(0.000m).Should().Be("0");
        ScoreText.Format(1234567.25m).Should().Be("1234567.25");
        ScoreText.TryParse("-12.5", out var v).Should().BeTrue();
        v.Should().Be(-12.5m);
    }
}
