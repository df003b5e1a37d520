using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace WindowScoring.OpenXml.Tests;

/// <summary>The package's codes live in the one catalogue: both languages, the same placeholders, a README row, a host's wording.</summary>
public sealed partial class OpenXmlMessagesTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static string[] Codes() => typeof(OpenXmlDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Test]
    public void EveryCode_IsRegistered_WithAChineseAndAnEnglishText_AndTheSamePlaceholders()
    {
        OpenXmlMessages.EnsureRegistered();
        foreach (var code in Codes())
        {
            OpenXmlMessages.Texts.Should().Contain(t => t.Key == code || t.Key.StartsWith(code + ".", StringComparison.Ordinal), code);
        }

        foreach (var (key, chinese, english) in OpenXmlMessages.Texts)
        {
            MessageCatalog.GetText(key, Zh).Should().Be(chinese, key);
            MessageCatalog.GetText(key, En).Should().Be(english, key);
            HasCjk(chinese).Should().BeTrue(key);
            HasCjk(english).Should().BeFalse(key);
            Placeholders(chinese).Should().BeEquivalentTo(Placeholders(english), key);
        }
    }

    [Test]
    public void EveryCode_IsInTheDocsTable()
    {
        var readme = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs", "articles", "diagnostic-codes.md"));
        var rows = TableRow().Matches(readme).Select(m => m.Groups[1].Value).ToArray();
        rows.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Codes());
    }

    [Test]
    public void Diagnostics_FollowTheCatalogCulture_AndAHostsWording()
    {
        var notZip = Encoding.UTF8.GetBytes("部门窗口,基础分\n");
        Diagnostic Read()
        {
            using var stream = new MemoryStream(notZip);
            return WorkbookReader.Read(stream).Diagnostics.Single();
        }

        var previous = MessageCatalog.Culture;
        try
        {
            MessageCatalog.Culture = Zh;
            Read().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Message.StartsWith("文件不是可读取的 .xlsx 工作簿", StringComparison.Ordinal));
            MessageCatalog.Culture = En;
            Read().Message.Should().StartWith("The file is not a readable .xlsx workbook");

            MessageCatalog.SetText(OpenXmlMessages.NotZip, CultureInfo.GetCultureInfo("zh"), "请上传 Excel 工作簿（.xlsx）。");
            MessageCatalog.Culture = Zh;
            Read().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MalformedRecord && d.Message == "请上传 Excel 工作簿（.xlsx）。");
        }
        finally
        {
            MessageCatalog.ClearText(OpenXmlMessages.NotZip, CultureInfo.GetCultureInfo("zh"));
            MessageCatalog.Culture = previous;
        }
    }

    private static HashSet<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"^\| (WS6\d{2}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
