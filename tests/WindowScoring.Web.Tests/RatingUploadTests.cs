using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WindowScoring.Web.Tests;

/// <summary>
/// A month's ratings export (好差评): the assessor's upload beside the month's table (revisions, refusals and charsets as
/// for months), the month's 好差评 table as JSON and in the report page.
/// </summary>
[TestFixture]
public sealed class RatingUploadTests
{
    private const string Header = "评价编号,评价时间,实施主体,评价等级,整改状态,整改完成时间,申诉状态";

    // November 2023, the seed table's month. Hand count: 甲局 3 counted (非常满意, 满意, 不满意; the upheld appeal removed),
    // 满意率 2/3; 乙局 2 counted (非常满意, 基本满意; the pending appeal listed, not counted), 满意率 2/2; 丙局 6 counted,
    // 4 satisfied: 4/6, which ties 2/3 exactly.
    private static readonly string[] November =
    [
        Header,
        "A1,2023-11-01 09:00:00,甲局,非常满意,,,",
        "A2,2023-11-02 09:00:00,甲局,满意,,,",
        "A3,2023-11-03 09:00:00,甲局,不满意,已整改,2023-11-06,",
        "A4,2023-11-03 10:00:00,甲局,非常不满意,,,申诉成立",
        "B1,2023-11-06 09:00:00,乙局,5星,,,",
        "B2,2023-11-07 09:00:00,乙局,★★★,,,",
        "B3,2023-11-08 09:00:00,乙局,1,整改中,,申诉中",
        "C1,2023-11-01 09:00:00,丙局,5,,,",
        "C2,2023-11-01 10:00:00,丙局,4,,,",
        "C3,2023-11-01 11:00:00,丙局,3,,,",
        "C4,2023-11-01 12:00:00,丙局,3,,,",
        "C5,2023-11-02 09:00:00,丙局,2,已整改,2023-11-03,",
        "C6,2023-11-02 10:00:00,丙局,1,已整改,2023-11-03,",
    ];

    private string _database = null!;
    private HallApp _app = null!;

    [SetUp]
    public void StartApp() => _app = new HallApp(_database = HallApp.NewDatabasePath());

    [TearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        HallApp.DeleteDatabase(_database);
    }

    private static Task<HttpResponseMessage> PostRatingsAsync(HttpClient client, string period, byte[] body, string mediaType = "text/csv", string? reason = null, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/months/{period}/ratings" + (reason is null ? string.Empty : "?reason=" + Uri.EscapeDataString(reason)))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request);
    }

