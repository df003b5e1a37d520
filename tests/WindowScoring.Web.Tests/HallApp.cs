using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Web.Tests;

/// <summary>The web sample in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a SQLite file of its own.</summary>
internal sealed class HallApp : WebApplicationFactory<Program>
{
    private readonly long? _maxUploadBytes;

    public HallApp(string databasePath, long? maxUploadBytes = null)
    {
        DatabasePath = databasePath;
        _maxUploadBytes = maxUploadBytes;
    }

    public string DatabasePath { get; }

    /// <summary>A new database path in the temp folder; <see cref="DeleteDatabase"/> removes it and its WAL files.</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "windowscoring-web-tests", Guid.NewGuid().ToString("N") + ".db");

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("WindowScoring:Database", DatabasePath);
        if (_maxUploadBytes is { } max)
        {
            builder.UseSetting("WindowScoring:MaxUploadBytes", max.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>Requests and JSON helpers shared by the tests.</summary>
internal static class Api
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string period, byte[] body, string? language = null, string mediaType = "text/tab-separated-values")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/months/{period}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "GET {0} should succeed", path);
        return await response.JsonAsync();
    }

    /// <summary>(rank, printed rank, department, total) of a month's JSON rows.</summary>
    public static (decimal Rank, string PrintedRank, string Department, decimal Total)[] Rows(this JsonElement month) =>
        month.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("rank").GetDecimal(), r.GetProperty("printedRank").GetString()!, r.GetProperty("department").GetString()!, r.GetProperty("total").GetDecimal()))
            .ToArray();

    /// <summary>(code, line) of every error of a problem response.</summary>
    public static (string Code, string Severity, int? Line, string Message)[] Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("severity").GetString()!, e.GetProperty("line").ValueKind == JsonValueKind.Null ? (int?)null : e.GetProperty("line").GetInt32(), e.GetProperty("message").GetString()!))
            .ToArray();
}
