using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Web.Tests;

/// <summary>
/// The web sample in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a SQLite file of its own, its first
/// administrator given by configuration (<see cref="AdminEmail"/>) as a hall gives it; further settings by key.
/// </summary>
internal sealed class HallApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@hall.test";
    public const string AdminPassword = "Admin-Passw0rd!";
    public const string AssessorEmail = "assessor@hall.test";
    public const string AssessorPassword = "Assessor-Passw0rd!";

    private readonly long? _maxUploadBytes;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public HallApp(string databasePath, long? maxUploadBytes = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DatabasePath = databasePath;
        _maxUploadBytes = maxUploadBytes;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DatabasePath { get; }

    /// <summary>A client signed in (bearer token) as an assessor, made by the administrator through <c>POST /api/accounts</c>.</summary>
    public async Task<HttpClient> CreateAssessorClientAsync()
    {
        var client = CreateClient();
        await client.SignInAsAssessorAsync();
        return client;
    }

    /// <summary>A new database path in the temp folder; <see cref="DeleteDatabase"/> removes it and its WAL files.</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "windowscoring-web-tests", Guid.NewGuid().ToString("N") + ".db");

    /// <summary>A new database file (<see cref="NewDatabasePath"/>) made by these SQL statements, as an earlier sample left it.</summary>
    public static string NewDatabaseFrom(string sql)
    {
        var path = NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }

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
        builder.UseSetting("WindowScoring:Admin:Email", AdminEmail);
        builder.UseSetting("WindowScoring:Admin:Password", AdminPassword);
        builder.UseSetting("WindowScoring:RateLimits:UploadsPerMinute", "1000"); // the tests upload fast
        if (_maxUploadBytes is { } max)
        {
            builder.UseSetting("WindowScoring:MaxUploadBytes", max.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>Requests and JSON helpers shared by the tests.</summary>
internal static class Api
{
    /// <summary>POST /api/auth/login (Identity's endpoint): the bearer token.</summary>
    public static async Task<string> LoginAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "{0} signs in", email);
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in as the administrator, makes the assessor account when it is missing, and signs this client in as the assessor.</summary>
    public static async Task SignInAsAssessorAsync(this HttpClient client)
    {
        await client.CreateAccountAsync(HallApp.AssessorEmail, HallApp.AssessorPassword, "assessor");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync(HallApp.AssessorEmail, HallApp.AssessorPassword));
    }

    /// <summary>The administrator makes an account with these roles (nothing when it exists).</summary>
    public static async Task CreateAccountAsync(this HttpClient client, string email, string password, params string[] roles)
    {
        var admin = await client.LoginAsync(HallApp.AdminEmail, HallApp.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts") { Content = JsonContent.Create(new { email, password, roles }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().BeOneOf([System.Net.HttpStatusCode.Created, System.Net.HttpStatusCode.Conflict], await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string period, byte[] body, string? language = null, string mediaType = "text/tab-separated-values", string? reason = null)
    {
        var path = $"/api/months/{period}" + (reason is null ? string.Empty : "?reason=" + Uri.EscapeDataString(reason));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
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