    private static byte[] Utf8(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Test]
    public async Task Upload_WithoutCredentials_Is401_AsAReader_Is403_AndNothingIsStored()
    {
        using var anonymous = _app.CreateClient();
        (await PostRatingsAsync(anonymous, "2023-11", Utf8(November))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var reader = _app.CreateClient();
        await reader.CreateAccountAsync("reader@hall.test", "Reader-Passw0rd!", "reader");
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await reader.LoginAsync("reader@hall.test", "Reader-Passw0rd!"));
        (await PostRatingsAsync(reader, "2023-11", Utf8(November))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await anonymous.GetAsync("/api/months/2023-11/ratings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_ThenGet_GivesTheMonthsTableRankedByExactRates_WithTheTieBlank()
    {
        using var client = await _app.CreateAssessorClientAsync();

        using var upload = await PostRatingsAsync(client, "2023-11", Utf8(November));
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var created = await upload.JsonAsync();
        created.GetProperty("revision").GetInt32().Should().Be(1);
        created.GetProperty("ratings").GetInt32().Should().Be(November.Length - 1);
        created.GetProperty("counted").GetInt32().Should().Be(3 + 2 + 6);
        created.GetProperty("pending").GetInt32().Should().Be(1);

        var rows = (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("printedRank").GetString(), r.GetProperty("department").GetString(), r.GetProperty("counted").GetInt32(), r.GetProperty("satisfactionRate").GetString()))
            .ToArray();
        rows.Should().Equal(("1", "乙局", 2, "100.00%"), ("2", "甲局", 3, "66.67%"), (string.Empty, "丙局", 6, "66.67%"));
    }

    [Test]
    public async Task Upload_RatingOutsideTheMonth_Is422WithItsLine_AndNothingIsStored()
    {
        using var client = await _app.CreateAssessorClientAsync();

        using var upload = await PostRatingsAsync(client, "2023-11", Utf8([.. November, "D1,2023-12-01 09:00:00,丁局,满意,,,"]), language: "en");

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        upload.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await upload.JsonAsync()).Errors().Should().ContainSingle(e => e.Code == "WS805" && e.Line == November.Length + 1 && e.Severity == "error");
        (await client.GetAsync("/api/months/2023-11/ratings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_BadLevel_Is422NamingTheLine()
    {
        using var client = await _app.CreateAssessorClientAsync();

        using var upload = await PostRatingsAsync(client, "2023-11", Utf8([Header, "X1,2023-11-01 09:00:00,甲局,七星,,,"]));

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await upload.JsonAsync()).Errors().Should().Contain(e => e.Code == "WS800" && e.Line == 2);
    }

    [Test]
    public async Task SecondUpload_NeedsAReason_ThenIsRevisionTwo_AndTheTableFollowsIt()
    {
        using var client = await _app.CreateAssessorClientAsync();
        (await PostRatingsAsync(client, "2023-11", Utf8(November))).StatusCode.Should().Be(HttpStatusCode.Created);

        using var again = await PostRatingsAsync(client, "2023-11", Utf8(November.Take(3)));
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        using var corrected = await PostRatingsAsync(client, "2023-11", Utf8(November.Take(3)), reason: "导出有误");
        corrected.StatusCode.Should().Be(HttpStatusCode.Created);
        (await corrected.JsonAsync()).GetProperty("revision").GetInt32().Should().Be(2);
        var rows = (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows");
        rows.GetArrayLength().Should().Be(1);
        rows[0].GetProperty("counted").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Upload_GbkWithItsCharset_ReadsTheNames_AndAnUnknownCharsetIs415()
    {
        using var client = await _app.CreateAssessorClientAsync();
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(string.Join("\n", November) + "\n");

        (await PostRatingsAsync(client, "2023-11", gbk, "text/csv; charset=utf-7")).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await PostRatingsAsync(client, "2023-11", gbk, "text/csv; charset=gbk")).StatusCode.Should().Be(HttpStatusCode.Created);

        var rows = (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows");
        rows.EnumerateArray().Select(r => r.GetProperty("department").GetString()).Should().Equal("乙局", "甲局", "丙局");
    }

    // An export saved as a workbook: every cell as text (inline strings), one sheet.
    private static byte[] Workbook(IEnumerable<string> lines) => Workbook(("好差评", false, lines));

    // A workbook of the sheets given, in order (hidden ones marked so in the workbook part, as Excel does).
    private static byte[] Workbook(params (string Name, bool Hidden, IEnumerable<string> Lines)[] sheets)
    {
        using var bytes = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(bytes, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            foreach (var (name, hidden, lines) in sheets)
            {
                var sheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var line in lines)
                {
                    data.Append(new Row(line.Split(',').Select(c => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)) })));
                }

                sheet.Worksheet = new Worksheet(data);
                list.Append(new Sheet
                {
                    Id = workbook.GetIdOfPart(sheet),
                    SheetId = (uint)list.ChildElements.Count + 1,
                    Name = name,
                    State = hidden ? SheetStateValues.Hidden : null,
                });
            }
        }

        return bytes.ToArray();
    }

    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Test]
    public async Task Upload_WorkbookWithAHiddenFirstSheet_ReadsTheVisibleOne_AndSaysSo()
    {
        using var client = await _app.CreateAssessorClientAsync();
        // The hidden sheet holds ratings of another department: none of them may be counted.
        string[] decoy = [Header, "Z1,2023-11-01 09:00:00,丁局,非常不满意,,,"];

        using var upload = await PostRatingsAsync(client, "2023-11", Workbook(("旧数据", true, decoy), ("好差评", false, November)), WorkbookType);

        upload.StatusCode.Should().Be(HttpStatusCode.Created);
        (await upload.Content.ReadAsStringAsync()).Should().Contain("WS604");
        var departments = (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("department").GetString());
        departments.Should().BeEquivalentTo("甲局", "乙局", "丙局");
    }

