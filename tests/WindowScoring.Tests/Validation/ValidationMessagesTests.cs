using FluentValidation;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Validation;

public sealed class ValidationMessagesTests
{
    private static readonly ScoringScheme Scheme = new() { BonusCap = 20m, Step = 0.5m };
    private static readonly Assessment BonusTooHigh = new(Department.FromName("教育厅"), 100m, 0m, 24.5m);

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Test]
    public void Messages_ZhCn_AreChinese_En_AreEnglish()
    {
        FluentValidation.Results.ValidationFailure Failure(string culture)
        {
            using var _ = new MessageCultureScope(culture);
            return new AssessmentValidator(Scheme).Validate(BonusTooHigh).Errors.Single();
        }

        var zh = Failure("zh-CN");
        var en = Failure("en");

        zh.ErrorCode.Should().Be(en.ErrorCode);
        zh.ErrorMessage.Should().NotBe(en.ErrorMessage);
        HasCjk(zh.ErrorMessage).Should().BeTrue();
        HasCjk(en.ErrorMessage).Should().BeFalse();
    }

    [Test]
    public void Messages_NoCatalogCulture_FollowTheCurrentUiCultureAtValidationTime()
    {
        var validator = new AssessmentValidator(Scheme);
        string zh, fr;
        using (new CultureScope("zh-CN"))
        {
            zh = validator.Validate(BonusTooHigh).Errors.Single().ErrorMessage;
        }

        using (new CultureScope("fr-FR"))
        {
            fr = validator.Validate(BonusTooHigh).Errors.Single().ErrorMessage;
        }

        HasCjk(zh).Should().BeTrue();
        HasCjk(fr).Should().BeFalse("every culture but Chinese gets English");
    }

    [TestCaseSource(typeof(CultureScope), nameof(CultureScope.Torture))]
    public void Messages_FormatScoresInvariantly(string culture)
    {
        using var _ = new CultureScope(culture);
        var message = new AssessmentValidator(Scheme).Validate(BonusTooHigh).Errors.Single().ErrorMessage;
        message.Should().Contain("24.5").And.Contain("20");
    }

    [Test]
    public void Validators_LeaveFluentValidationGlobalsAlone()
    {
        var culture = ValidatorOptions.Global.LanguageManager.Culture;
        var enabled = ValidatorOptions.Global.LanguageManager.Enabled;

        using (new MessageCultureScope("zh-CN"))
        {
            _ = new AssessmentTableValidator(Scheme).Validate(new AssessmentTable([BonusTooHigh]));
        }

        ValidatorOptions.Global.LanguageManager.Culture.Should().Be(culture);
        ValidatorOptions.Global.LanguageManager.Enabled.Should().Be(enabled);
    }
}
