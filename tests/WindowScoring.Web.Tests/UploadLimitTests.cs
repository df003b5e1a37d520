using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WindowScoring.Import;

namespace WindowScoring.Web.Tests;

/// <summary>Client errors answered as client errors, with small bodies: 413, 415, 400 for many files, a bounded 422, HEAD.</summary>
[TestFixture]
public sealed class UploadLimitTests
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
    public async Task Upload_TenThousandBadRows_Is422ListingAHundredAndCountingTheRestUnder64KB()
    {
        var lines = new List<string> { SampleTables.SeedLines()[0] };
        for (var i = 0; i < 10_000; i++)
        {
            lines.Add($"{i + 1}\t窗口{i}\t100\t五\t0\t100");
        }

        using var upload = await _client.UploadAsync("2023-11", SampleTables.Utf8(lines));

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await upload.Content.ReadAsByteArrayAsync();
        body.Length.Should().BeLessThan(64 * 1024);
        var problem = await upload.JsonAsync();
        var listed = problem.GetProperty("errors").GetArrayLength();
        listed.Should().Be(100);
        var count = problem.GetProperty("diagnosticCount").GetInt32();
        count.Should().Be(ImportOptions.Default.MaxDiagnostics + 1, "the importer keeps the first diagnostics and counts the rest by code in one WS104");
        problem.GetProperty("omitted").EnumerateObject().Sum(p => p.Value.GetInt32()).Should().Be(count - listed);
        problem.GetProperty("omitted").EnumerateObject().Select(p => p.Name).Should().Contain([DiagnosticCodes.NumberInvalid, DiagnosticCodes.TooManyDiagnostics]);
    }

    [Test]
    public async Task Upload_HugeCellValue_IsCutInThe422()
    {
        var lines = SampleTables.SeedLines();
        lines[1] = "1\t自然资源厅\t100\t" + new string('五', 100_000) + "\t20\t120";

        using var upload = await _client.UploadAsync("2023-11", SampleTables.Utf8(lines));

        upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await upload.Content.ReadAsByteArrayAsync()).Length.Should().BeLessThan(64 * 1024);
    }

    [TestCase("utf-7")]
    [TestCase("x-no-such-charset")]
    public async Task Upload_UnsupportedCharset_Is415(string charset)
    {
        using var raw = await _client.UploadAsync("2023-11", SampleTables.Seed(), "en", mediaType: $"text/csv; charset={charset}");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(SampleTables.Seed());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse($"text/csv; charset={charset}");
        form.Add(file, "file", "table.csv");
        using var multipart = await _client.PostAsync("/api/months/2023-11", form);

        raw.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await raw.JsonAsync()).GetProperty("detail").GetString().Should().Contain(charset);
        multipart.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await _client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_FormWithThreeFiles_Is400NamingTheCount()
    {
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 3; i++)
        {
            form.Add(new ByteArrayContent(SampleTables.Seed()), "file", $"table{i}.tsv");
        }

        using var upload = await _client.PostAsync("/api/months/2023-11?culture=en", form);

        upload.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await upload.JsonAsync()).GetProperty("detail").GetString().Should().Contain("3");
        (await _client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Head_AnswersWhereverGetDoes()
    {
        (await _client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        string[] paths = ["/api/months", "/api/months/2023-11", "/api/months/2023-11.csv", "/api/months/2023-11.xlsx", "/api/months/2023-11/report", "/api/months/2023-11/revisions", "/api/history/2023-Q4"];

        foreach (var path in paths)
        {
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            using var get = await _client.GetAsync(path);
            head.StatusCode.Should().Be(HttpStatusCode.OK, path);
            head.Content.Headers.ContentType?.MediaType.Should().Be(get.Content.Headers.ContentType?.MediaType, path);
        }

        (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/months/2024-01"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [TestCase(false, TestName = "Upload_OverLimitChunkedBody_OnKestrel_Is413")]
    [TestCase(true, TestName = "Upload_OverLimitChunkedForm_OnKestrel_Is413")]
    public async Task Upload_OverLimitChunked_OnKestrel_Is413(bool multipart)
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database, maxUploadBytes: 4096);
            app.UseKestrel(0); // Kestrel enforces the request body limit; the in-memory test server does not
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            await client.SignInAsAssessorAsync();
            var big = SampleTables.Utf8(Enumerable.Repeat(SampleTables.SeedLines(), 60).SelectMany(l => l)); // ~100 KB, far over 4 KiB + the form's room
            using var body = new StreamContent(new MemoryStream(big));
            body.Headers.ContentType = new MediaTypeHeaderValue("text/tab-separated-values");
            HttpContent content = body;
            if (multipart)
            {
                content = new MultipartFormDataContent { { body, "file", "2023-11.tsv" } };
                content.Headers.ContentLength = null;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/months/2023-11") { Content = content };
            request.Headers.TransferEncodingChunked = true;
            using var upload = await client.SendAsync(request);

            upload.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }
}
