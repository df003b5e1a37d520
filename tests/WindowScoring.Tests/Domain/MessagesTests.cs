using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using WindowScoring.History;

namespace WindowScoring.Tests.Domain;

/// <summary>The message catalogue: every code has its texts in both languages, and every text belongs to a code.</summary>
public sealed partial class MessagesTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    internal static string[] Codes() => typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Test]
    public void EveryCode_HasAChineseAndAnEnglishText()
    {
        var codes = Codes();
        codes.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        foreach (var code in codes)
        {
            Messages.ChineseTemplates.Keys.Should().Contain(k => Messages.CodeOf(k) == code, code);
            Messages.EnglishTemplates.Keys.Should().Contain(k => Messages.CodeOf(k) == code, code);
        }
    }

    [Test]
    public void EveryKey_HasBothLanguages_AndBelongsToACodeOrAnAlertKind()
    {
        Messages.ChineseTemplates.Keys.Should().BeEquivalentTo(Messages.EnglishTemplates.Keys);
        var codes = Codes().ToHashSet();
        var alerts = Enum.GetNames<AlertKind>().Select(n => Messages.AlertPrefix + n).ToHashSet();
        foreach (var key in Messages.Keys)
        {
            (Messages.CodeOf(key) is { } code ? codes.Contains(code) : alerts.Contains(key)).Should().BeTrue(key);
        }

        alerts.Should().BeSubsetOf(Messages.Keys);
        Messages.TermKeys.Chinese.Should().BeEquivalentTo(Messages.TermKeys.English);
    }

    [Test]
    public void EveryKey_ChineseTextIsChinese_AndTakesTheSameArgumentsAsTheEnglish()
    {
        foreach (var key in Messages.Keys)
        {
            var zh = Messages.ChineseTemplates[key];
            var en = Messages.EnglishTemplates[key];
            HasCjk(zh).Should().BeTrue(key);
            Placeholders(zh).Should().BeEquivalentTo(Placeholders(en), key);
            var args = Enumerable.Range(0, 6).Select(i => (object?)("arg" + i)).ToArray();
            FluentActions.Invoking(() => Messages.Format(key, Zh, args)).Should().NotThrow(key);
            FluentActions.Invoking(() => Messages.Format(key, En, args)).Should().NotThrow(key);
        }
    }

    [Test]
    public void EveryCode_IsInTheDocsTable_AndTheTableHasNoOtherCode()
    {
        var article = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs", "articles", "diagnostic-codes.md"));
        var end = article.IndexOf("\n## The OpenXml package", StringComparison.Ordinal);
        end.Should().BePositive("the companion package's codes follow the core's");
        var section = article[..end];
        var rows = TableRow().Matches(section).Select(m => m.Groups[1].Value).ToArray();

        rows.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Codes());
    }

    [TestCase("zh-CN", true)]
    [TestCase("zh-TW", true)]
    [TestCase("zh", true)]
    [TestCase("en-US", false)]
    [TestCase("de-DE", false)]
    [TestCase("", false)]
    public void Language_ChineseForZhCultures_EnglishForEveryOther(string culture, bool chinese) =>
        HasCjk(Messages.Format(DiagnosticCodes.NumberMissing, CultureInfo.GetCultureInfo(culture))).Should().Be(chinese);

    private static HashSet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"^\| (WS\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
