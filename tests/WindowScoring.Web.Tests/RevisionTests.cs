using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace WindowScoring.Web.Tests;

/// <summary>Revisions, never overwrites: each upload of a month that exists is its next revision, with who, when, why, rows and a checksum.</summary>
[TestFixture]
public sealed class RevisionTests
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
    public async Task Upload_ExistingMonthWithoutAReason_Is400AndKeepsTheMonth()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);

        using var again = await _client.UploadAsync("2023-11", SampleTables.WithFirstBonus(10m).File, "en");
        using var blank = await _client.UploadAsync("2023-11", SampleTables.WithFirstBonus(10m).File, reason: "  ");

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await again.JsonAsync()).GetProperty("detail").GetString().Should().Contain("revision 1").And.Contain("reason");
        blank.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _client.GetJsonAsync("/api/months/2023-11")).Rows()[0].Total.Should().Be(120m);
        (await _client.GetJsonAsync("/api/months/2023-11/revisions")).GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task Revisions_ListEveryUploadWithWhoWhenWhyRowsAndChecksum()
    {
        var first = SampleTables.Seed();
        var second = SampleTables.Utf8(SampleTables.SeedLines().Take(6));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        (await _client.UploadAsync("2023-11", first)).StatusCode.Should().Be(HttpStatusCode.Created);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(second), "file", "correction.tsv" },
            { new StringContent("只保留前五个窗口"), "reason" },
        };
        using var corrected = await _client.PostAsync("/api/months/2023-11", form);
        corrected.StatusCode.Should().Be(HttpStatusCode.Created, await corrected.Content.ReadAsStringAsync());
        (await corrected.JsonAsync()).GetProperty("revision").GetInt32().Should().Be(2);

        var revisions = (await _client.GetJsonAsync("/api/months/2023-11/revisions")).EnumerateArray().ToArray();

        revisions.Select(r => r.GetProperty("number").GetInt32()).Should().Equal(1, 2);
        revisions.Select(r => r.GetProperty("uploadedBy").GetString()).Should().Equal(HallApp.AssessorEmail, HallApp.AssessorEmail);
        revisions.Select(r => r.GetProperty("reason").GetString()).Should().Equal(null, "只保留前五个窗口");
        revisions.Select(r => r.GetProperty("rows").GetInt32()).Should().Equal(29, 5);
        revisions.Select(r => r.GetProperty("sha256").GetString()).Should().Equal(Convert.ToHexStringLower(SHA256.HashData(first)), Convert.ToHexStringLower(SHA256.HashData(second)));
        revisions.Select(r => r.GetProperty("superseded").GetBoolean()).Should().Equal(true, false);
        revisions.Should().OnlyContain(r => r.GetProperty("uploadedAt").GetDateTimeOffset() >= before && r.GetProperty("uploadedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        revisions[0].GetProperty("url").GetString().Should().Be("/api/months/2023-11?revision=1");
        (await _client.GetAsync("/api/months/2023-12/revisions")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_SameMonthEightTimesAtOnce_MakesEightWholeRevisions()
    {
        var tables = Enumerable.Range(1, 8).Select(i => SampleTables.WithFirstBonus(10m + (i * 0.5m))).ToArray();

        var responses = await Task.WhenAll(tables.Select((t, i) => _client.UploadAsync("2023-11", t.File, reason: $"更正 {i}")));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created);
        var numbers = new List<int>();
        foreach (var response in responses)
        {
            numbers.Add((await response.JsonAsync()).GetProperty("revision").GetInt32());
            response.Dispose();
        }

        numbers.Should().BeEquivalentTo(Enumerable.Range(1, 8), "the writers queue: each gets its own number");
        for (var n = 1; n <= 8; n++)
        {
            var rows = (await _client.GetJsonAsync($"/api/months/2023-11?revision={n}")).Rows();
            rows.Should().HaveCount(29);
            rows.Single(r => r.Department == "自然资源厅").Total.Should().Be(tables[numbers.IndexOf(n)].FirstTotal, "revision {0} is the file that made it, whole", n);
        }
    }

    [Test]
    public async Task GetMonth_WithRevision_ServesThatRevision()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.UploadAsync("2023-11", SampleTables.WithFirstBonus(10m).File, reason: "自然资源厅加分更正为 10")).StatusCode.Should().Be(HttpStatusCode.Created);

        var latest = await _client.GetJsonAsync("/api/months/2023-11");
        var first = await _client.GetJsonAsync("/api/months/2023-11?revision=1");

        latest.GetProperty("revision").GetProperty("number").GetInt32().Should().Be(2);
        latest.Rows().Single(r => r.Department == "自然资源厅").Total.Should().Be(110m);
        first.GetProperty("revision").GetProperty("number").GetInt32().Should().Be(1);
        first.GetProperty("revision").GetProperty("superseded").GetBoolean().Should().BeTrue();
        first.Rows().Single(r => r.Department == "自然资源厅").Total.Should().Be(120m);
        (await _client.GetAsync("/api/months/2023-11?revision=3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Report_OfACorrectedMonth_SaysWhichRevisionWhenAndWhy()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.GetStringAsync("/api/months/2023-11/report")).Should().NotContain("id=\"revision\"", "a month never corrected says nothing");
        (await _client.UploadAsync("2023-11", SampleTables.WithFirstBonus(10m).File, reason: "自然资源厅加分更正为 10")).StatusCode.Should().Be(HttpStatusCode.Created);
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var latest = await _client.GetStringAsync("/api/months/2023-11/report");
        var first = await _client.GetStringAsync("/api/months/2023-11/report?revision=1");

        latest.Should().Contain($"<p class=\"revision\" id=\"revision\">第 2 版（{today} 更正：自然资源厅加分更正为 10）</p>");
        first.Should().Contain($"第 1 版（{today}），已由第 2 版更正");
    }

    [Test]
    public async Task Store_WrittenBeforeRevisions_IsReadAsRevisionOne()
    {
        var old = HallApp.NewDatabaseFrom("""
                CREATE TABLE month (period TEXT PRIMARY KEY, title TEXT, uploaded_at TEXT NOT NULL);
                CREATE TABLE assessment (period TEXT NOT NULL REFERENCES month(period) ON DELETE CASCADE, position INTEGER NOT NULL,
                    code TEXT NOT NULL, name TEXT NOT NULL, grp TEXT, base TEXT, deduction TEXT, bonus TEXT, total TEXT, note TEXT,
                    PRIMARY KEY (period, position));
                INSERT INTO month VALUES ('2023-11', '2023年11月', '2023-12-01T08:00:00.0000000+00:00');
                INSERT INTO assessment VALUES ('2023-11', 0, '', '自然资源厅', NULL, '100', '0', '20', '120', NULL);
                INSERT INTO assessment VALUES ('2023-11', 1, '', '交通运输厅', NULL, '100', '2.5', '0', '97.5', NULL);
                """);
        try
        {
            await using var app = new HallApp(old);
            using var client = await app.CreateAssessorClientAsync();

            (await client.GetJsonAsync("/api/months/2023-11")).Rows().Should().Equal((1m, "1", "自然资源厅", 120m), (2m, "2", "交通运输厅", 97.5m));
            var revision = (await client.GetJsonAsync("/api/months/2023-11/revisions")).EnumerateArray().Single();
            (revision.GetProperty("number").GetInt32(), revision.GetProperty("rows").GetInt32(), revision.GetProperty("title").GetString()).Should().Be((1, 2, "2023年11月"));
            (await client.UploadAsync("2023-11", SampleTables.Seed(), reason: "全表")).StatusCode.Should().Be(HttpStatusCode.Created);
            (await client.GetJsonAsync("/api/months/2023-11?revision=1")).Rows().Should().HaveCount(2);
            (await client.GetJsonAsync("/api/months/2023-11")).Rows().Should().HaveCount(29);
        }
        finally
        {
            HallApp.DeleteDatabase(old);
        }
    }

    [Test]
    public async Task Upload_TitleNamesAnotherMonth_Is422NamingBoth()
    {
        var october = SampleTables.Utf8(SampleTables.SeedLines().Prepend("四川省政务服务中心2023年10月窗口考核结果"));

        using var december = await _client.UploadAsync("2023-12", october, "en");
        using var right = await _client.UploadAsync("2023-10", october);

        december.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await december.JsonAsync()).GetProperty("detail").GetString().Should().Contain("2023-10").And.Contain("2023-12");
        (await _client.GetAsync("/api/months/2023-12")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        right.StatusCode.Should().Be(HttpStatusCode.Created, await right.Content.ReadAsStringAsync());
        (await right.JsonAsync()).GetProperty("diagnostics").EnumerateArray().Should().NotContain(d => d.GetProperty("code").GetString() == "WS118", "the period is the URL's");
    }

    [TestCase("2023年10月窗口考核.csv")]
    [TestCase("2023-10.tsv")]
    public async Task Upload_FileNameNamesAnotherMonth_Is422NamingBoth(string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SampleTables.Seed()), "file", fileName } };

        using var upload = await _client.PostAsync("/api/months/2023-12", form);

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var detail = (await upload.JsonAsync()).GetProperty("detail").GetString();
        detail.Should().Contain("2023-10").And.Contain("2023-12");
        (await _client.GetAsync("/api/months/2023-12")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
