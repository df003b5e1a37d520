using DocumentFormat.OpenXml.Packaging;
using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>What mutation testing found the .xlsx and .docx writers' tests did not pin down (issue #26): text that looks
/// like Open XML's escape, the characters a document cannot hold and the message naming them, argument checks, and the
/// layout's note, extra and group columns.</summary>
public sealed class WriterEdgeTests
{
    private static RankedTable Table(params string[] names) =>
        ScoringEngine.Default.Rank(names.Select((n, i) => new Assessment(new Department("C" + i, n), 100m - i, 0m, 0m)).ToArray());

    private static ImportResult RoundTrip(RankedTable table)
    {
        using var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;
        return WorkbookReader.Read(stream);
    }

    [Test]
    public void Xlsx_NamesThatLookLikeOpenXmlEscapes_ReadBackAsWritten()
    {
        // A literal _xHHHH_ is written with its underscore escaped (_x005F_); near misses are written as they are. The
        // second name ends one character short of an escape (the check must not read past its end).
        string[] names = ["_x0041_", "甲_x0041", "乙_x004G_", "丙_x00411_", "丁__x0041__", "戊_x0041_x0042_", "己_x"];

        var read = RoundTrip(Table(names));

        read.Errors.Should().BeEmpty();
        read.Rows.Select(r => r.Department.Name).Should().Equal(names);
    }

    [TestCase("", -1)]
    [TestCase("a\tb\nc\rd e", -1)]
    [TestCase("甲\u0001乙", 1)]
    [TestCase("\u001F", 0)]
    [TestCase("a\uFFFE", 1)]
    [TestCase("a\uFFFF", 1)]
    [TestCase("省😀局", -1)] // a surrogate pair is one character
    public void IndexOfInvalid_IsTheFirstCharacterXmlCannotHold(string text, int index) =>
        WritableText.IndexOfInvalid(text).Should().Be(index);

    [Test]
    public void IndexOfInvalid_UnpairedSurrogates()
    {
        // Built in code: an attribute's string cannot hold an unpaired surrogate.
        const char high = '\uD83D', low = '\uDE00';
        WritableText.IndexOfInvalid("省" + high).Should().Be(1);         // a high surrogate at the end
        WritableText.IndexOfInvalid(high + "省").Should().Be(0);         // a high surrogate before a letter
        WritableText.IndexOfInvalid(low + "省").Should().Be(0);          // a low surrogate alone
        WritableText.IndexOfInvalid("😀" + low).Should().Be(2);          // a pair, then a low surrogate alone
        WritableText.IndexOfInvalid(string.Concat(high, low, high)).Should().Be(2);
    }

    [Test]
    public void Write_NameWithAControlCharacter_IsRefused_NamingItPrintably()
    {
        var table = Table("甲 乙\u0001丙");
        using var stream = new MemoryStream();

        var write = () => XlsxTableWriter.Default.Write(table, stream);

        write.Should().Throw<ArgumentException>().WithParameterName("table")
            .Which.Message.Should().Contain("甲 乙\\u0001丙").And.Contain("U+0001 at position 4");
        stream.Length.Should().Be(0);
    }

