using System.IO.Compression;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// The writers never crash half-way and never destroy: text an Office document cannot hold is refused with the
/// department named before any file is touched, a path is written whole or not at all, and what is written reads back.
/// </summary>
public class WriterSafetyTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "windowscoring-writer-safety", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static RankedTable Table(string name) => ScoringEngine.Default.Rank([
        new Assessment(Department.FromName(name), 100m, 0m, 1m),
        new Assessment(Department.FromName("民政厅"), 100m, 0m, 2m),
    ]);

    public static IEnumerable<TestCaseData> Writers()
    {
        yield return new TestCaseData((Action<RankedTable, string>)XlsxTableWriter.Default.Write, (Action<RankedTable, Stream>)XlsxTableWriter.Default.Write).SetArgDisplayNames("xlsx");
        yield return new TestCaseData((Action<RankedTable, string>)DocxTableWriter.Default.Write, (Action<RankedTable, Stream>)DocxTableWriter.Default.Write).SetArgDisplayNames("docx");
    }

    [TestCaseSource(nameof(Writers))]
    public void Write_TextNoDocumentCanHold_ThrowsNamingTheDepartment_AndLeavesTheFileAsItWas(Action<RankedTable, string> toPath, Action<RankedTable, Stream> toStream)
    {
        foreach (var bad in new[] { "坏\uFFFF名", "坏\uFFFE名", "坏\uD800名", "坏名\uDC00", "坏\u0007名", "坏\0名" })
        {
            var target = Path.Combine(_folder, "weekly.out");
            File.WriteAllText(target, "an earlier week's report");
            var stream = new MemoryStream();

            var path = () => toPath(Table(bad), target);
            var memory = () => toStream(Table(bad), stream);

            path.Should().Throw<ArgumentException>().WithMessage("*坏*名*").WithParameterName("table");
            memory.Should().Throw<ArgumentException>();
            File.ReadAllText(target).Should().Be("an earlier week's report");
            stream.Length.Should().Be(0);
            Directory.GetFiles(_folder).Should().ContainSingle("no temporary file is left behind");
        }
    }

    [Test]
    public void Xlsx_CellLongerThanExcelHolds_IsRefused_ButWordTakesIt()
    {
        var table = Table(new string('长', 40_000));

        var xlsx = () => XlsxTableWriter.Default.Write(table, new MemoryStream());
        var docx = () => DocxTableWriter.Default.Write(table, new MemoryStream());

        xlsx.Should().Throw<ArgumentException>().WithMessage("*40000*32767*");
        docx.Should().NotThrow();
    }

    [Test]
    public void Xlsx_CellOfExactlyExcelsLimit_IsWrittenAndReadBack()
    {
        var name = new string('长', 32_767);
        using var stream = new MemoryStream();

        XlsxTableWriter.Default.Write(Table(name), stream);
        stream.Position = 0;
        var read = WorkbookReader.Read(stream, new Import.ImportOptions { MaxFieldLength = 40_000 });

        read.Rows.Select(r => r.Department.Name).Should().Contain(name);
    }

    [Test]
    public void Xlsx_CarriageReturn_IsEscapedSoAReaderKeepsIt()
    {
        using var stream = new MemoryStream();

        XlsxTableWriter.Default.Write(Table("甲\r\n乙"), stream);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());

        sheet.ReadToEnd().Should().Contain("甲_x000D_\n乙");
    }

    [TestCaseSource(nameof(Writers))]
    public void Write_ToAPath_ReplacesAnExistingFileWhole(Action<RankedTable, string> toPath, Action<RankedTable, Stream> toStream)
    {
        var target = Path.Combine(_folder, "weekly.out");
        File.WriteAllText(target, "an earlier week's report");
        using var expected = new MemoryStream();
        toStream(Table("教育厅"), expected);

        toPath(Table("教育厅"), target);

        using (var written = ZipFile.OpenRead(target))
        using (var same = new ZipArchive(new MemoryStream(expected.ToArray())))
        {
            written.Entries.Select(e => (e.FullName, e.Length)).Should().Equal(same.Entries.Select(e => (e.FullName, e.Length)));
        }

        Directory.GetFiles(_folder).Should().ContainSingle();
    }
}
