using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.OpenXml;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace WindowScoring.Web.Tests;

/// <summary>The web sample's HTTP API through <c>WebApplicationFactory</c>, each test on its own SQLite file.</summary>
[TestFixture]
public sealed partial class MonthApiTests
{
    private string _database = null!;
    private HallApp _app = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task StartApp()
    {
        _database = HallApp.NewDatabasePath();
        _app = new HallApp(_database);
        _client = await _app.CreateAssessorClientAsync();
    }

    [TearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        HallApp.DeleteDatabase(_database);
    }

    [Test]
    public async Task Upload_SeedTable_ReadsBackRankedWithBlankRankOnTies()
    {
        using var upload = await _client.UploadAsync("2023-11", SampleTables.Seed());
        upload.StatusCode.Should().Be(HttpStatusCode.Created);
        upload.Headers.Location!.ToString().Should().Be("/api/months/2023-11");

        var month = await _client.GetJsonAsync("/api/months/2023-11");
        var rows = month.Rows();
        rows.Should().HaveCount(29);
        rows.Take(4).Should().Equal(
            (1m, "1", "自然资源厅", 120m),
            (1m, "", "交通运输厅", 120m),
            (3m, "3", "省市场监管局", 114.5m),
            (4m, "4", "经济和信息化厅", 113.5m));
        month.GetProperty("period").GetString().Should().Be("2023-11");
    }

    [Test]
    public async Task GetMonth_WritesDecimalsAsExactJsonNumbers()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        var text = await _client.GetStringAsync("/api/months/2023-11");

