using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingLevelsTests
{
    [TestCase("非常满意", RatingLevel.VerySatisfied)]
    [TestCase("满意", RatingLevel.Satisfied)]
    [TestCase("基本满意", RatingLevel.FairlySatisfied)]
    [TestCase("不满意", RatingLevel.Dissatisfied)]
    [TestCase("非常不满意", RatingLevel.VeryDissatisfied)]
    [TestCase("5星", RatingLevel.VerySatisfied)]
    [TestCase("五星", RatingLevel.VerySatisfied)]
    [TestCase("3颗星", RatingLevel.FairlySatisfied)]
    [TestCase("★★★★★", RatingLevel.VerySatisfied)]
    [TestCase("★★★☆☆", RatingLevel.FairlySatisfied)]
    [TestCase("★", RatingLevel.VeryDissatisfied)]
    [TestCase("5", RatingLevel.VerySatisfied)]
    [TestCase("１", RatingLevel.VeryDissatisfied)]
    [TestCase("4分", RatingLevel.Satisfied)]
    [TestCase(" Very Satisfied ", RatingLevel.VerySatisfied)]
    [TestCase("dissatisfied", RatingLevel.Dissatisfied)]
    public void TryParse_WordsStarsAndDigits_ReadTheLevel(string text, RatingLevel expected)
    {
        RatingLevels.TryParse(text, out var level).Should().BeTrue();
        level.Should().Be(expected);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    [TestCase("6")]
    [TestCase("55")]
    [TestCase("☆☆☆☆☆")]
    [TestCase("★★★★★★")]
    [TestCase("5.0")]
    [TestCase("-1")]
    [TestCase("满意满意")]
    [TestCase("\u0000")]
    public void TryParse_NotALevel_IsFalse(string? text)
    {
        RatingLevels.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void ToChinese_EveryLevel_ReadsBackToItself()
    {
        foreach (var level in Enum.GetValues<RatingLevel>())
        {
            RatingLevels.TryParse(level.ToChinese(), out var back).Should().BeTrue();
            back.Should().Be(level);
            RatingLevels.TryParse(((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture) + "星", out back).Should().BeTrue();
            back.Should().Be(level);
        }
    }

    [Test]
    public void NegativeAndSatisfied_SplitTheFiveLevels()
    {
        Enum.GetValues<RatingLevel>().Where(l => l.IsNegative()).Should().BeEquivalentTo([RatingLevel.Dissatisfied, RatingLevel.VeryDissatisfied]);
        Enum.GetValues<RatingLevel>().Where(l => l.IsSatisfied()).Should().HaveCount(3);
        Enum.GetValues<RatingLevel>().Should().OnlyContain(l => l.IsNegative() != l.IsSatisfied());
    }
}
