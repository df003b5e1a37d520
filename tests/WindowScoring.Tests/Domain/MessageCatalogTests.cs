using System.Globalization;

namespace WindowScoring.Tests.Domain;

/// <summary>The public catalogue: packages and hosts register codes, hosts reword any code for a culture.</summary>
public sealed class MessageCatalogTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Test]
    public void Register_AHostsCode_MakesACodedTranslatedDiagnostic()
    {
        MessageCatalog.Register("HALL901.Test", "第 {0} 项缺少经办人。", "Item {0} has no clerk.");

        Diagnostic zh, en;
        using (new MessageCultureScope("zh-CN"))
        {
            zh = Diagnostic.Error("HALL901.Test", 3) with { Line = 4, Column = "经办人" };
        }

        using (new MessageCultureScope("en"))
        {
            en = Diagnostic.Error("HALL901.Test", 3) with { Line = 4, Column = "经办人" };
        }

        zh.Should().Match<Diagnostic>(d => d.Code == "HALL901" && d.IsError && d.Line == 4 && d.Message == "第 3 项缺少经办人。");
        en.Message.Should().Be("Item 3 has no clerk.");
        en.ToString().Should().Be("line 4: HALL901 error [经办人]: Item 3 has no clerk.");
    }

    [Test]
    public void Register_SameTextsTwice_IsHarmless_OtherTextsThrow()
    {
        MessageCatalog.Register("HALL902", "文字。", "Text.");
        MessageCatalog.Register("HALL902", "文字。", "Text.");

        FluentActions.Invoking(() => MessageCatalog.Register("HALL902", "别的文字。", "Other text.")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => MessageCatalog.Register(DiagnosticCodes.NumberInvalid, "数字。", "Number.")).Should().Throw<ArgumentException>();
    }

    [TestCase("HALL903", "{0} 与 {1}", "{0} and")]
    [TestCase("HALL904", "{0", "{0")]
    [TestCase("HALL 905", "文字", "text")]
    [TestCase("HALL906..x", "文字", "text")]
    public void Register_MismatchedOrMalformed_Throws(string key, string chinese, string english) =>
        FluentActions.Invoking(() => MessageCatalog.Register(key, chinese, english)).Should().Throw<ArgumentException>();

    [Test]
    public void SetText_AHallsOwnWording_ForOneCulture_KeepsTheCode()
    {
        var hall = CultureInfo.GetCultureInfo("zh");
        MessageCatalog.SetText(DiagnosticCodes.NumberMissing, hall, "这里要填数字。");
        try
        {
            using (new MessageCultureScope("zh-CN"))
            {
                Diagnostic.Error(DiagnosticCodes.NumberMissing).Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NumberMissing && d.Message == "这里要填数字。");
            }

            using (new MessageCultureScope("en"))
            {
                Diagnostic.Error(DiagnosticCodes.NumberMissing).Message.Should().Be("Expected a number, found an empty cell.");
            }
        }
        finally
        {
            MessageCatalog.ClearText(DiagnosticCodes.NumberMissing, hall).Should().BeTrue();
        }

        MessageCatalog.GetText(DiagnosticCodes.NumberMissing, Zh).Should().Be("此处应为数字，单元格为空。");
    }

    [Test]
    public void SetText_ALanguageTheLibraryDoesNotShip_ServesThatCulture()
    {
        var fr = CultureInfo.GetCultureInfo("fr");
        MessageCatalog.SetText(DiagnosticCodes.FieldCount, fr, "{0} champs attendus, {1} trouvés.");
        try
        {
            using var _ = new MessageCultureScope("fr-FR");
            var d = Diagnostic.Error(DiagnosticCodes.FieldCount, 6, 5);
            d.Message.Should().Be("6 champs attendus, 5 trouvés.");
        }
        finally
        {
            MessageCatalog.ClearText(DiagnosticCodes.FieldCount, fr);
        }
    }

    [Test]
    public void SetText_APlaceholderTheCodeDoesNotHave_Throws() =>
        FluentActions.Invoking(() => MessageCatalog.SetText(DiagnosticCodes.NumberMissing, Zh, "缺少 {0}。")).Should().Throw<ArgumentException>();

    [Test]
    public void Create_UnknownKey_Throws_AndUndefinedSeverityThrows()
    {
        FluentActions.Invoking(() => Diagnostic.Error("NOPE999")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Diagnostic.Create(DiagnosticCodes.NumberMissing, (DiagnosticSeverity)7)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void EveryLibraryKey_IsInThePublicCatalogue()
    {
        foreach (var key in Messages.Keys)
        {
            MessageCatalog.Contains(key).Should().BeTrue(key);
        }

        foreach (var code in MessagesTests.Codes())
        {
            MessageCatalog.Keys.Should().Contain(k => MessageCatalog.GetText(k, Zh).Length > 0 && (k == code || k.StartsWith(code + ".", StringComparison.Ordinal)), code);
        }
    }
}