    [Test]
    public async Task Upload_WorkbookWithEverySheetHidden_Is422_AndNothingIsStored()
    {
        using var client = await _app.CreateAssessorClientAsync();

        using var upload = await PostRatingsAsync(client, "2023-11", Workbook(("好差评", true, November)), WorkbookType);

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await upload.Content.ReadAsStringAsync()).Should().Contain(WindowScoring.OpenXml.OpenXmlDiagnosticCodes.SheetNotFound);
        (await client.GetAsync("/api/months/2023-11/ratings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_SmallWorkbookThatUnpacksBeyondTheLimit_Is413_AndNothingIsStored()
    {
        // 20,000 identical ratings compress to a few kilobytes but unpack to megabytes of sheet XML.
        var many = new[] { Header }.Concat(Enumerable.Range(0, 20_000).Select(i => $"R{i},2023-11-01 09:00:00,甲局,满意,,,"));
        var bomb = Workbook(("好差评", false, many));
        await using var small = new HallApp(HallApp.NewDatabasePath(), maxUploadBytes: 200_000);
        try
        {
            bomb.Length.Should().BeLessThan(200_000);
            using var client = await small.CreateAssessorClientAsync();

            using var upload = await PostRatingsAsync(client, "2023-11", bomb, WorkbookType);

            upload.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await client.GetAsync("/api/months/2023-11/ratings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            HallApp.DeleteDatabase(small.DatabasePath);
        }
    }

    [Test]
    public async Task Upload_Workbook_GivesTheSameTableAsTheCsv_AWordDocumentIs415_AndAFileNamingAnotherMonthIs422()
    {
        using var client = await _app.CreateAssessorClientAsync();
        using var upload = await PostRatingsAsync(client, "2023-11", Workbook(November), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var rows = (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("printedRank").GetString(), r.GetProperty("department").GetString(), r.GetProperty("satisfactionRate").GetString()))
            .ToArray();
        rows.Should().Equal(("1", "乙局", "100.00%"), ("2", "甲局", "66.67%"), (string.Empty, "丙局", "66.67%"));

        // A month's table saved as a workbook is no ratings export: 422 naming what is missing, nothing stored.
        using var table = await PostRatingsAsync(client, "2023-11", SampleTables.SeedWorkbook(), "application/octet-stream", reason: "错传");
        table.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await PostRatingsAsync(client, "2023-11", Workbook(November), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", reason: "x"))
            .StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Utf8(November));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        form.Add(file, "file", "ratings-2023-10.csv");
        using var misnamed = await client.PostAsync("/api/months/2023-11/ratings?reason=x", form);
        misnamed.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await client.GetJsonAsync("/api/months/2023-11/ratings/revisions")).GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task Revisions_ListEveryExportWithWhoWhyAndChecksum_AndAnEarlierOneIsServed()
    {
        using var client = await _app.CreateAssessorClientAsync();
        var first = Utf8(November);
        (await PostRatingsAsync(client, "2023-11", first)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostRatingsAsync(client, "2023-11", Utf8(November.Take(3)), reason: "导出有误")).StatusCode.Should().Be(HttpStatusCode.Created);

        var revisions = (await client.GetJsonAsync("/api/months/2023-11/ratings/revisions")).EnumerateArray().ToArray();

        revisions.Select(r => r.GetProperty("number").GetInt32()).Should().Equal(1, 2);
        revisions.Select(r => r.GetProperty("ratings").GetInt32()).Should().Equal(November.Length - 1, 2);
        revisions.Select(r => r.GetProperty("superseded").GetBoolean()).Should().Equal(true, false);
        revisions[0].GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        revisions[1].GetProperty("reason").GetString().Should().Be("导出有误");
        revisions[0].GetProperty("uploadedBy").GetString().Should().NotBeNullOrEmpty();
        revisions[0].GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first)));
        revisions[0].GetProperty("url").GetString().Should().Be("/api/months/2023-11/ratings?revision=1");

        (await client.GetJsonAsync("/api/months/2023-11/ratings?revision=1")).GetProperty("rows").GetArrayLength().Should().Be(3);
        (await client.GetJsonAsync("/api/months/2023-11/ratings")).GetProperty("rows").GetArrayLength().Should().Be(1);
        (await client.GetAsync("/api/months/2023-11/ratings?revision=3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/months/2023-12/ratings/revisions")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Report_WithTheMonthsRatings_HasTheRankedRatingsSection()
    {
        using var client = await _app.CreateAssessorClientAsync();
        (await client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        var before = await (await client.GetAsync("/api/months/2023-11/report")).Content.ReadAsStringAsync();
        (await PostRatingsAsync(client, "2023-11", Utf8(November))).StatusCode.Should().Be(HttpStatusCode.Created);

        var html = await (await client.GetAsync("/api/months/2023-11/report")).Content.ReadAsStringAsync();

        before.Should().NotContain("id=\"ratings\"");
        html.Should().Contain("<section class=\"ratings\" id=\"ratings\">").And.Contain("政务服务“好差评”情况")
            .And.Contain("<th scope=\"col\">满意率</th>")
            .And.Contain("<tr><td class=\"rank\">1</td><td class=\"department\">乙局</td><td class=\"number\">2</td>")
            .And.Contain("<tr><td class=\"rank\"></td><td class=\"department\">丙局</td><td class=\"number\">6</td>");
        html.IndexOf("乙局", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("丙局", StringComparison.Ordinal));
    }

    [Test]
    public async Task Upload_OverTheSizeLimit_Is413_AndEmptyOrBinaryBodiesAre422()
    {
        await using var small = new HallApp(HallApp.NewDatabasePath(), maxUploadBytes: 200);
        try
        {
            using var client = await small.CreateAssessorClientAsync();
            (await PostRatingsAsync(client, "2023-11", Utf8(November))).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await PostRatingsAsync(client, "2023-11", [])).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await PostRatingsAsync(client, "2023-11", [0, 1, 2, 0xFF, 0xFE, 0, 0x1B])).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await PostRatingsAsync(client, "2023-11", Utf8([Header, "A1,2023-11-01 09:00:00,甲\u0000局,满意,,,"]))).StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
            (await client.GetAsync("/api/months/2023-11/ratings")).StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.OK);
        }
        finally
        {
            HallApp.DeleteDatabase(small.DatabasePath);
        }
    }

    [Test]
    public async Task Get_BadPeriod_Is400()
    {
        using var client = _app.CreateClient();
        (await client.GetAsync("/api/months/2023-13/ratings")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await (await client.GetAsync("/api/months/2023-11/ratings")).JsonAsync();
        problem.GetProperty("status").GetInt32().Should().Be(404);
        problem.ValueKind.Should().Be(JsonValueKind.Object);
    }
}
