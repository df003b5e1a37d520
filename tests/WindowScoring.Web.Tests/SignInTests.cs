using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace WindowScoring.Web.Tests;

/// <summary>Sign-in and roles (ASP.NET Core Identity), cross-site writes, rate limits and the audit log.</summary>
[TestFixture]
public sealed class SignInTests
{
    private readonly List<string> _databases = [];

    [TearDown]
    public void DeleteDatabases()
    {
        foreach (var database in _databases)
        {
            HallApp.DeleteDatabase(database);
        }

        _databases.Clear();
    }

    [Test]
    public async Task Upload_WithoutCredentials_Is401AndStoresNothing()
    {
        await using var app = NewApp();
        using var client = app.CreateClient();

        using var upload = await client.UploadAsync("2023-11", SampleTables.Seed());

        upload.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_AsAReader_Is403AndStoresNothing()
    {
        await using var app = NewApp();
        using var client = app.CreateClient();
        await client.CreateAccountAsync("reader@hall.test", "Reader-Passw0rd!", "reader");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync("reader@hall.test", "Reader-Passw0rd!"));

        using var upload = await client.UploadAsync("2023-11", SampleTables.Seed());

        upload.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Upload_AsTheAdministratorWithoutTheAssessorRole_Is403()
    {
        await using var app = NewApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync(HallApp.AdminEmail, HallApp.AdminPassword));

        (await client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CrossOriginAnonymousTextPlainPost_ChangesNothing()
    {
        await using var app = NewApp();
        using var assessor = await app.CreateAssessorClientAsync();
        (await assessor.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        using var browser = app.CreateClient();

        // A "simple" request any page can send without a preflight: no credentials, text/plain, another origin.
        using var attack = new HttpRequestMessage(HttpMethod.Post, "/api/months/2023-11?reason=x")
        {
            Content = new StringContent("序号\t部门窗口\t实得分值\n1\t攻击者\t999\n", System.Text.Encoding.UTF8, "text/plain"),
        };
        attack.Headers.Add("Origin", "https://evil.example");
        using var response = await browser.SendAsync(attack);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        var rows = (await browser.GetJsonAsync("/api/months/2023-11")).Rows();
        rows.Should().HaveCount(29);
        rows.Select(r => r.Department).Should().NotContain("攻击者");
        (await browser.GetJsonAsync("/api/months/2023-11/revisions")).GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task CookieWrite_NeedsTheAntiforgeryToken_BearerDoesNot()
    {
        await using var app = NewApp();
        using (var admin = app.CreateClient())
        {
            await admin.CreateAccountAsync(HallApp.AssessorEmail, HallApp.AssessorPassword, "assessor");
        }

        using var client = app.CreateClient(); // keeps cookies
        using (var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = HallApp.AssessorEmail, password = HallApp.AssessorPassword }))
        {
            login.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var withoutToken = await client.UploadAsync("2023-11", SampleTables.Seed());
        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutToken.Content.ReadAsStringAsync()).Should().Contain("X-CSRF-TOKEN", "the problem names the antiforgery header");
        (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var antiforgery = await client.GetJsonAsync("/api/auth/antiforgery");
        var header = antiforgery.GetProperty("headerName").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/months/2023-11") { Content = new ByteArrayContent(SampleTables.Seed()) };
        request.Headers.Add(header, antiforgery.GetProperty("token").GetString());
        using var withToken = await client.SendAsync(request);
        withToken.StatusCode.Should().Be(HttpStatusCode.Created, await withToken.Content.ReadAsStringAsync());

        // The same account with a bearer token and no cookie needs no antiforgery token.
        using var bearer = app.CreateClient(new() { HandleCookies = false });
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bearer.LoginAsync(HallApp.AssessorEmail, HallApp.AssessorPassword));
        (await bearer.UploadAsync("2023-12", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task UploadPage_FormWithoutTheAntiforgeryToken_StoresNothing()
    {
        await using var app = NewApp();
        using (var admin = app.CreateClient())
        {
            await admin.CreateAccountAsync(HallApp.AssessorEmail, HallApp.AssessorPassword, "assessor");
        }

        using var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = HallApp.AssessorEmail, password = HallApp.AssessorPassword })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SampleTables.Seed()), "file", "2023-11.tsv" } };

        using var upload = await client.PostAsync("/hall/months/2023-11", form);

        upload.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await upload.Content.ReadAsStringAsync()).Should().Contain("id=\"problem\"");
        (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Register_IsClosedToAnonymousCallers()
    {
        await using var app = NewApp();
        using var client = app.CreateClient();

        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email = "walk-in@hall.test", password = "Walk-in-Passw0rd!" });
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "walk-in@hall.test", password = "Walk-in-Passw0rd!" });

        register.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        login.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "no account was made");
    }

    [Test]
    public async Task FirstStart_WithoutAdminConfiguration_HasNoAccountAndNoBuiltInPassword()
    {
        await using var app = NewApp(new() { ["WindowScoring:Admin:Email"] = "", ["WindowScoring:Admin:Password"] = "" });
        using var client = app.CreateClient();

        foreach (var (email, password) in new[] { (HallApp.AdminEmail, HallApp.AdminPassword), ("admin", "admin"), ("admin@localhost", "admin") })
        {
            using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
            login.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await client.GetStringAsync("/api/months")).Should().Be("[]", "reading stays open");
    }

    [Test]
    public async Task Administrator_CreatesAnAccountAndGivesItTheAssessorRole()
    {
        await using var app = NewApp();
        using var client = app.CreateClient(new() { HandleCookies = false });
        await client.CreateAccountAsync("clerk@hall.test", "Clerk-Passw0rd!", "reader");
        var admin = await client.LoginAsync(HallApp.AdminEmail, HallApp.AdminPassword);

        using var roles = new HttpRequestMessage(HttpMethod.Put, "/api/accounts/clerk@hall.test/roles") { Content = JsonContent.Create(new { roles = new[] { "assessor" } }) };
        roles.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        (await client.SendAsync(roles)).StatusCode.Should().Be(HttpStatusCode.OK);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync("clerk@hall.test", "Clerk-Passw0rd!"));
        (await client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.GetAsync("/api/accounts")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an assessor does not manage accounts");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        var accounts = await client.GetJsonAsync("/api/accounts");
        accounts.EnumerateArray().Select(a => (a.GetProperty("email").GetString(), string.Join(",", a.GetProperty("roles").EnumerateArray().Select(r => r.GetString())))).Should()
            .Contain((HallApp.AdminEmail, "administrator")).And.Contain(("clerk@hall.test", "assessor"));
        using var unknownRole = new HttpRequestMessage(HttpMethod.Post, "/api/accounts") { Content = JsonContent.Create(new { email = "x@hall.test", password = "Xx-Passw0rd!!", roles = new[] { "root" } }) };
        (await client.SendAsync(unknownRole)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Reading_IsOpenByDefault_AndNeedsASignInWhenConfigured()
    {
        await using (var open = NewApp())
        {
            using var anonymous = open.CreateClient();
            (await anonymous.GetAsync("/api/months")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var closed = NewApp(new() { ["WindowScoring:RequireSignInToRead"] = "true" });
        using var client = closed.CreateClient(new() { HandleCookies = false });
        (await client.GetAsync("/api/months")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/months/2023-11/report")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await client.CreateAccountAsync("reader@hall.test", "Reader-Passw0rd!", "reader");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync("reader@hall.test", "Reader-Passw0rd!"));
        (await client.GetAsync("/api/months")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task SignIn_IsRateLimited()
    {
        await using var app = NewApp(new() { ["WindowScoring:RateLimits:SignInPerMinute"] = "3" });
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = HallApp.AdminEmail, password = "wrong-Passw0rd!" });
            statuses.Add(login.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Uploads_AreRateLimitedPerAccount()
    {
        await using var app = NewApp(new() { ["WindowScoring:RateLimits:UploadsPerMinute"] = "2" });
        using var client = await app.CreateAssessorClientAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var month in new[] { "2023-01", "2023-02", "2023-03" })
        {
            using var upload = await client.UploadAsync(month, SampleTables.Seed());
            statuses.Add(upload.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task AuditLog_RecordsWritesAndSignInFailures_ForAdministratorsOnly()
    {
        await using var app = NewApp();
        using var client = await app.CreateAssessorClientAsync();
        (await client.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.UploadAsync("2023-11", SampleTables.WithFirstBonus(10m).File, reason: "加分更正")).StatusCode.Should().Be(HttpStatusCode.Created);
        using (var anonymous = app.CreateClient())
        {
            (await anonymous.UploadAsync("2023-11", SampleTables.Seed())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = HallApp.AssessorEmail, password = "not-the-Passw0rd!" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await client.GetAsync("/api/audit-log")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.LoginAsync(HallApp.AdminEmail, HallApp.AdminPassword));
        var log = (await client.GetJsonAsync("/api/audit-log")).EnumerateArray()
            .Select(e => (Action: e.GetProperty("action").GetString(), Actor: e.GetProperty("actor").GetString(), Target: e.GetProperty("target").GetString(), Status: e.GetProperty("status").GetInt32(), Detail: e.GetProperty("detail").GetString()))
            .ToArray();

        log.Should().ContainSingle(e => e.Action == "sign-in.failed" && e.Target == HallApp.AssessorEmail && e.Status == 401);
        log.Should().ContainSingle(e => e.Action == "write.refused" && e.Actor == null && e.Target == "/api/months/2023-11" && e.Status == 401);
        log.Should().Contain(e => e.Action == "account.create" && e.Actor == HallApp.AdminEmail && e.Target == HallApp.AssessorEmail);
        var uploads = log.Where(e => e.Action == "month.upload").ToArray();
        uploads.Should().HaveCount(2).And.OnlyContain(e => e.Actor == HallApp.AssessorEmail && e.Target == "2023-11" && e.Status == 201);
        uploads[0].Detail.Should().StartWith("revision 2, 29 rows, sha256 ").And.EndWith("reason: 加分更正", "newest first");
    }

    [Test]
    public async Task OutsideDevelopment_HttpIsRedirectedToHttps()
    {
        await using var app = NewApp(new() { ["environment"] = "Production", ["https_port"] = "443" });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/api/months");

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().Should().Be("https://localhost/api/months");
    }

    private HallApp NewApp(Dictionary<string, string?>? settings = null)
    {
        var database = HallApp.NewDatabasePath();
        _databases.Add(database);
        return new HallApp(database, settings: settings);
    }
}
