using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using WindowScoring.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace WindowScoring.OpenXml.Tests;

/// <summary>
/// What a mutation run of the writers found no test pinned down: the temporary files (named, placed, always removed, a
/// bound of exactly MaxBytes), the file written whole through a chain of links or in place on a device, the messages that
/// name a refused text, the escape of half a surrogate pair in a heading, the stylesheet's apply flags and borders, and
/// the .docx's group headings, empty cells and line breaks.
/// </summary>
public sealed class WriterMutantTests
{
    private CultureInfo? _culture;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _culture = MessageCatalog.Culture;
        MessageCatalog.Culture = CultureInfo.GetCultureInfo("en");
        Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "windowscoring-writer-mutants", Guid.NewGuid().ToString("N")));
    }

    [TearDown]
    public void TearDown()
    {
        MessageCatalog.Culture = _culture;
        Directory.Delete(_folder, recursive: true);
    }

    private static RankedTable Table(params string[] names) =>
        ScoringEngine.Default.Rank(names.Select((n, i) => new Assessment(new Department("C" + i, n), 100m - i, 0m, 0m)).ToArray());

    private static MemoryStream Xlsx(RankedTable table)
    {
        var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream Docx(RankedTable table)
    {
        var stream = new MemoryStream();
        DocxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        return stream;
    }

    private static X.Worksheet Sheet(SpreadsheetDocument xlsx) => xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;

    private static string CellText(X.Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    // Points Path.GetTempPath() (TMPDIR on Unix) at a folder of the test's own while it runs, so the temporary files
    // made in it can be seen; restored when disposed.
    private sealed class TemporaryFolder : IDisposable
    {
        private readonly string? _previous = Environment.GetEnvironmentVariable("TMPDIR");

        public TemporaryFolder(string path)
        {
            Path = path;
            Environment.SetEnvironmentVariable("TMPDIR", path);
        }

        public string Path { get; }

        public string[] Files() => Directory.GetFiles(Path);

        public void Dispose() => Environment.SetEnvironmentVariable("TMPDIR", _previous);
    }

    private TemporaryFolder TemporaryFiles()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "TMPDIR names the temporary folder on Unix");
        var folder = new TemporaryFolder(Directory.CreateDirectory(Path.Combine(_folder, "tmp")).FullName);
        Path.GetTempPath().TrimEnd('/').Should().Be(folder.Path, "the runtime reads TMPDIR on each call");
        return folder;
    }

    // ---- Temporary files ----

    [Test]
    public async Task Read_ForwardOnlyStreamLongerThanMaxBytes_IsWS100_AndItsTemporaryFileIsRemoved()
    {
        var workbook = Xlsx(Table("甲", "乙")).ToArray();
        var options = new ImportOptions { MaxBytes = 1000 };
        using var temporary = TemporaryFiles();

        var read = WorkbookReader.Read(new ForwardOnlyStream(workbook), options);
        var files = temporary.Files();
        var readAsync = await WorkbookReader.ReadAsync(new ForwardOnlyStream(workbook), options);

        read.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
        readAsync.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.InputTooLarge);
        files.Should().BeEmpty("the copy stopped at the limit is closed, and so deleted, at once");
        temporary.Files().Should().BeEmpty();
    }

    [Test]
    public async Task Read_ForwardOnlyStreamThatFails_ThrowsItsError_AndItsTemporaryFileIsRemoved()
    {
        var workbook = Xlsx(Table("甲", "乙")).ToArray();
        using var temporary = TemporaryFiles();

        FluentActions.Invoking(() => WorkbookReader.Read(new ForwardOnlyStream(workbook, failAfter: 1))).Should().Throw<IOException>().WithMessage("the connection was reset");
        var files = temporary.Files();
        await FluentActions.Awaiting(() => WorkbookReader.ReadAsync(new ForwardOnlyStream(workbook, failAfter: 1))).Should().ThrowAsync<IOException>().WithMessage("the connection was reset");

        files.Should().BeEmpty();
        temporary.Files().Should().BeEmpty();
    }

    [TestCase(100_000, 100_000, true)]
    [TestCase(100_000, 99_999, false)]
    [TestCase(1, 1, true)]
    [TestCase(2, 1, false)]
    public async Task Copy_ForwardOnlyStream_UpToExactlyMaxBytes_IsCopiedWhole_OneByteMoreIsRefused(int length, long maxBytes, bool copied)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

        using var file = TemporaryFile.Copy(new ForwardOnlyStream(bytes), maxBytes);
        using var fileAsync = await TemporaryFile.CopyAsync(new ForwardOnlyStream(bytes), maxBytes, CancellationToken.None);

        foreach (var copy in new[] { file, fileAsync })
        {
            if (!copied)
            {
                copy.Should().BeNull();
                continue;
            }

            copy!.Position.Should().Be(0);
            var back = new MemoryStream();
            copy.CopyTo(back);
            back.ToArray().Should().Equal(bytes);
        }
    }

    [Test]
    public void WriteTo_BuildsInANamedTemporaryFile_DeletedAfterTheCopy()
    {
        using var temporary = TemporaryFiles();
        var target = new MemoryStream();
        string? name = null;
        var existed = false;

        TemporaryFile.WriteTo(target, file =>
        {
            name = ((FileStream)file).Name;
            existed = File.Exists(name);
            file.Write([1, 2, 3]);
        });

        Path.GetDirectoryName(name).Should().Be(temporary.Path);
        Path.GetFileName(name).Should().MatchRegex("^windowscoring-[0-9a-f]{32}\\.tmp$");
        existed.Should().BeTrue();
        File.Exists(name).Should().BeFalse();
        target.ToArray().Should().Equal(1, 2, 3);
    }

    [Test]
    public void WriteTo_BuildThatFails_ThrowsItsError_RemovesTheTemporaryFile_AndWritesNothing()
    {
        using var temporary = TemporaryFiles();
        var target = new MemoryStream();

        var write = () => TemporaryFile.WriteTo(target, file =>
        {
            file.Write([1, 2, 3]);
            throw new IOException("the disk is full");
        });

        write.Should().Throw<IOException>().WithMessage("the disk is full");
        temporary.Files().Should().BeEmpty();
        target.Length.Should().Be(0);
    }

    [Test]
    public async Task WriteAsync_Cancelled_ThrowsBeforeAnyTemporaryFileIsMade()
    {
        // The temporary folder does not exist: a write that began building its package would fail with an IOException.
        Assume.That(OperatingSystem.IsWindows(), Is.False, "TMPDIR names the temporary folder on Unix");
        using var missing = new TemporaryFolder(Path.Combine(_folder, "missing"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var stream = new MemoryStream();

        await FluentActions.Awaiting(() => XlsxTableWriter.Default.WriteAsync(Table("甲"), stream, cancelled.Token)).Should().ThrowExactlyAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => DocxTableWriter.Default.WriteAsync(Table("甲"), stream, cancelled.Token)).Should().ThrowExactlyAsync<OperationCanceledException>();
        stream.Length.Should().Be(0);
        Directory.Exists(missing.Path).Should().BeFalse();
    }

    // ---- A file written whole ----

    [Test]
    public void ToFile_WritesATemporaryFileHiddenBesideTheTarget_ThenMovesIt()
    {
        var target = Path.Combine(_folder, "weekly.xlsx");
        string? name = null;

        WritableText.ToFile(target, stream =>
        {
            name = ((FileStream)stream).Name;
            stream.Write([1, 2, 3]);
        });

        Path.GetDirectoryName(name).Should().Be(_folder);
        Path.GetFileName(name).Should().MatchRegex("^\\.weekly\\.xlsx\\.[0-9a-f]{32}\\.tmp$");
        File.ReadAllBytes(target).Should().Equal(1, 2, 3);
        Directory.GetFiles(_folder).Should().Equal(target);
    }

    [Test]
    public void ToFile_WriteThatFails_LeavesTheTargetAsItWas_AndNoTemporaryFile()
    {
        var target = Path.Combine(_folder, "weekly.xlsx");
        File.WriteAllText(target, "last week");

        var write = () => WritableText.ToFile(target, stream =>
        {
            stream.Write([1, 2, 3]);
            throw new IOException("the disk is full");
        });

        write.Should().Throw<IOException>().WithMessage("the disk is full");
        File.ReadAllText(target).Should().Be("last week");
        Directory.GetFiles(_folder).Should().Equal(target);
    }

    [Test]
    public void Write_ThroughAChainOfLinks_ReplacesTheFileAtTheEnd_TheLinksStay()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "symbolic links need no privilege on Unix");
        var real = Path.Combine(_folder, "real.xlsx");
        var middle = Path.Combine(_folder, "middle.xlsx");
        var first = Path.Combine(_folder, "first.xlsx");
        File.WriteAllText(real, "last week");
        File.CreateSymbolicLink(middle, real);
        File.CreateSymbolicLink(first, middle);

        XlsxTableWriter.Default.Write(Table("甲"), first);

        new FileInfo(middle).LinkTarget.Should().Be(real);
        new FileInfo(first).LinkTarget.Should().Be(middle);
        new FileInfo(real).LinkTarget.Should().BeNull();
        WorkbookReader.Read(real).Rows.Select(r => r.Department.Name).Should().Equal("甲");
        Directory.GetFiles(_folder).Should().BeEquivalentTo([real, middle, first]);
    }

    [Test]
    public void Write_ToADevicePathThatDoesNotExist_IsNotCreatedAsARegularFile()
    {
        Assume.That(!OperatingSystem.IsWindows() && Directory.Exists("/dev/shm"), "a writable folder under /dev");
        var name = "windowscoring-" + Guid.NewGuid().ToString("N") + ".xlsx";
        var device = "/dev/shm/" + name;
        try
        {
            var write = () => XlsxTableWriter.Default.Write(Table("甲"), device);

            write.Should().Throw<FileNotFoundException>();
            File.Exists(device).Should().BeFalse();
            Directory.GetFiles("/dev/shm", "*" + name + "*").Should().BeEmpty();
        }
        finally
        {
            File.Delete(device);
        }
    }

    [Test]
    public void Write_ToAnExistingDevicePath_WritesIntoIt()
    {
        Assume.That(!OperatingSystem.IsWindows() && Directory.Exists("/dev/shm"), "a writable folder under /dev");
        var name = "windowscoring-" + Guid.NewGuid().ToString("N") + ".docx";
        var device = "/dev/shm/" + name;
        File.WriteAllBytes(device, []);
        try
        {
            DocxTableWriter.Default.Write(Table("甲"), device);

            using var document = WordprocessingDocument.Open(device, false);
            document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single().InnerText.Should().Contain("甲");
            Directory.GetFiles("/dev/shm", "*" + name + "*").Should().Equal(device);
        }
        finally
        {
            File.Delete(device);
        }
    }

    // ---- Messages ----

    [Test]
    public void Write_TitleWithAControlCharacter_IsRefused_NamingTheTitle()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "甲"), 100m, 0m, 0m)], title: "十一月\u0001考核");

        var write = () => XlsxTableWriter.Default.Write(table, new MemoryStream());

        write.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The text of the title has U+0001 at position 4");
    }

    [Test]
    public void Write_CellLongerThanExcelHolds_IsRefused_NamingTheTableParameter()
    {
        var write = () => XlsxTableWriter.Default.Write(Table(new string('长', 32_768)), new MemoryStream());

        write.Should().Throw<ArgumentException>().WithParameterName("table").WithMessage("*32768 characters long*");
    }

    [Test]
    public void Write_NameStartingWithAControlCharacter_IsNamedPrintably()
    {
        var write = () => DocxTableWriter.Default.Write(Table("\u0001甲"), new MemoryStream());

        write.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The text of \\u0001甲 has U+0001 at position 1");
    }

    [Test]
    public void Write_ExtraWithAControlCharacter_NamesTheDepartmentAsItIs_ItsSurrogatePairKept()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "省😀局"), 100m, 0m, 0m) { Extras = [new("办件量", "1\u00072")] }]);

        var write = () => XlsxTableWriter.Default.Write(table, new MemoryStream());

        write.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The text of 省😀局 has U+0007 at position 2");
    }

    [Test]
    public void Read_APackageWithoutAMainPart_SaysItHasNoWorkbookPart()
    {
        var stream = new MemoryStream();
        using (var package = System.IO.Packaging.Package.Open(stream, FileMode.Create))
        {
            using var part = package.CreatePart(new Uri("/notes.xml", UriKind.Relative), "application/xml").GetStream();
            part.Write("<notes/>"u8);
        }

        stream.Position = 0;
        var read = WorkbookReader.Read(stream);

        read.Diagnostics.Single().Message.Should().Be(
            "The file is not a readable .xlsx workbook: it is a zip package but has no workbook part (is it a .docx or another zip?).");
    }

    [Test]
    public void Packages_PartToStreamMissing_ThrowsNamingIt()
    {
        var write = () => OpenXmlPackages.Write(new MemoryStream(), skeleton =>
        {
            using (var zip = new ZipArchive(skeleton, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                entry.Write("<w:document/>");
            }

            return new Uri("/word/missing.xml", UriKind.Relative);
        }, writer => writer.WriteStartDocument());

        write.Should().Throw<InvalidOperationException>().WithMessage("The package has no part word/missing.xml to stream.");
    }

    // ---- Layout ----

    [Test]
    public void Write_EmptyTable_StillHasItsHeaderRow_AndNoGroupColumn()
    {
        var empty = ScoringEngine.Default.Rank([], AssessmentPeriod.Month(2023, 11));

        using (var xlsx = SpreadsheetDocument.Open(Xlsx(empty), false))
        {
            var rows = Sheet(xlsx).Descendants<X.Row>().ToArray();
            rows.Select(r => r.RowIndex!.Value).Should().Equal(1u, 2u);
            rows[1].Elements<X.Cell>().Select(CellText).Should().Equal("序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值");
            xlsx.WorkbookPart!.Workbook.Descendants<X.DefinedName>().Single().Text.Should().Be("考核结果!$2:$2");
        }

        using var docx = WordprocessingDocument.Open(Docx(empty), false);
        docx.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single().Elements<W.TableRow>().Single().Elements<W.TableCell>().Should().HaveCount(6);
    }

    [Test]
    public void Xlsx_OnlySomeRowsHaveAGroup_TheTableIsGrouped()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Group = "县" }, new Assessment(new Department("C2", "乙"), 99m, 0m, 0m)]);

        using var xlsx = SpreadsheetDocument.Open(Xlsx(table), false);
        var rows = Sheet(xlsx).Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(CellText).ToArray()).ToArray();

        // Block 县: header, 甲; blank row; block without a group: header, 乙 (ranked within its group).
        rows.Should().HaveCount(4);
        rows[0].Last().Should().Be("分组");
        rows[1].Should().Equal("1", "甲", "100", "0", "0", "100", "县");
        rows[3].Should().Equal("1", "乙", "99", "0", "0", "99", "");
    }

    [Test]
    public void Xlsx_GroupedTable_ANotAssessedDepartmentWithoutAGroup_HasAnEmptyGroupCell()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Group = "县" }],
            notAssessed: [new NotAssessedEntry(new Department("C2", "乙"), "新进驻")]);

        using var xlsx = SpreadsheetDocument.Open(Xlsx(table), false);
        var last = Sheet(xlsx).Descendants<X.Row>().Last();

        last.Elements<X.Cell>().Select(CellText).Should().Equal("", "乙", "", "", "", "不参与考核", "新进驻", "");
        last.Elements<X.Cell>().Last().InlineString.Should().BeNull();
    }

    [Test]
    public void Xlsx_EmptyCells_KeepTheirReferenceAndBorderedStyle()
    {
        var table = ScoringEngine.Default.Rank([], notAssessed: [new NotAssessedEntry(new Department("C1", "甲"))]);

        using var xlsx = SpreadsheetDocument.Open(Xlsx(table), false);
        var cells = Sheet(xlsx).Descendants<X.Row>().Last().Elements<X.Cell>().ToArray();

        // 序号 (rank style 5), 部门窗口 and the three empty figures (text 3), 不参与考核 (number 4, a figure), an empty 备注 (text 3):
        // every one bordered.
        cells.Select(c => (c.CellReference?.Value, c.StyleIndex?.Value)).Should().Equal(
            ("A2", 5u), ("B2", 3u), ("C2", 3u), ("D2", 3u), ("E2", 3u), ("F2", 4u), ("G2", 3u));
    }

    [Test]
    public void Xlsx_TitleRow_HasACustomHeight_AndEveryTextPreservesItsSpaces()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "甲  乙"), 100m, 0m, 0m) { Extras = [new("备  用", " 1200 ")] }], title: " 十一月 ");

        using var xlsx = SpreadsheetDocument.Open(Xlsx(table), false);
        var sheet = Sheet(xlsx);

        sheet.Descendants<X.Row>().First().CustomHeight!.Value.Should().BeTrue();
        var texts = sheet.Descendants<X.Text>().ToArray();
        texts.Select(t => t.Text).Should().Contain([" 十一月 ", "甲  乙", "备  用", " 1200 "]);
        texts.Should().OnlyContain(t => t.Space != null && t.Space.Value == SpaceProcessingModeValues.Preserve);
    }

    [Test]
    public void Xlsx_ColumnWidth_CountsU1100AsWide()
    {
        using var xlsx = SpreadsheetDocument.Open(Xlsx(Table(new string('\u1100', 10))), false);

        Sheet(xlsx).Descendants<X.Column>().ElementAt(1).Width!.Value.Should().Be(22d); // 10 wide characters and 2
    }

    [Test]
    public void Xlsx_Stylesheet_AppliesOnlyWhatEachFormatSets_BordersThinOnEverySide()
    {
        using var xlsx = SpreadsheetDocument.Open(Xlsx(new ScoringEngine(new ScoringScheme { DisplayDecimals = 2 }).Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m)], AssessmentPeriod.Month(2023, 11))), false);
        var styles = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var formats = styles.CellFormats!.Elements<X.CellFormat>().Skip(1).Select(f => (
            f.NumberFormatId!.Value, f.FontId!.Value, f.BorderId!.Value,
            f.ApplyNumberFormat?.Value, f.ApplyFont?.Value, f.ApplyBorder?.Value, f.ApplyAlignment?.Value, f.Alignment!.WrapText?.Value));

        formats.Should().Equal(
            (0u, 2u, 0u, null, true, null, true, null),     // 1 title
            (0u, 1u, 1u, null, true, true, true, true),     // 2 header
            (0u, 0u, 1u, null, null, true, true, null),     // 3 text
            (2u, 0u, 1u, true, null, true, true, null),     // 4 number, 0.00
            (0u, 0u, 1u, null, null, true, true, null));    // 5 rank
        var border = styles.Borders!.Elements<X.Border>().ElementAt(1);
        new X.BorderPropertiesType?[] { border.LeftBorder, border.RightBorder, border.TopBorder, border.BottomBorder }
            .Select(b => b?.Style?.Value).Should().Equal(X.BorderStyleValues.Thin, X.BorderStyleValues.Thin, X.BorderStyleValues.Thin, X.BorderStyleValues.Thin);
    }

    [Test]
    public void Docx_Groups_EachTableUnderABoldLeftHeadingNamingItsGroup()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Group = "省直" }, new Assessment(new Department("C2", "乙"), 99m, 0m, 0m) { Group = "县" }],
            AssessmentPeriod.Month(2023, 11));

        using var docx = WordprocessingDocument.Open(Docx(table), false);
        var body = docx.MainDocumentPart!.Document.Body!.Elements().Where(e => e is W.Paragraph or W.Table).ToArray();

        body.Select(e => e is W.Table ? "table" : e.InnerText).Should().Equal("2023年11月窗口考核结果", "省直", "table", "县", "table");
        foreach (var heading in new[] { body[1], body[3] })
        {
            heading.Descendants<W.Justification>().Single().Val!.Value.Should().Be(W.JustificationValues.Left);
            heading.Descendants<W.Bold>().Should().ContainSingle();
            heading.Descendants<W.FontSize>().Single().Val!.Value.Should().Be("24");
        }
    }

    [Test]
    public void Docx_NotAssessedRow_EmptyCellsAreBlank()
    {
        var table = ScoringEngine.Default.Rank([], notAssessed: [new NotAssessedEntry(new Department("C1", "甲"), "新进驻")]);

        using var docx = WordprocessingDocument.Open(Docx(table), false);
        var row = docx.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().ElementAt(1);

        row.Elements<W.TableCell>().Select(c => c.InnerText).Should().Equal("", "甲", "", "", "", "不参与考核", "新进驻");
    }

    [Test]
    public void Docx_LineBreaks_OnlyBetweenLines_AndSpacesPreserved()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲  乙"), 100m, 0m, 0m)],
            notAssessed: [new NotAssessedEntry(new Department("C2", "丙"), "新进驻\n三月起")]);

        using var docx = WordprocessingDocument.Open(Docx(table), false);
        var rows = docx.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().ToArray();
        var name = rows[1].Elements<W.TableCell>().ElementAt(1).Descendants<W.Run>().Single();
        var note = rows[2].Elements<W.TableCell>().Last().Descendants<W.Run>().Single();

        name.Elements().Where(e => e is W.Text or W.Break).Select(e => e.LocalName).Should().Equal("t");
        note.Elements().Where(e => e is W.Text or W.Break).Select(e => e is W.Text t ? t.Text : "<br>").Should().Equal("新进驻", "<br>", "三月起");
        docx.MainDocumentPart.Document.Body.Descendants<W.Text>().Should().OnlyContain(t => t.Space != null && t.Space.Value == SpaceProcessingModeValues.Preserve);
    }
}
