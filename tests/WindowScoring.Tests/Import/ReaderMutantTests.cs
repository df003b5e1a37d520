using System.Globalization;
using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>
/// The import wing's survivors of the mutation run (stryker/import.json): every overload honouring the options and the
/// reader's defaults, the period's sources, the layout chosen, the limits at their boundaries, the diagnostic bound, the
/// header columns of the event log, the option validation and the small containers the readers use.
/// </summary>
[TestFixture]
public sealed class ReaderMutantTests
{
    private const string TwoRows = "部门窗口,实得分值\n甲,90\n乙,80\n";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static CellTableSource Cells(string csv) =>
        new(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (IReadOnlyList<string>)l.Split(',')).ToArray());

    private static string Outcome(int seen, int counted, IEnumerable<Diagnostic> diagnostics) =>
        string.Create(CultureInfo.InvariantCulture, $"{seen} rows ({counted} counted): ")
        + string.Join(", ", diagnostics.Where(d => d.IsError).Select(d => d.Code + "@" + d.Line?.ToString(CultureInfo.InvariantCulture)));

    private static string Outcome(ImportResult result) => Outcome(result.Rows.Count, result.Rows.Count, result.Diagnostics);

    private static string Outcome(Func<Action<PublishedRow>, ImportSummary> read)
    {
        var seen = 0;
        var summary = read(_ => seen++);
        return Outcome(seen, summary.RowCount, summary.Diagnostics);
    }

    private static async Task<string> OutcomeAsync(Func<Func<PublishedRow, CancellationToken, ValueTask>, Task<ImportSummary>> read)
    {
        var seen = 0;
        var summary = await read((_, _) =>
        {
            seen++;
            return ValueTask.CompletedTask;
        });
        return Outcome(seen, summary.RowCount, summary.Diagnostics);
    }

    // Every public read of a table, over the same two rows given as a file, bytes, text or cells.
    private static async Task<string[]> ReadEveryWay(AssessmentTableReader reader, string path, ImportOptions? options)
    {
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
        return
        [
            "Read(path) " + Outcome(reader.Read(path, options)),
            "Read(stream) " + Outcome(reader.Read(Utf8(text), options)),
            "Read(reader) " + Outcome(reader.Read(new StringReader(text), options)),
            "ReadText " + Outcome(reader.ReadText(text, options)),
            "Read(source) " + Outcome(reader.Read(Cells(text), options)),
            "ReadEach(path) " + Outcome(onRow => reader.ReadEach(path, onRow, options)),
            "ReadEach(stream) " + Outcome(onRow => reader.ReadEach(Utf8(text), onRow, options)),
            "ReadEach(reader) " + Outcome(onRow => reader.ReadEach(new StringReader(text), onRow, options)),
            "ReadEach(source) " + Outcome(onRow => reader.ReadEach(Cells(text), onRow, options)),
            "ReadAsync(stream) " + Outcome(await reader.ReadAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text)), options)),
            "ReadAsync(source) " + Outcome(await reader.ReadAsync(Cells(text), options)),
            "ReadEachAsync(stream) " + await OutcomeAsync(onRow => reader.ReadEachAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text)), onRow, options)),
            "ReadEachAsync(source) " + await OutcomeAsync(onRow => reader.ReadEachAsync(Cells(text), onRow, options)),
        ];
    }

    private static readonly string[] Ways =
    [
        "Read(path)", "Read(stream)", "Read(reader)", "ReadText", "Read(source)", "ReadEach(path)", "ReadEach(stream)", "ReadEach(reader)",
        "ReadEach(source)", "ReadAsync(stream)", "ReadAsync(source)", "ReadEachAsync(stream)", "ReadEachAsync(source)",
    ];

    private sealed class TempDirectory : IDisposable
    {
        public TempDirectory() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ws-reader-mutants-" + Guid.NewGuid().ToString("N"));

        public string File(string name, string text)
        {
            var path = System.IO.Path.Combine(Path, name);
            System.IO.File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    // ---- AssessmentTableReader: defaults, options, overloads ----

    [Test]
    public void Constructor_NoDefaults_UsesImportOptionsDefault_ElseTheOptionsGiven()
    {
        var given = new ImportOptions { MaxRows = 7 };

        new AssessmentTableReader().Defaults.Should().BeSameAs(ImportOptions.Default);
        new AssessmentTableReader(null).Defaults.Should().BeSameAs(ImportOptions.Default);
        new AssessmentTableReader(given).Defaults.Should().BeSameAs(given);
        AssessmentTableReader.Default.Defaults.Should().BeSameAs(ImportOptions.Default);
    }

    [Test]
    public async Task EveryOverload_NoOptions_UsesTheReadersDefaults()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.csv", TwoRows);
        var oneRow = new AssessmentTableReader(new ImportOptions { MaxRows = 1 });

        var outcomes = await ReadEveryWay(oneRow, path, null);

        outcomes.Should().Equal(Ways.Select(w => w + " 1 rows (1 counted): " + DiagnosticCodes.TooManyRows + "@3"));
    }

    [Test]
    public async Task EveryOverload_OptionsGiven_OverrideTheReadersDefaults()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.csv", TwoRows);
        var oneRow = new AssessmentTableReader(new ImportOptions { MaxRows = 1 });

        var outcomes = await ReadEveryWay(oneRow, path, new ImportOptions { MaxRows = 2 });

        outcomes.Should().Equal(Ways.Select(w => w + " 2 rows (2 counted): "));
    }

    [Test]
    public async Task EveryOverload_NullArgument_ThrowsNamingIt()
    {
        var reader = AssessmentTableReader.Default;
        using var empty = new CellTableSource([]);

        reader.Invoking(r => r.Read((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        reader.Invoking(r => r.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        reader.Invoking(r => r.Read((TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        reader.Invoking(r => r.ReadText(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        reader.Invoking(r => r.Read((ITableSource)null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        reader.Invoking(r => r.ReadEach((ITableSource)null!, _ => { })).Should().Throw<ArgumentNullException>().WithParameterName("source");
        reader.Invoking(r => r.ReadEach(empty, null!)).Should().Throw<ArgumentNullException>().WithParameterName("onRow");
        await reader.Awaiting(r => r.ReadAsync((Stream)null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        await reader.Awaiting(r => r.ReadAsync((ITableSource)null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("source");
        await reader.Awaiting(r => r.ReadEachAsync((Stream)null!, (_, _) => ValueTask.CompletedTask)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        await reader.Awaiting(r => r.ReadEachAsync(new MemoryStream(), null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("onRow");
        await reader.Awaiting(r => r.ReadEachAsync((ITableSource)null!, (_, _) => ValueTask.CompletedTask)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("source");
        await reader.Awaiting(r => r.ReadEachAsync(empty, null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("onRow");
    }

    [Test]
    public void Read_Stream_IsLeftOpen()
    {
        using var stream = Utf8(TwoRows);

        AssessmentTableReader.Default.Read(stream).Rows.Should().HaveCount(2);

        stream.CanRead.Should().BeTrue();
    }

    [Test]
    public async Task ReadAsync_Source_GivesTheRowsAndDiagnosticsOfRead()
    {
        const string csv = "部门窗口,实得分值\n甲,90\n乙,x\n丙,70\n";

        var result = await AssessmentTableReader.Default.ReadAsync(Cells(csv));

        result.Rows.Select(r => (r.Department.Name, r.Line, r.Assessment!.Total)).Should().Equal(("甲", 2, 90m), ("丙", 4, 70m));
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NumberInvalid, 3));
    }

    // ---- the period: options, title, file name ----

    [Test]
    public void ReadFile_NoTitleNoPeriodSet_TakesThePeriodFromTheFileName_AndSaysSo()
    {
        using var english = new MessageCultureScope("en");
        using var temp = new TempDirectory();
        var path = temp.File("考核结果2023年11月.csv", TwoRows);

        var result = AssessmentTableReader.Default.Read(path);
        var summary = AssessmentTableReader.Default.ReadEach(path, _ => { });

        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        summary.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        var inferred = result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.PeriodInferred).Subject;
        inferred.Severity.Should().Be(DiagnosticSeverity.Info);
        inferred.Line.Should().BeNull();
        inferred.Message.Should().Be("The period 2023-11 was taken from the file name '考核结果2023年11月.csv'.");
        summary.Diagnostics.Should().Equal(result.Diagnostics);
    }

    [Test]
    public void ReadFile_PeriodSetInTheOptions_WinsOverTitleAndFileName_AndIsNotReported()
    {
        using var temp = new TempDirectory();
        var plain = temp.File("2023-10.csv", TwoRows);
        var titled = temp.File("2023-09.csv", "2023年11月窗口考核结果,\n" + TwoRows);
        var options = new ImportOptions { Period = AssessmentPeriod.Month(2024, 1) };

        var fromPlain = AssessmentTableReader.Default.Read(plain, options);
        var fromTitled = AssessmentTableReader.Default.Read(titled, options);

        fromPlain.Period.Should().Be(AssessmentPeriod.Month(2024, 1));
        fromTitled.Period.Should().Be(AssessmentPeriod.Month(2024, 1));
        fromTitled.Title.Should().Be("2023年11月窗口考核结果");
        fromPlain.Diagnostics.Concat(fromTitled.Diagnostics).Should().NotContain(d => d.Code == DiagnosticCodes.PeriodInferred);
    }

    [Test]
    public void ReadFile_TitleAndFileNameBothNameAPeriod_TheTitleWins_AndSaysSo()
    {
        using var english = new MessageCultureScope("en");
        using var temp = new TempDirectory();
        var path = temp.File("2023-10.csv", "2023年11月窗口考核结果,\n" + TwoRows);

        var result = AssessmentTableReader.Default.Read(path);

        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        result.Title.Should().Be("2023年11月窗口考核结果");
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.PeriodInferred)
            .Which.Message.Should().Be("The period 2023-11 was taken from the title.");
    }

    [Test]
    public void ReadFile_NoPeriodAnywhere_HasNoPeriodAndNoInferenceDiagnostic()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.csv", TwoRows);

        var result = AssessmentTableReader.Default.Read(path);

        result.Period.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.EncodingUsed);
    }

    [TestCase("2023年11月", "2023-11")]
    [TestCase("2023 年 11 月", "2023-11")]
    [TestCase("考核结果2023年13月_2023年11月", "2023-11")] // the first match names no month: the next one counts
    [TestCase("2023-Q4", "2023-Q4")]
    [TestCase("2023年第四季度", "2023-Q4")]
    [TestCase("2023年下半年", "2023-H2")]
    [TestCase("12023-11", null)]
    [TestCase("weekly report", null)]
    public void PeriodIn_FindsTheFirstValidPeriodInAText(string text, string? expected)
    {
        var found = AssessmentTableReader.PeriodIn(text);

        (found is { } period ? period.ToString() : null).Should().Be(expected);
    }

    // ---- the layout chosen ----

    private static IEnumerable<(string Code, int? Line)> Read(string text, ImportOptions options, bool asBytes) =>
        (asBytes ? AssessmentTableReader.Default.Read(Utf8(text), options) : AssessmentTableReader.Default.ReadText(text, options))
        .Diagnostics.Where(d => d.Code != DiagnosticCodes.EncodingUsed && d.Code != DiagnosticCodes.PeriodInferred).Select(d => (d.Code, d.Line));

    [TestCase(false)]
    [TestCase(true)]
    public void Format_ReportText_FirstLineWithSeparators_IsAReport_WhereAutoMakesItDelimited(bool asBytes)
    {
        const string text = "序号\t部门窗口\t实得分值\n1\t甲\t100\n附注说明\n";

        Read(text, new ImportOptions { Format = TableFormat.ReportText }, asBytes).Should().Equal((DiagnosticCodes.TableEnded, 3));
        Read(text, new ImportOptions(), asBytes).Should().Equal((DiagnosticCodes.FieldCount, 3));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Format_Delimited_FirstLineOfOneCell_IsDelimited_WhereAutoMakesItAReport(bool asBytes)
    {
        const string text = "2023年11月窗口考核结果\n部门窗口\t实得分值\n甲\t100\n附注说明\n";

        Read(text, new ImportOptions { Format = TableFormat.Delimited }, asBytes).Should().Equal((DiagnosticCodes.FieldCount, 4));
        Read(text, new ImportOptions(), asBytes).Should().Equal((DiagnosticCodes.TableEnded, 4));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Format_Auto_FirstLineOfExactlyTwoCells_IsDelimited(bool asBytes)
    {
        Read("部门窗口\t实得分值\n甲\t100\n附注说明\n", new ImportOptions(), asBytes).Should().Equal((DiagnosticCodes.FieldCount, 3));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Format_Auto_EmptyInput_IsAnEmptyDelimitedTable(bool asBytes)
    {
        Read(string.Empty, new ImportOptions(), asBytes).Should().Equal((DiagnosticCodes.NoHeader, (int?)null));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Delimiter_SetInTheOptions_IsUsed_NotDetected(bool asBytes)
    {
        // Read as a delimited table, the one-cell line after the rows is a row with too few cells (a report would end there).
        const string text = "部门窗口|实得分值\n甲|90\n附注\n";
        var options = new ImportOptions { Delimiter = '|' };
        var result = asBytes ? AssessmentTableReader.Default.Read(Utf8(text), options) : AssessmentTableReader.Default.ReadText(text, options);

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.FieldCount, 3));
        result.Rows.Select(r => (r.Department.Name, r.Assessment!.Total)).Should().Equal(("甲", 90m));
    }

    [Test]
    public void ReportText_DelimiterSetInTheOptions_SplitsTheReportsCells()
    {
        var result = AssessmentTableReader.Default.ReadText(
            "2023年11月窗口考核结果\n序号|部门窗口|实得分值\n1|甲|100\n", new ImportOptions { Format = TableFormat.ReportText, Delimiter = '|' });

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => (r.Department.Name, r.Assessment!.Total)).Should().Equal(("甲", 100m));
    }

    private const string ProseThenTable = "关于窗口考核的通报\n附件\t目录\n序号\t部门窗口\t实得分值\n1\t甲\t100\n";

    [Test]
    public async Task ReportText_ProseWithSeparatorsBeforeTheTable_IsSkipped_FromTextBytesAndAsyncBytes()
    {
        var fromText = AssessmentTableReader.Default.ReadText(ProseThenTable);
        var fromBytes = AssessmentTableReader.Default.Read(Utf8(ProseThenTable));
        var fromAsync = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(ProseThenTable)));

        foreach (var result in new[] { fromText, fromBytes, fromAsync })
        {
            result.Errors.Should().BeEmpty();
            result.Rows.Select(r => (r.Department.Name, r.Line)).Should().Equal(("甲", 4));
        }
    }

    [Test]
    public async Task HostSource_IsStrict_AWrongFirstRecordIsTheHeaderAndIsReported_NotSkippedAsProse()
    {
        string[][] records = [["附件", "目录"], ["部门窗口", "实得分值"], ["甲", "90"]];
        using var first = new CellTableSource(records);
        using var second = new CellTableSource(records);

        var sync = AssessmentTableReader.Default.Read(first);
        var async = await AssessmentTableReader.Default.ReadAsync(second);

        sync.Rows.Should().BeEmpty();
        sync.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
        async.Diagnostics.Should().Equal(sync.Diagnostics);
        async.Rows.Should().BeEmpty();
    }

    // ---- limits: bytes, characters, the longest line, invalid bytes ----

    private static Diagnostic TooLarge(DiagnosticResult<ImportResult> result) =>
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InputTooLarge).Subject;

    [TestCase("csv")]
    [TestCase("gbk-csv")]
    [TestCase("report")]
    public async Task Bytes_OverMaxBytes_WS100InBytes_SyncAndAsync_ButNotAtExactlyTheLimit(string kind)
    {
        using var english = new MessageCultureScope("en");
        var text = kind == "report" ? "2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t甲\t100\n2\t乙\t90\n" : "部门窗口,实得分值\n甲,90\n乙,80\n";
        var bytes = kind == "gbk-csv" ? CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        var under = new ImportOptions { MaxBytes = bytes.Length - 1 };
        var exact = new ImportOptions { MaxBytes = bytes.Length };

        var sync = AssessmentTableReader.Default.Read(new MemoryStream(bytes), under);
        var async = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(bytes), under);
        var atLimit = AssessmentTableReader.Default.Read(new MemoryStream(bytes), exact);

        foreach (var result in new[] { sync, async })
        {
            var d = TooLarge(result);
            (d.Severity, d.Line).Should().Be((DiagnosticSeverity.Error, (int?)null));
            d.Message.Should().Be(string.Create(CultureInfo.InvariantCulture, $"The input is larger than {bytes.Length - 1} bytes (ImportOptions.MaxBytes); reading stopped there."));
        }

        atLimit.Errors.Should().BeEmpty();
        atLimit.Rows.Should().HaveCount(2);
    }

    [TestCase("部门窗口,实得分值\n甲,90\n乙,80\n")]
    [TestCase("2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t甲\t100\n2\t乙\t90\n")]
    public void Text_OverMaxBytes_WS100InCharacters_ButNotAtExactlyTheLimit(string text)
    {
        using var english = new MessageCultureScope("en");

        var over = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxBytes = text.Length - 1 });
        var atLimit = AssessmentTableReader.Default.ReadText(text, new ImportOptions { MaxBytes = text.Length });

        var d = TooLarge(over);
        (d.Severity, d.Line).Should().Be((DiagnosticSeverity.Error, (int?)null));
        d.Message.Should().Be(string.Create(CultureInfo.InvariantCulture, $"The input is longer than {text.Length - 1} characters (ImportOptions.MaxBytes counts characters for text); reading stopped there."));
        atLimit.Errors.Should().BeEmpty();
        atLimit.Rows.Should().HaveCount(2);
    }

    [Test]
    public async Task ReportText_LineLongerThanFieldsTimesColumns_StopsThereWithItsLine_SyncAndAsync()
    {
        using var english = new MessageCultureScope("en");
        var text = "2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t甲\t100\n2\t乙\t" + new string('9', 30) + "\n3\t丙\t90\n";
        var options = new ImportOptions { MaxFieldLength = 5, MaxColumns = 4 }; // lines of up to 20 characters

        var sync = AssessmentTableReader.Default.Read(Utf8(text), options);
        var async = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text)), options);

        foreach (var result in new[] { sync, async })
        {
            result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
            var d = result.Errors.Should().ContainSingle().Subject;
            (d.Code, d.Line).Should().Be((DiagnosticCodes.FieldTooLong, (int?)4));
            d.Message.Should().Be("The line is longer than 20 characters; reading stopped at this line.");
        }
    }

    [TestCase(',')]
    [TestCase(';')]
    public void Bytes_InvalidInTheEncodingSet_WS111AtTheirLine_RowsBeforeItKept_CsvAndReport(char separator)
    {
        // Neither the delimiter nor the layout is set: a byte not valid in the encoding, inside the first block read to find
        // them, must not hide the format (it once made every line one cell: no row read, and a WS111 claiming the rows
        // before it were).
        var options = new ImportOptions { Encoding = Encoding.ASCII };
        byte[] Ascii(string text) => [.. Encoding.ASCII.GetBytes(text.Replace("?", "\u0000", StringComparison.Ordinal)).Select(b => b == 0 ? (byte)0xFF : b)];

        var csv = AssessmentTableReader.Default.Read(new MemoryStream(Ascii($"department{separator}total\nA{separator}90\nB?{separator}80\nC{separator}70\n")), options);
        var report = AssessmentTableReader.Default.Read(
            new MemoryStream(Ascii("Window assessment\ndepartment\ttotal\nA\t90\nB?\t80\n")), options with { Format = TableFormat.ReportText });

        csv.Rows.Select(r => r.Department.Name).Should().Equal("A");
        csv.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 3));
        report.Rows.Select(r => r.Department.Name).Should().Equal("A");
        report.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 4));
    }

    [Test]
    public void Bytes_InvalidInTheHeaderLine_WS111AtLine1_NoRow()
    {
        byte[] input = [.. Encoding.ASCII.GetBytes("depart"), 0xFF, .. Encoding.ASCII.GetBytes("ment,total\nA,90\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(input), new ImportOptions { Encoding = Encoding.ASCII });

        result.Rows.Should().BeEmpty();
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 1));
    }

    // ---- cancellation between rows of a host's source ----

    // A host's source that ignores the token, and cancels it once the record at `cancelAt` is read.
    private sealed class CancellingSource(IEnumerable<IReadOnlyList<string>> records, int cancelAt, CancellationTokenSource cancel) : ITableSource
    {
        private readonly CellTableSource _inner = new(records);

        public IReadOnlyList<string> Cells => _inner.Cells;

        public int Line => _inner.Line;

        public bool Read(ICollection<Diagnostic> diagnostics)
        {
            var more = _inner.Read(diagnostics);
            if (more && _inner.Line == cancelAt)
            {
                cancel.Cancel();
            }

            return more;
        }

        public ValueTask<bool> ReadAsync(ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(diagnostics));

        public string? CellReference(int index) => null;

        public void Dispose() => _inner.Dispose();
    }

    [Test]
    public async Task ReadEachAsync_Source_CancelledWhileARowIsRead_ThrowsBeforePassingItOn()
    {
        using var cancel = new CancellationTokenSource();
        using var source = new CancellingSource([["部门窗口", "实得分值"], ["甲", "90"], ["乙", "80"]], 2, cancel);
        var passed = 0;

        var read = () => AssessmentTableReader.Default.ReadEachAsync(source, (_, _) =>
        {
            passed++;
            return ValueTask.CompletedTask;
        }, cancellationToken: cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        passed.Should().Be(0);
    }

    [Test]
    public async Task EventLogReadAsync_Source_CancelledWhileARowIsRead_Throws()
    {
        using var cancel = new CancellationTokenSource();
        using var source = new CancellingSource([["部门", "日期", "规则"], ["甲", "2023-11-01", "JL-01"], ["乙", "2023-11-02", "JL-01"]], 2, cancel);

        var read = () => EventLogReader.Default.ReadAsync(source, cancellationToken: cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
    }

    // ---- ReportTextSource ----

    [Test]
    public async Task ReportTextSource_AfterTheEnd_ReadsNothingMore_AndReportsTheEndOnce()
    {
        var ends = 0;
        var sync = new ReportTextSource(new StringReader("a\tb\n"), ImportOptions.Default, _ => ends++);
        var async = new ReportTextSource(new StringReader("a\tb\n"), ImportOptions.Default, _ => ends++);
        var diagnostics = new List<Diagnostic>();

        sync.Read(diagnostics).Should().BeTrue();
        sync.Cells.Should().Equal("a", "b");
        sync.Line.Should().Be(1);
        sync.CellReference(0).Should().BeNull();
        sync.Read(diagnostics).Should().BeFalse();
        sync.Read(diagnostics).Should().BeFalse();
        (await async.ReadAsync(diagnostics)).Should().BeTrue();
        async.Cells.Should().Equal("a", "b");
        (await async.ReadAsync(diagnostics)).Should().BeFalse();
        (await async.ReadAsync(diagnostics)).Should().BeFalse();

        ends.Should().Be(2);
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task ReportTextSource_OverlongLine_IsReportedOnce_AndTheRestIsNeverRead()
    {
        using var english = new MessageCultureScope("en");
        var options = new ImportOptions { MaxFieldLength = 5, MaxColumns = 2 }; // lines of up to 10 characters
        const string text = "0123456789\n0123456789X\nnext\n";
        var ends = 0;
        var sync = new ReportTextSource(new StringReader(text), options, _ => ends++);
        var async = new ReportTextSource(new StringReader(text), options, _ => ends++);
        var syncDiagnostics = new List<Diagnostic>();
        var asyncDiagnostics = new List<Diagnostic>();

        sync.Read(syncDiagnostics).Should().BeTrue();
        sync.Cells.Should().Equal("0123456789");
        sync.Read(syncDiagnostics).Should().BeFalse();
        sync.Read(syncDiagnostics).Should().BeFalse();
        (await async.ReadAsync(asyncDiagnostics)).Should().BeTrue();
        (await async.ReadAsync(asyncDiagnostics)).Should().BeFalse();
        (await async.ReadAsync(asyncDiagnostics)).Should().BeFalse();

        ends.Should().Be(2);
        foreach (var diagnostics in new[] { syncDiagnostics, asyncDiagnostics })
        {
            var d = diagnostics.Should().ContainSingle().Subject;
            (d.Code, d.Line, d.Severity).Should().Be((DiagnosticCodes.FieldTooLong, (int?)2, DiagnosticSeverity.Error));
            d.Message.Should().Be("The line is longer than 10 characters; reading stopped at this line.");
        }
    }

    // ---- BoundedDiagnostics ----

    private static Diagnostic Made(string code, int? line, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(code, severity, code + " message", CultureInfo.InvariantCulture) { Line = line };

    [Test]
    public void BoundedDiagnostics_ExactlyTheLimit_KeepsAll_OnePastIt_CountsOneInWS104()
    {
        using var english = new MessageCultureScope("en");
        var bounded = new BoundedDiagnostics(3);
        for (var line = 2; line <= 4; line++)
        {
            bounded.Add(Made("WS123", line));
        }

        bounded.ToArray().Select(d => d.Line).Should().Equal(2, 3, 4);
        bounded.LeftOut.Should().Be(0);

        bounded.Add(Made("WS123", 5));

        bounded.Count.Should().Be(3);
        bounded.LeftOut.Should().Be(1);
        var all = bounded.ToArray();
        all.Select(d => (d.Code, d.Line)).Should().Equal(("WS123", 2), ("WS123", 3), ("WS123", 4), (DiagnosticCodes.TooManyDiagnostics, 5));
        all[^1].Severity.Should().Be(DiagnosticSeverity.Error);
        all[^1].Message.Should().StartWith("1 more diagnostics after the first 3 (ImportOptions.MaxDiagnostics) were counted, not listed: WS123 × 1.");
    }

    [Test]
    public void Read_DiagnosticLimitReached_KeepsExactlyTheLimit_AndOnePastItIsCounted()
    {
        static string Bad(int rows) => "部门窗口,实得分值\n" + string.Concat(Enumerable.Range(1, rows).Select(i => "窗口" + i.ToString(CultureInfo.InvariantCulture) + ",x\n"));
        var options = new ImportOptions { MaxDiagnostics = 3 };

        var atLimit = AssessmentTableReader.Default.ReadText(Bad(3), options);
        var onePast = AssessmentTableReader.Default.ReadText(Bad(4), options);

        atLimit.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.NumberInvalid, 2), (DiagnosticCodes.NumberInvalid, 3), (DiagnosticCodes.NumberInvalid, 4));
        onePast.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.NumberInvalid, 2), (DiagnosticCodes.NumberInvalid, 3), (DiagnosticCodes.NumberInvalid, 4), (DiagnosticCodes.TooManyDiagnostics, 5));
    }

    [Test]
    public void BoundedDiagnostics_WholeInputDiagnostics_SixteenKeptPastTheBound_TheSeventeenthCounted()
    {
        var bounded = new BoundedDiagnostics(1);
        bounded.Add(Made("WS123", 2));
        for (var i = 0; i < 16; i++)
        {
            bounded.Add(Made("WS100", null));
        }

        bounded.Count.Should().Be(17);
        bounded.ToArray().Should().HaveCount(17);

        bounded.Add(Made("WS100", null));

        bounded.Count.Should().Be(17);
        var all = bounded.ToArray();
        all.Should().HaveCount(18);
        all[^1].Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.Line == null && d.IsError);
    }

    [Test]
    public void BoundedDiagnostics_ALineDiagnosticPastTheBound_IsCounted_EvenWithTheWholeInputReserveFree()
    {
        var bounded = new BoundedDiagnostics(1);
        bounded.Add(Made("WS100", null));
        bounded.Add(Made("WS123", 7, DiagnosticSeverity.Warning));

        bounded.Count.Should().Be(1);
        bounded.ToArray()[^1].Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.Line == 7 && d.Severity == DiagnosticSeverity.Warning);
    }

    [Test]
    public void BoundedDiagnostics_WS104_NamesTheWorstSeverity_AndTheFirstLineOfThatSeverity()
    {
        var bounded = new BoundedDiagnostics(1);
        bounded.Add(Made("WS100", null));
        bounded.Add(Made("WS120", 3, DiagnosticSeverity.Warning));
        bounded.Add(Made("WS123", 5));
        bounded.Add(Made("WS123", 4));
        bounded.Add(Made("WS123", 6));
        bounded.Add(Made("WS120", 1, DiagnosticSeverity.Warning));
        bounded.Add(Made("WS118", 0, DiagnosticSeverity.Info));

        var summary = bounded.ToArray()[^1];

        (summary.Code, summary.Severity, summary.Line).Should().Be((DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Error, (int?)4));
        bounded.LeftOut.Should().Be(6);
    }

    [Test]
    public void BoundedDiagnostics_WS104_CountsEachCodeInOrdinalOrder_WithThousandsSeparated()
    {
        using var english = new MessageCultureScope("en");
        var bounded = new BoundedDiagnostics(1);
        bounded.Add(Made("WS123", 1));
        for (var i = 0; i < 1000; i++)
        {
            bounded.Add(Made("WS200", 10 + i, DiagnosticSeverity.Info));
        }

        bounded.Add(Made("WS120", 5, DiagnosticSeverity.Info));
        bounded.Add(Made("WS120", 6, DiagnosticSeverity.Info));

        var summary = bounded.ToArray()[^1];

        summary.Severity.Should().Be(DiagnosticSeverity.Info);
        summary.Line.Should().Be(5);
        summary.Message.Should().StartWith("1002 more diagnostics after the first 1 (ImportOptions.MaxDiagnostics) were counted, not listed: WS120 × 2, WS200 × 1,000. ");
    }

    [Test]
    public void BoundedDiagnostics_Clear_StartsAfresh()
    {
        var bounded = new BoundedDiagnostics(1);
        bounded.Add(Made("WS123", 2));
        for (var i = 0; i < 16; i++)
        {
            bounded.Add(Made("WS100", null));
        }

        bounded.Add(Made("WS123", 5));

        bounded.Clear();

        bounded.Count.Should().Be(0);
        bounded.LeftOut.Should().Be(0);
        bounded.ToArray().Should().BeEmpty();

        bounded.Add(Made("WS120", 2, DiagnosticSeverity.Info));
        for (var i = 0; i < 16; i++)
        {
            bounded.Add(Made("WS100", null));
        }

        bounded.ToArray().Should().HaveCount(17, "the whole-input reserve is free again");
        bounded.Add(Made("WS120", 9, DiagnosticSeverity.Info));
        var summary = bounded.ToArray()[^1];
        (summary.Code, summary.Severity, summary.Line).Should().Be((DiagnosticCodes.TooManyDiagnostics, DiagnosticSeverity.Info, (int?)9));
        summary.Message.Should().Contain("WS120 × 1").And.NotContain("WS123");
    }

    [Test]
    public void BoundedDiagnostics_IsAWritableListOfTheKeptDiagnostics()
    {
        var bounded = new BoundedDiagnostics(2);
        var first = Made("WS123", 2);
        var second = Made("WS120", 3);
        bounded.Add(first);

        ((ICollection<Diagnostic>)bounded).IsReadOnly.Should().BeFalse();
        bounded.Insert(0, second);
        bounded.IndexOf(first).Should().Be(1);
        bounded.Contains(second).Should().BeTrue();
        bounded[1] = first with { Cell = "A2" };
        bounded.Select(d => d.Cell).Should().Equal(new string?[] { null, "A2" });
        bounded.Remove(second).Should().BeTrue();
        bounded.RemoveAt(0);
        bounded.Count.Should().Be(0);
    }

    // ---- ImportResult and ImportSummary ----

    [Test]
    public void RowsWithoutErrors_LeavesOutOnlyTheRowsAnErrorNames()
    {
        var result = AssessmentTableReader.Default.ReadText("部门窗口,实得分值\n甲,90\n甲,80\n乙,70\n");

        result.Rows.Select(r => r.Line).Should().Equal(2, 3, 4);
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.DuplicateDepartment, 3));
        result.RowsWithoutErrors().Select(r => r.Line).Should().Equal(2, 4);
        result.ToPartialTable().Assessments.Select(a => a.Total).Should().Equal(90m, 70m);
    }

    [Test]
    public void RowsWithoutErrors_AnErrorCountedPastTheBound_LeavesOutItsRowAndEveryLaterOne()
    {
        // Line 2's bad number is kept; line 4's repeated department (a row that is still read) is only counted.
        var result = AssessmentTableReader.Default.ReadText("部门窗口,实得分值\n甲,x\n乙,90\n乙,80\n丙,70\n", new ImportOptions { MaxDiagnostics = 1 });

        result.Rows.Select(r => r.Line).Should().Equal(3, 4, 5);
        result.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NumberInvalid, 2), (DiagnosticCodes.TooManyDiagnostics, 4));
        result.RowsWithoutErrors().Select(r => r.Line).Should().Equal(3);
    }

    [Test]
    public void Result_NoErrors_EveryRowStands_AndTheTablesKeepPeriodAndTitle()
    {
        var result = AssessmentTableReader.Default.ReadText("2023年11月窗口考核结果\n部门窗口\t实得分值\n甲\t90\n乙\t80\n");

        result.HasErrors.Should().BeFalse();
        result.RowsWithoutErrors().Select(r => r.Line).Should().Equal(3, 4);
        result.EnsureSuccess().Should().BeSameAs(result);
        var table = result.ToTable();
        var november = (AssessmentPeriod?)AssessmentPeriod.Month(2023, 11);
        const string title = "2023年11月窗口考核结果";
        (table.Period, table.Title, table.Count).Should().Be((november, title, 2));
        var partial = result.ToPartialTable();
        (partial.Period, partial.Title, partial.Count).Should().Be((november, title, 2));
        var published = result.ToPublishedTable();
        (published.Period, published.Title, published.Rows.Count).Should().Be((november, title, 2));
    }

    [Test]
    public void ResultAndSummary_ToString_CountRowsErrorsAndDiagnostics()
    {
        const string text = "部门窗口,实得分值\n甲,90\n乙,x\n丙,80\n";

        var result = AssessmentTableReader.Default.ReadText(text);
        var summary = AssessmentTableReader.Default.ReadEach(Utf8(text), _ => { });

        result.ToString().Should().Be("2 rows, 1 errors, 1 diagnostics");
        summary.ToString().Should().Be("2 rows, 1 errors, 2 diagnostics"); // the encoding used, then the bad number
        (result.ErrorCount, summary.ErrorCount, summary.RowCount).Should().Be((1, 1, 2));
        result.Invoking(r => r.EnsureSuccess()).Should().Throw<DiagnosticException>();
    }

    // ---- ImportOptions ----

    [Test]
    public void ImportOptions_Defaults_AreTheDocumentedOnes()
    {
        var options = new ImportOptions();

        options.MaxBytes.Should().Be(268_435_456L);
        options.MaxRows.Should().Be(10_000_000);
        options.MaxFieldLength.Should().Be(4096);
        options.MaxColumns.Should().Be(64);
        options.MaxDiagnostics.Should().Be(1000);
        options.Format.Should().Be(TableFormat.Auto);
        options.Delimiter.Should().BeNull();
        options.Encoding.Should().BeNull();
        options.Period.Should().BeNull();
        ImportOptions.Default.Should().Be(options);
    }

    [TestCase('\t')]
    [TestCase('!')] // the first printable character after the space
    [TestCase('~')] // the last printable ASCII character
    [TestCase(',')]
    [TestCase(';')]
    [TestCase('|')]
    [TestCase('\'')]
    public void ImportOptions_Delimiter_TabOrPrintableAsciiButAQuote_IsAccepted(char delimiter)
    {
        new ImportOptions { Delimiter = delimiter }.Delimiter.Should().Be(delimiter);
    }

    [TestCase(' ')]
    [TestCase('\u001F')]
    [TestCase('\u007F')] // DEL, just past the printable range
    [TestCase('\u0080')]
    [TestCase('"')]
    [TestCase('\r')]
    [TestCase('，')]
    public void ImportOptions_Delimiter_AnythingElse_IsRefusedNamingTheSetting(char delimiter)
    {
        FluentActions.Invoking(() => new ImportOptions { Delimiter = delimiter }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Delimiter").WithMessage("The delimiter must be a tab or a printable ASCII character other than a quote*");
    }

    [Test]
    public void ImportOptions_Delimiter_Null_MeansDetect()
    {
        (new ImportOptions { Delimiter = ',' } with { Delimiter = null }).Delimiter.Should().BeNull();
    }

    [Test]
    public void ImportOptions_Limits_LowestAllowedAccepted_OneBelowRefused()
    {
        var lowest = new ImportOptions { MaxBytes = 1, MaxRows = 1, MaxFieldLength = 1, MaxColumns = 2, MaxDiagnostics = 1 };
        var widest = new ImportOptions { MaxColumns = 16_384 };

        (lowest.MaxBytes, lowest.MaxRows, lowest.MaxFieldLength, lowest.MaxColumns, lowest.MaxDiagnostics).Should().Be((1L, 1, 1, 2, 1));
        widest.MaxColumns.Should().Be(16_384);
        FluentActions.Invoking(() => new ImportOptions { MaxBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxBytes");
        FluentActions.Invoking(() => new ImportOptions { MaxRows = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportOptions { MaxFieldLength = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportOptions { MaxColumns = 1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportOptions { MaxColumns = 16_385 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    // ---- CellTableSource ----

    [TestCase(0, "A")]
    [TestCase(1, "B")]
    [TestCase(25, "Z")]
    [TestCase(26, "AA")]
    [TestCase(27, "AB")]
    [TestCase(51, "AZ")]
    [TestCase(52, "BA")]
    [TestCase(701, "ZZ")]
    [TestCase(702, "AAA")]
    [TestCase(16_383, "XFD")] // Excel's last column
    public void CellTableSource_ColumnName_IsTheSpreadsheetsName(int index, string name)
    {
        CellTableSource.ColumnName(index).Should().Be(name);
    }

    [Test]
    public void CellTableSource_NullRecordAndNullCells_ReadAsEmpty()
    {
        IReadOnlyList<string>[] records = [["部门窗口", "实得分值", "备注"], null!, ["甲", "90", null!]];
        using var source = new CellTableSource(records);

        var result = AssessmentTableReader.Default.Read(source);

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => (r.Department.Name, r.Line, r.Assessment!.Total)).Should().Equal(("甲", 3, 90m));
    }

    [Test]
    public void CellTableSource_NullCellInAnExtraColumn_IsEmpty_SoNoExtraIsKept()
    {
        IReadOnlyList<string>[] records = [["部门窗口", "实得分值", "联系人"], ["甲", "90", null!], ["乙", "80", "张三"]];
        using var source = new CellTableSource(records);

        var result = AssessmentTableReader.Default.Read(source);

        result.Errors.Should().BeEmpty();
        result.Rows[0].Extras.Should().BeEmpty();
        result.Rows[1].Extras.Select(e => (e.Key, e.Value)).Should().Equal(("联系人", "张三"));
    }

    [Test]
    public async Task TableSource_DefaultReadAsync_CancelledToken_ThrowsBeforeReading()
    {
        // CellTableSource keeps ITableSource's own ReadAsync (the sync read after checking the token).
        using var source = new CellTableSource([["部门窗口", "实得分值"]]);
        ITableSource table = source;
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var read = async () => await table.ReadAsync([], cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        table.Line.Should().Be(0);
        (await table.ReadAsync([])).Should().BeTrue();
        table.Line.Should().Be(1);
    }

    [Test]
    public void Bytes_NotUtf8_DelimitedTable_IsStrict_AWrongFirstRecordIsTheHeader_AsInUtf8()
    {
        // A delimited table decoded from GB18030 is read as strictly as one in UTF-8: a first record of two cells is the
        // header, and a wrong one is reported, not skipped as prose before the table (that is for report texts).
        const string text = "附件,目录\n部门窗口,实得分值\n甲,90\n";
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        var fromGb18030 = AssessmentTableReader.Default.Read(new MemoryStream(gb18030.GetBytes(text)));
        var fromUtf8 = AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        fromGb18030.Rows.Should().BeEmpty();
        fromGb18030.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
        fromUtf8.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
    }

    [Test]
    public void CellTableSource_WithoutASheetName_NamesNoCell_WithOneNamesTheCell()
    {
        string[][] records = [["部门窗口", "实得分值"], ["甲", "x"]];
        using var plain = new CellTableSource(records);
        using var sheet = new CellTableSource(records, "表1");

        AssessmentTableReader.Default.Read(plain).Errors.Should().ContainSingle().Which.Cell.Should().BeNull();
        AssessmentTableReader.Default.Read(sheet).Errors.Should().ContainSingle().Which.Cell.Should().Be("表1!B2");
    }

    [Test]
    public void CellTableSource_Dispose_DisposesTheRecordsEnumerator()
    {
        var disposed = false;
        IEnumerable<IReadOnlyList<string>> Records()
        {
            try
            {
                yield return ["部门窗口", "实得分值"];
                yield return ["甲", "90"];
            }
            finally
            {
                disposed = true;
            }
        }

        var source = new CellTableSource(Records());
        source.Read([]).Should().BeTrue();
        disposed.Should().BeFalse();

        source.Dispose();

        disposed.Should().BeTrue();
    }

    [Test]
    public void CellTableSource_NullRecords_Throws()
    {
        FluentActions.Invoking(() => new CellTableSource(null!)).Should().Throw<ArgumentNullException>().WithParameterName("records");
    }

    // ---- RowList ----

    [Test]
    public void RowList_IndexPastTheEndOfAFullChunk_IsRefusedWithTheListsOwnMessage()
    {
        var list = new RowList<int>();
        for (var i = 0; i < 1024; i++)
        {
            list.Add(i * 2);
        }

        list[1023].Should().Be(2046);
        list.Invoking(l => l[1024]).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("index").WithMessage("The index is outside the list.*").Which.ActualValue.Should().Be(1024);
        list.Add(7);
        list[1024].Should().Be(7);
        list.Should().HaveCount(1025).And.EndWith(7);
    }

    // ---- RowFileReading (through the event log reader) ----

    private const string Events = "部门,日期,规则\n甲,2023-11-01,JL-01\n乙,2023-11-02,JL-01\n";

    [Test]
    public async Task EventLog_Stream_IsLeftOpen_SyncAndAsync()
    {
        using var sync = Utf8(Events);
        using var async = Utf8(Events);

        EventLogReader.Default.Read(sync).Events.Should().HaveCount(2);
        (await EventLogReader.Default.ReadAsync(async)).Events.Should().HaveCount(2);

        sync.CanRead.Should().BeTrue();
        async.CanRead.Should().BeTrue();
    }

    [Test]
    public async Task EventLog_OverMaxBytes_BytesOrCharactersAsRead_ButNotAtExactlyTheLimit()
    {
        using var english = new MessageCultureScope("en");
        var bytes = Encoding.UTF8.GetBytes(Events);
        var overBytes = new ImportOptions { MaxBytes = bytes.Length - 1 };
        var overChars = new ImportOptions { MaxBytes = Events.Length - 1 };

        var sync = EventLogReader.Default.Read(new MemoryStream(bytes), overBytes);
        var async = await EventLogReader.Default.ReadAsync(new AsyncOnlyStream(bytes), overBytes);
        var text = EventLogReader.Default.ReadText(Events, overChars);

        var expectedBytes = string.Create(CultureInfo.InvariantCulture, $"The input is larger than {bytes.Length - 1} bytes (ImportOptions.MaxBytes); reading stopped there.");
        sync.Errors.Should().ContainSingle().Which.Message.Should().Be(expectedBytes);
        async.Errors.Should().ContainSingle().Which.Message.Should().Be(expectedBytes);
        var expectedChars = string.Create(CultureInfo.InvariantCulture, $"The input is longer than {Events.Length - 1} characters (ImportOptions.MaxBytes counts characters for text); reading stopped there.");
        text.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.InputTooLarge && d.Line == null && d.Message == expectedChars);
        EventLogReader.Default.Read(new MemoryStream(bytes), new ImportOptions { MaxBytes = bytes.Length }).Diagnostics.Should().NotContain(d => d.IsError);
        EventLogReader.Default.ReadText(Events, new ImportOptions { MaxBytes = Events.Length }).Diagnostics.Should().NotContain(d => d.IsError);
    }

    [Test]
    public async Task EventLog_InvalidBytes_WS111AtTheirLine_SyncAndAsync()
    {
        var bytes = Encoding.ASCII.GetBytes("department,date,rule\nA,2023-11-01,JL-01\nB#,2023-11-02,JL-01\n").Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray();
        var options = new ImportOptions { Encoding = Encoding.ASCII };

        var sync = EventLogReader.Default.Read(new MemoryStream(bytes), options);
        var async = await EventLogReader.Default.ReadAsync(new AsyncOnlyStream(bytes), options);

        foreach (var result in new[] { sync, async })
        {
            result.Events.Select(e => e.Department.Name).Should().Equal("A");
            result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 3));
        }
    }

    [Test]
    public async Task EventLog_WrongFirstRecord_IsTheHeaderAndIsReported_EveryWay()
    {
        const string text = "名称,分数\nA,1\n";
        using var source = Cells(text);
        using var asyncSource = Cells(text);

        var results = new[]
        {
            EventLogReader.Default.ReadText(text),
            EventLogReader.Default.Read(Utf8(text)),
            await EventLogReader.Default.ReadAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text))),
            EventLogReader.Default.Read(source),
            await EventLogReader.Default.ReadAsync(asyncSource),
        };

        foreach (var result in results)
        {
            result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
            result.Events.Should().BeEmpty();
        }
    }

    [Test]
    public async Task EventLog_Empty_IsNoHeader_SyncAndAsync()
    {
        using var source = new CellTableSource([]);
        using var asyncSource = new CellTableSource([]);

        EventLogReader.Default.Read(source).Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NoHeader, (int?)null));
        (await EventLogReader.Default.ReadAsync(asyncSource)).Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NoHeader, (int?)null));
    }

    [Test]
    public async Task EventLog_AsyncSource_GivesTheEventsInOrder()
    {
        using var source = Cells(Events);

        var result = await EventLogReader.Default.ReadAsync(source);

        result.Events.Select(e => (e.Department.Name, e.Line)).Should().Equal(("甲", 2), ("乙", 3));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void EventLog_DelimiterSetInTheOptions_IsUsed_NotDetected(bool asBytes)
    {
        const string text = "部门|日期|规则\n甲|2023-11-01|JL-01\n";
        var options = new ImportOptions { Delimiter = '|' };

        var result = asBytes ? EventLogReader.Default.Read(Utf8(text), options) : EventLogReader.Default.ReadText(text, options);

        result.Errors.Should().BeEmpty();
        result.Events.Select(e => (e.Department.Name, e.RuleId)).Should().Equal(("甲", "JL-01"));
    }

    [Test]
    public void EventLog_LoneSurrogateInTheText_IsReportedWithItsLine()
    {
        using var english = new MessageCultureScope("en");

        var result = EventLogReader.Default.ReadText("部门,日期,规则\n甲,2023-11-01,JL-01\n乙\uD800,2023-11-02,JL-01\n");

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ControlCharacter && d.Line == 3
            && d.Message.StartsWith("Expected text: line 3 holds a lone surrogate", StringComparison.Ordinal));
    }

    // ---- HeaderColumns (through the event log reader) ----

    [Test]
    public void EventLog_HeadingsAndCells_AreTrimmed()
    {
        var result = EventLogReader.Default.ReadText("  部门  ,  日期  , 规则 \n 甲 , 2023-11-01 , JL-01 \n乙,bad,JL-01\n");

        result.Events.Select(e => (e.Department.Name, e.Date, e.RuleId)).Should().Equal(("甲", new DateOnly(2023, 11, 1), "JL-01"));
        result.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal((DiagnosticCodes.DateInvalid, 3, "日期"));
    }

    [Test]
    public void EventLog_AColumnNamedTwice_IsReported_AndNothingIsRead()
    {
        var result = EventLogReader.Default.ReadText("部门,单位,日期,规则\n甲,乙,2023-11-01,JL-01\n");

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.DuplicateColumn, 1));
        result.Events.Should().BeEmpty();
    }

    [Test]
    public void EventLog_FieldCount_ShortOrNonBlankExtra_IsAnError_BlankExtraIsNot()
    {
        var result = EventLogReader.Default.ReadText(
            "部门,日期,规则\n" +
            "甲,2023-11-01\n" +          // 2: short
            "乙,2023-11-01,JL-01,, \n" + // 3: blank extras
            "丙,2023-11-01,JL-01,,x\n" + // 4: a blank then a non-blank extra
            "丁,2023-11-01,JL-01,x\n" +  // 5: a non-blank extra
            "戊,2023-11-01,JL-01\n");    // 6: exact

        result.Events.Select(e => e.Line).Should().Equal(3, 6);
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.FieldCount, 2), (DiagnosticCodes.FieldCount, 4), (DiagnosticCodes.FieldCount, 5));
    }

    [Test]
    public void EventLog_RepeatedHeader_ExactFoldedOrWithBlankCells_IsSkipped_ElseARow()
    {
        var result = EventLogReader.Default.ReadText(
            "department,date,rule\n" +
            "A,2023-11-01,JL-01\n" +
            "department,date,rule\n" +        // 3: exact
            " DEPARTMENT , Date ,RULE,,\n" +  // 4: folded, blank cells after
            "department,date,rule,x\n" +      // 5: a word after: a row with a bad field count
            "department,date\n" +             // 6: short: a row with a bad field count
            "department,date,note\n" +        // 7: one heading changed: a row
            "department,2023-11-02,JL-01\n"); // 8: a department named "department"

        result.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.StatusAssumed, 1),
            (DiagnosticCodes.RepeatedHeader, 3),
            (DiagnosticCodes.RepeatedHeader, 4),
            (DiagnosticCodes.FieldCount, 5),
            (DiagnosticCodes.FieldCount, 6),
            (DiagnosticCodes.DateInvalid, 7));
        result.Events.Select(e => (e.Department.Name, e.Line)).Should().Equal(("A", 2), ("department", 8));
    }

    [Test]
    public void EventLog_StatusWord_EmptyIsTheDefault_CaseIsIgnored_UnknownIsAnError()
    {
        var result = EventLogReader.Default.ReadText(
            "部门,日期,规则,状态\n甲,2023-11-01,JL-01,\n乙,2023-11-01,JL-01,APPROVED\n丙,2023-11-01,JL-01,Rejected\n丁,2023-11-01,JL-01,maybe\n");

        result.Events.Select(e => (e.Department.Name, e.Status)).Should().Equal(
            ("甲", EventStatus.Approved), ("乙", EventStatus.Approved), ("丙", EventStatus.Rejected));
        result.Errors.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal((DiagnosticCodes.ValueUnknown, 5, "状态", "maybe"));
    }
}
