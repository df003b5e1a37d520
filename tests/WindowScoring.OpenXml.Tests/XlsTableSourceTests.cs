using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// Legacy Excel 97–2003 workbooks (.xls, BIFF8), as older WPS and Excel save by default: the fixtures were saved by
/// LibreOffice Calc (Data/make-fixtures.sh), not by our code, and read through the same WorkbookReader as .xlsx.
/// </summary>
public class XlsTableSourceTests
{
    private static readonly ImportOptions English = ImportOptions.Default;
    private CultureInfo? _culture;

    // Messages in English for the assertions on their words (the one language setting, restored after each test).
    [SetUp]
    public void InEnglish() => (_culture, MessageCatalog.Culture) = (MessageCatalog.Culture, CultureInfo.GetCultureInfo("en"));

    [TearDown]
    public void RestoreLanguage() => MessageCatalog.Culture = _culture;

    [TestCase("2023-11.xls")]
    [TestCase("2023-11-title.xls")]
    public void Read_LegacyWorkbook_GivesTheRowsOfTheSeedTable(string file)
    {
        var seed = Workbooks.SeedRows();

        var result = WorkbookReader.Read(Workbooks.Data(file));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        result.Rows.Select(r => r.Assessment).Should().Equal(seed.Rows.Select(r => r.Assessment));
        result.Rows.Select(r => r.PrintedRank).Should().Equal(seed.Rows.Select(r => r.PrintedRank));
        result.Rows.Select(r => r.PrintedTotal).Should().Equal(seed.Rows.Select(r => r.PrintedTotal));
    }

    [Test]
    public void Read_LegacyWorkbookWithTitle_KeepsTitlePeriodLinesAndCellReferences()
    {
        var result = WorkbookReader.Read(Workbooks.Data("2023-11-title.xls"), English);

        result.Title.Should().Be("2023年11月省政务服务大厅进驻部门（单位）窗口考核结果");
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        result.Rows[0].Line.Should().Be(WorkbookReader.Read(Workbooks.Data("2023-11-title.xlsx")).Rows[0].Line);
    }

    [Test]
    public void Read_LegacyWorkbook_IsTheSameWhetherFromAPathOrAStream()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Workbooks.Data("2023-11.xls")));

        var fromStream = WorkbookReader.Read(stream);

        fromStream.Rows.Select(r => r.Assessment).Should().Equal(WorkbookReader.Read(Workbooks.Data("2023-11.xls")).Rows.Select(r => r.Assessment));
    }

    [TestCase("2023-11-hidden-first.xls")]
    [TestCase("2023-11-hidden-first.xlsx")]
    public void Read_FirstSheetHidden_ReadsTheVisibleSheet_InBothFormats(string file)
    {
        var result = WorkbookReader.Read(Workbooks.Data(file), English);

        result.Rows.Should().HaveCount(29);
        result.Rows.Should().NotContain(r => r.Department.Name == "暗表单位");
        result.Diagnostics.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.HiddenSheet && d.RawValue == "Hidden");
    }

    [Test]
    public void Read_LegacyWorkbook_MissingSheetIsWS602ListingTheSheets()
    {
        var result = WorkbookReader.Read(Workbooks.Data("2023-11-hidden-first.xls"), English, "Sheet9");

        result.Errors.Should().ContainSingle(d => d.Code == OpenXmlDiagnosticCodes.SheetNotFound).Which.Message.Should().Contain("Hidden").And.Contain("考核结果");
    }

    [Test]
    public void Read_CompoundFileThatIsNoWorkbook_IsWS116NeverAnException()
    {
        // A compound file's signature followed by garbage: what a damaged .xls or a Word 97 .doc looks like to the reader.
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xls"));
        var damaged = bytes[..600].Concat(new byte[3000]).ToArray();

        var result = WorkbookReader.Read(new MemoryStream(damaged), English);

        result.Errors.Should().ContainSingle().Which.Code.Should().BeOneOf(DiagnosticCodes.MalformedRecord, OpenXmlDiagnosticCodes.LegacyOrEncrypted);
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Read_TruncatedLegacyWorkbook_EndsWithADiagnostic()
    {
        var bytes = File.ReadAllBytes(Workbooks.Data("2023-11.xls"));

        for (var cut = 512; cut < bytes.Length; cut += 1024)
        {
            var result = WorkbookReader.Read(new MemoryStream(bytes[..cut]), English);
            result.HasErrors.Should().BeTrue($"a .xls cut at {cut} of {bytes.Length} bytes is not whole");
        }
    }
}