        text.Should().Contain("\"total\":114.5,").And.Contain("\"deduction\":12.5,");
        text.Should().NotMatchRegex("\"total\":\"", "scores are JSON numbers, not strings");
        text.Should().NotMatchRegex(@"\d\.\d*0000\d", "no binary floating-point noise");
    }

    [Test]
    public async Task Upload_ExcelStyleQuotedGbkCsv_StoresTheSameTableAsTheTsv()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(SampleTables.ExcelStyleGbkCsv());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "2023-11.csv");

        using var upload = await _client.PostAsync("/api/months/2023-11", form);
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        (await _client.UploadAsync("2023-10", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        var fromCsv = (await _client.GetJsonAsync("/api/months/2023-11")).Rows();
        var fromTsv = (await _client.GetJsonAsync("/api/months/2023-10")).Rows();
        fromCsv.Should().HaveCount(29).And.Equal(fromTsv);
        fromCsv[0].Department.Should().Be("自然资源厅", "GBK was detected and decoded");
    }

    [Test]
    public async Task Upload_ThreeBadLines_Is422NamingThoseLinesAndStoresNothing()
    {
        var (file, badLines) = SampleTables.WithThreeBadLines();

        using var upload = await _client.UploadAsync("2023-11", file, "en");

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        upload.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await upload.JsonAsync();
        problem.GetProperty("status").GetInt32().Should().Be(422);
        var errors = problem.Errors().Where(e => e.Severity == "error").ToArray();
        errors.Select(e => e.Line).Should().BeEquivalentTo(badLines.Select(l => (int?)l));
        errors.Select(e => e.Code).Should().OnlyContain(c => c == DiagnosticCodes.NumberInvalid);
        var first = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("line").ValueKind == System.Text.Json.JsonValueKind.Number);
        first.GetProperty("column").GetString().Should().Be("减分 分值");
        first.GetProperty("value").GetString().Should().Be("5,5");

        (await _client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.GetStringAsync("/api/months")).Should().Be("[]");
    }

    [Test]
    public async Task Upload_Errors_AreInTheLanguageOfAcceptLanguage()
    {
        var (file, _) = SampleTables.WithThreeBadLines();

        using var chinese = await _client.UploadAsync("2023-11", file, "zh-CN");
        using var english = await _client.UploadAsync("2023-11", file, "en-GB,en;q=0.8");

        var zh = await chinese.JsonAsync();
        var en = await english.JsonAsync();
        var zhErrors = zh.Errors().Where(e => e.Severity == "error").ToArray();
        var enErrors = en.Errors().Where(e => e.Severity == "error").ToArray();
        zhErrors.Select(e => (e.Code, e.Line)).Should().Equal(enErrors.Select(e => (e.Code, e.Line)), "codes and lines do not depend on the language");
        zhErrors.Should().OnlyContain(e => Han().IsMatch(e.Message));
        enErrors.Should().OnlyContain(e => !Han().IsMatch(e.Message) && e.Message.StartsWith("Expected", StringComparison.Ordinal));
        Han().IsMatch(zh.GetProperty("title").GetString()!).Should().BeTrue();
        en.GetProperty("title").GetString().Should().Be("The file has errors; nothing was stored");
    }

    [Test]
    public async Task Upload_RuleErrors_AreValidatedInTheRequestLanguage()
    {
        // A readable file that breaks the scheme: a bonus above the cap of 20 (WS204) on line 3.
        var lines = SampleTables.SeedLines();
        lines[2] = "\t交通运输厅\t100\t0\t24.5\t124.5";

        using var english = await _client.UploadAsync("2023-11", SampleTables.Utf8(lines), "en");
        using var chinese = await _client.UploadAsync("2023-11", SampleTables.Utf8(lines), "zh-CN");

        english.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var enError = (await english.JsonAsync()).Errors().Single(e => e.Severity == "error");
        var zhError = (await chinese.JsonAsync()).Errors().Single(e => e.Severity == "error");
        (enError.Code, enError.Line).Should().Be((DiagnosticCodes.BonusAboveCap, 3));
        (zhError.Code, zhError.Line).Should().Be((DiagnosticCodes.BonusAboveCap, 3));
        enError.Message.Should().Contain("bonus cap");
        Han().IsMatch(zhError.Message).Should().BeTrue();
        (await _client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [TestCase(true, TestName = "Upload_OverSizeBody_Is413_WithContentLength")]
    [TestCase(false, TestName = "Upload_OverSizeBody_Is413_Chunked")]
    public async Task Upload_OverSizeBody_Is413(bool withLength)
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database, maxUploadBytes: 512);
            using var client = await app.CreateAssessorClientAsync();
            var seed = SampleTables.Seed();
            seed.Length.Should().BeGreaterThan(512);
            using var content = withLength ? (HttpContent)new ByteArrayContent(seed) : new StreamContent(new MemoryStream(seed));
            if (!withLength)
            {
                content.Headers.ContentLength = null;
            }

            using var upload = await client.PostAsync("/api/months/2023-11", content);

            upload.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await upload.JsonAsync()).GetProperty("status").GetInt32().Should().Be(413);
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }

    [Test]
    public async Task Upload_SameMonthAgainWithAReason_IsServedWholeAsTheMonth()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        var smaller = SampleTables.SeedLines().Take(6).Append("\t新进驻窗口\t100\t0\t0\t100").ToArray();

        (await _client.UploadAsync("2023-11", SampleTables.Utf8(smaller), reason: "新进驻窗口")).StatusCode.Should().Be(HttpStatusCode.Created);

        var rows = (await _client.GetJsonAsync("/api/months/2023-11")).Rows();
        rows.Select(r => r.Department).Should().Equal("自然资源厅", "交通运输厅", "省市场监管局", "经济和信息化厅", "省林草局", "新进驻窗口");
    }

    [Test]
    public async Task Month_SurvivesARestartOfTheApp()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        var before = (await _client.GetJsonAsync("/api/months/2023-11")).Rows();
        _client.Dispose();
        await _app.DisposeAsync();

        _app = new HallApp(_database);
        _client = _app.CreateClient();

        (await _client.GetJsonAsync("/api/months/2023-11")).Rows().Should().HaveCount(29).And.Equal(before);
    }

    [Test]
    public async Task Upload_EightMonthsAtOnce_AllLandIntact()
    {
        var months = Enumerable.Range(1, 8).Select(m => (Period: $"2023-{m:00}", Table: SampleTables.WithFirstBonus(10m + (m * 0.5m)))).ToArray();

        var responses = await Task.WhenAll(months.Select(m => _client.UploadAsync(m.Period, m.Table.File)));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created);
        foreach (var (period, (_, firstTotal)) in months)
        {
            var rows = (await _client.GetJsonAsync($"/api/months/{period}")).Rows();
            rows.Should().HaveCount(29);
            rows.Single(r => r.Department == "自然资源厅").Total.Should().Be(firstTotal, period);
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task History_Quarter_IsTheLibrarysAggregationOfTheStoredMonths()
    {
        var files = new[] { "2023-10", "2023-11", "2023-12" };
        foreach (var month in files)
        {
            var upload = await _client.UploadAsync(month, File.ReadAllBytes(SampleTables.Path($"synthetic/{month}.tsv")));
            upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        }

        var expected = AssessmentHistory.FromTables(files.Select(f =>
            ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(SampleTables.Path($"synthetic/{f}.tsv")).EnsureSuccess().ToTable())));
        foreach (var method in new[] { AggregationMethod.Sum, AggregationMethod.Average })
        {
            var json = await _client.GetJsonAsync($"/api/history/2023-Q4?method={method.ToString().ToLowerInvariant()}");
            var table = expected.Aggregate(AssessmentPeriod.Parse("2023-Q4"), new AggregationOptions { Method = method });
            json.GetProperty("method").GetString().Should().Be(method.ToString().ToLowerInvariant());
            json.GetProperty("rows").EnumerateArray()
                .Select(r => (r.GetProperty("printedRank").GetString()!, r.GetProperty("department").GetString()!, r.GetProperty("total").GetDecimal()))
                .Should().Equal(table.Rows.Select(r => (r.PrintedRank, r.Department.Name, r.Total)));
        }

        (await _client.GetAsync("/api/history/2023-Q4?method=median")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _client.GetAsync("/api/history/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_ExtraColumns_AreStoredAndComeBackInTheCsvDownload()
    {
        var table = "部门窗口\t基础分\t减分\t加分\t实得分值\t办件量\n教育厅\t100\t-2\t1\t99\t1200\n交通运输厅\t100\t0\t0\t100\t\n"u8.ToArray();
        (await _client.UploadAsync("2023-11", table)).StatusCode.Should().Be(HttpStatusCode.Created);

        using var csv = await _client.GetAsync("/api/months/2023-11.csv");

        var expected = new MemoryStream();
        CsvTableWriter.Default.Write(ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(new MemoryStream(table)).ToTable()), expected);
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.Should().Contain("办件量").And.Contain("1200");
        (await csv.Content.ReadAsByteArrayAsync()).Should().Equal(expected.ToArray());
    }

    [Test]
    public async Task Download_Csv_IsTheLibrarysCsvWithABom_AndAnUnknownFormatIs404()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        using var csv = await _client.GetAsync("/api/months/2023-11.csv");
        using var pdf = await _client.GetAsync("/api/months/2023-11.pdf");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.FileName.Should().Be("2023-11.csv");
        var expected = new MemoryStream();
        CsvTableWriter.Default.Write(ScoringEngine.Default.Rank(AssessmentTableReader.Default.Read(SampleTables.Path("2023-11.tsv")).ToTable()), expected);
        (await csv.Content.ReadAsByteArrayAsync()).Should().Equal(expected.ToArray());
        pdf.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await pdf.JsonAsync()).GetProperty("detail").GetString().Should().Contain("csv, md, txt, xlsx, docx");
    }

    [TestCase(false, "application/octet-stream", TestName = "Upload_SeedAsWorkbook_RawBodyTakenByItsContent_ReadsBackRanked")]
    [TestCase(true, OpenXmlFiles.WorkbookType, TestName = "Upload_SeedAsWorkbook_MultipartFile_ReadsBackRanked")]
    [TestCase(true, "text/csv", TestName = "Upload_SeedAsWorkbook_MislabelledAsCsv_IsStillReadAsAWorkbook")]
    public async Task Upload_SeedAsWorkbook_ReadsBackRankedWithBlankRankOnTies(bool multipart, string mediaType)
    {
        HttpResponseMessage upload;
        if (multipart)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(SampleTables.SeedWorkbook());
            file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(file, "file", mediaType == "text/csv" ? "2023-11.csv" : "2023-11.xlsx");
            upload = await _client.PostAsync("/api/months/2023-11", form);
        }
        else
        {
            upload = await _client.UploadAsync("2023-11", SampleTables.SeedWorkbook(), mediaType: mediaType);
        }

        using (upload)
        {
            upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        }

        (await _client.UploadAsync("2023-10", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        var fromWorkbook = (await _client.GetJsonAsync("/api/months/2023-11")).Rows();
        var fromTsv = (await _client.GetJsonAsync("/api/months/2023-10")).Rows();
        fromWorkbook.Should().HaveCount(29).And.Equal(fromTsv);
        fromWorkbook.Take(3).Should().Equal(
            (1m, "1", "自然资源厅", 120m),
            (1m, "", "交通运输厅", 120m),
            (3m, "3", "省市场监管局", 114.5m));
    }

    [Test]
    public async Task Upload_WorkbookOverTheLimit_Chunked_Is413()
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database, maxUploadBytes: 2048);
            using var client = await app.CreateAssessorClientAsync();
            using var content = new StreamContent(new MemoryStream(SampleTables.SeedWorkbook()));
            content.Headers.ContentType = new MediaTypeHeaderValue(OpenXmlFiles.WorkbookType);

            using var upload = await client.PostAsync("/api/months/2023-11", content);

            upload.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "WorkbookReader.ReadAsync stops at MaxBytes (WS100)");
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }

    [Test]
    public async Task Upload_FileNamedXlsxThatIsNotAWorkbook_Is422WithTheReadersDiagnostic()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(SampleTables.Seed()), "file", "2023-11.xlsx");

        using var upload = await _client.PostAsync("/api/months/2023-11", form);

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await upload.JsonAsync()).Errors().Should().Contain(e => e.Severity == "error");
        (await _client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_WordDocument_Is415()
    {
        using var upload = await _client.UploadAsync("2023-11", [0x50, 0x4B, 0x03, 0x04], "en", mediaType: OpenXmlFiles.WordType);

        upload.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await upload.JsonAsync()).GetProperty("detail").GetString().Should().Contain("Word document");
    }

    [Test]
    public async Task Download_Xlsx_ReadsBackWithWorkbookReaderToTheUploadedAssessments()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        using var xlsx = await _client.GetAsync("/api/months/2023-11.xlsx");

        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.Content.Headers.ContentDisposition!.FileName.Should().Be("2023-11.xlsx");
        using var body = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var downloaded = WorkbookReader.Read(body).EnsureSuccess();
        var seed = AssessmentTableReader.Default.Read(SampleTables.Path("2023-11.tsv")).EnsureSuccess();
        downloaded.ToTable().Assessments.Should().HaveCount(29).And.Equal(seed.ToTable().Assessments);
        downloaded.Period.Should().Be(AssessmentPeriod.Parse("2023-11"), "the title row names the month");
    }

    [Test]
    public async Task Download_Docx_IsAWordTableWithTheHeaderAnd29Rows()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        using var docx = await _client.GetAsync("/api/months/2023-11.docx");

        docx.StatusCode.Should().Be(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        docx.Content.Headers.ContentDisposition!.FileName.Should().Be("2023-11.docx");
        using var body = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(body, isEditable: false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Word.Table>().Single();
        var rows = table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        rows[0].Should().Equal("序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值");
        rows.Skip(1).Should().HaveCount(29);
        rows[1].Should().Equal("1", "自然资源厅", "100", "0", "20", "120");
        rows[2].Should().Equal("", "交通运输厅", "100", "0", "20", "120");
        rows[3][0].Should().Be("3");
    }

    [TestCase("2023-13")]
    [TestCase("2023-Q4")]
    [TestCase("November")]
    public async Task Month_MalformedPeriod_Is400(string period)
    {
        using var upload = await _client.UploadAsync(period, SampleTables.Seed());
        using var get = await _client.GetAsync($"/api/months/{period}");

        upload.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        get.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Report_ShowsThePublishedLayoutWithMovementAgainstThePreviousStoredMonth()
    {
        (await _client.UploadAsync("2023-10", SampleTables.WithFirstBonus(10m).File)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        using var response = await _client.GetAsync("/api/months/2023-11/report");
        var html = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        Regex.Matches(html, "<tr><td class=\"rank\">").Should().HaveCount(29);
        html.Should().Contain("<tr><td class=\"rank\"></td><td class=\"department\">交通运输厅</td>");
        html.Should().Contain("较 2023-10").And.Contain("<td class=\"movement up\">↑");
        html.Should().Contain("<svg").And.Contain("@page { size: A4");
        Regex.Matches(html, "<rect ").Should().HaveCount(29);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