    [Test]
    public void Write_GroupWithAnUnpairedSurrogate_IsRefused_NamingTheRow()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Group = "县" + '\uD83D' }]);

        var write = () => DocxTableWriter.Default.Write(table, new MemoryStream());

        write.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The text of 甲 has U+D83D at position 2");
    }

    [Test]
    public async Task Writers_NullArguments_AreRefusedByName()
    {
        var table = Table("甲");
        ITableWriter<RankedTable>[] writers = [XlsxTableWriter.Default, DocxTableWriter.Default];
        foreach (var writer in writers)
        {
            FluentActions.Invoking(() => writer.Write(null!, new MemoryStream())).Should().Throw<ArgumentNullException>().WithParameterName("table");
            FluentActions.Invoking(() => writer.Write(table, (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
            await FluentActions.Awaiting(() => writer.WriteAsync(null!, new MemoryStream())).Should().ThrowAsync<ArgumentNullException>().WithParameterName("table");
            await FluentActions.Awaiting(() => writer.WriteAsync(table, null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        }

        FluentActions.Invoking(() => XlsxTableWriter.Default.Write((RankedTable)null!, "x.xlsx")).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => DocxTableWriter.Default.Write(table, " ")).Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [TestCase("xlsx")]
    [TestCase("docx")]
    public void Write_ExtraHeadingAnOfficeDocumentCannotHold_IsRefusedNamingIt_NothingWritten(string kind)
    {
        // A host's extra column whose heading has a control character: refused before any byte, as a cell would be (the
        // .docx writer wrote headings unchecked and failed inside the XML writer, partway through building).
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "甲"), 100m, 0m, 0m) { Extras = [new("负责\u0001人", "张三")] }]);
        using var stream = new MemoryStream();

        Action write = kind == "xlsx" ? () => XlsxTableWriter.Default.Write(table, stream) : () => DocxTableWriter.Default.Write(table, stream);

        write.Should().Throw<ArgumentException>().WithMessage("The text of the heading 负责\\u0001人 has U+0001 at position 3*").WithParameterName("table");
        stream.Length.Should().Be(0);
    }

    [Test]
    public void Xlsx_NoteColumn_WhenAnyRowHasANote_ExtraColumns_BlankWhereARowHasNone()
    {
        var capped = new ScoringEngine(new ScoringScheme { BonusCap = 20m }).Rank(
        [
            new Assessment(new Department("C1", "甲"), 100m, 0m, 30m) { Extras = [new("窗口负责人", "张三"), new("实得分值", "120")] },
            new Assessment(new Department("C2", "乙"), 100m, 0m, 1m),
        ]);

        var read = RoundTrip(capped);

        read.Errors.Should().BeEmpty();
        // 甲's bonus is capped (a note); 乙 has none. 窗口负责人 is an extra column, blank for 乙; 实得分值 is the table's own column.
        read.Rows.Select(r => string.Join("|", r.Extras.Select(e => e.Key + "=" + e.Value))).Should().Equal("备注=加分封顶|窗口负责人=张三", "");
        read.Rows.Select(r => r.Assessment!.Total).Should().Equal(120m, 101m);
    }

    [Test]
    public void Xlsx_OnlyADepartmentNotAssessedHasAGroup_TheTableIsGrouped()
    {
        var table = ScoringEngine.Default.Rank(
            [new Assessment(new Department("C1", "甲"), 100m, 0m, 0m)],
            notAssessed: [new NotAssessedEntry(new Department("C2", "乙"), "新进驻") { Group = "县" }]);

        var read = RoundTrip(table);

        read.Rows.Select(r => (r.Department.Name, r.Assessment?.Group ?? r.NotAssessed?.Group)).Should().Equal(("甲", null), ("乙", "县"));
    }

    [Test]
    public async Task Writers_FlushTheCallersStream_SoABufferedStreamHoldsTheWholePackage()
    {
        var table = Table("甲", "乙");
        foreach (var async in new[] { false, true })
        {
            var xlsx = new MemoryStream();
            var docx = new MemoryStream();
            if (async)
            {
                await XlsxTableWriter.Default.WriteAsync(table, new BufferedStream(xlsx, 1 << 20));
                await DocxTableWriter.Default.WriteAsync(table, new BufferedStream(docx, 1 << 20));
            }
            else
            {
                XlsxTableWriter.Default.Write(table, new BufferedStream(xlsx, 1 << 20));
                DocxTableWriter.Default.Write(table, new BufferedStream(docx, 1 << 20));
            }

            xlsx.Position = docx.Position = 0;
            WorkbookReader.Read(xlsx).Rows.Select(r => r.Department.Name).Should().Equal("甲", "乙");
            using var document = WordprocessingDocument.Open(docx, false);
            document.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("甲").And.Contain("乙");
        }
    }

    [Test]
    public async Task WriteAsync_Cancelled_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var stream = new MemoryStream();

        await FluentActions.Awaiting(() => XlsxTableWriter.Default.WriteAsync(Table("甲"), stream, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => DocxTableWriter.Default.WriteAsync(Table("甲"), stream, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        stream.Length.Should().Be(0);
    }
}
