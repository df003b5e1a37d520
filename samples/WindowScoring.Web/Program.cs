// WindowScoring web sample: an ASP.NET Core minimal API a hall could run.
//   dotnet run --project samples/WindowScoring.Web
//   (first start: WindowScoring__Admin__Email=… WindowScoring__Admin__Password=… make the first administrator)
//   curl -H 'Content-Type: application/json' -d '{"email":"…","password":"…"}' http://localhost:5000/api/auth/login
//   curl -H "Authorization: Bearer $TOKEN" --data-binary @samples/data/2023-11.tsv http://localhost:5000/api/months/2023-11
//   curl -H "Authorization: Bearer $TOKEN" -F file=@2023-11.xlsx -F reason=… http://localhost:5000/api/months/2023-11
//   open http://localhost:5000/api/months/2023-11/report
// Months are stored in a SQLite file (WindowScoring:Database in appsettings.json, created on first start), each upload of
// a month as its next revision, with the accounts (ASP.NET Core Identity) and the audit log; the scheme is the JSON file
// named by WindowScoring:SchemeFile; uploads are limited to WindowScoring:MaxUploadBytes (413 beyond).
// Endpoints: POST/GET /api/months/{period}, POST/GET /api/months/{period}/ratings (好差评), GET /api/months/{period}/report, GET /api/months/{period}/revisions,
// GET /api/months/{period}.csv|.md|.txt|.xlsx|.docx, GET /api/history/{period}?method=average|sum, /api/auth/* (Identity),
// /api/accounts, /api/audit-log. See README, "Host sample" and "Deploying in a hall".
using System.Globalization;
using WindowScoring;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.OpenXml;
using WindowScoring.Ratings;
using WindowScoring.Rules;
using WindowScoring.Web;

var builder = WebApplication.CreateBuilder(args);

// The host's own registrations come first and win: AddWindowScoring uses TryAdd, so the engine and the validators take
// this scheme, and the reader these options. They are read from configuration when first resolved (below, at start).
builder.Services.AddSingleton(sp => HallSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
builder.Services.AddSingleton(sp => SchemeJson.LoadFile(sp.GetRequiredService<HallSettings>().SchemeFile).EnsureSuccess().Scheme!);
builder.Services.AddSingleton(sp => new ImportOptions { MaxBytes = sp.GetRequiredService<HallSettings>().MaxUploadBytes });
builder.Services.AddWindowScoring(); // messages follow each request's UI culture (MessageCatalog.Culture stays null)

builder.Services.AddSingleton(sp => new MonthStore(sp.GetRequiredService<HallSettings>().DatabasePath));
builder.Services.AddSingleton<HallMonths>();

// 好差评: the rules of the scheme file's "ratings" section, the working calendars of WindowScoring:HolidayFiles, and the
// month's ratings exports (HallRatings.cs). A bad section or calendar stops the host at start, like a bad scheme.
builder.Services.AddSingleton(sp => RatingRulesJson.FromScheme(File.ReadAllText(sp.GetRequiredService<HallSettings>().SchemeFile)).EnsureSuccess().Rules!);
builder.Services.AddSingleton(sp => sp.GetRequiredService<HallSettings>().HolidayFiles is { Count: > 0 } files
    ? WorkingCalendar.Parse(string.Join("\n", files.Select(File.ReadAllText))).EnsureSuccess().Calendar
    : WorkingCalendar.WeekendsOnly);
builder.Services.AddSingleton<HallRatings>();

// File formats (TableFormats.cs, OpenXmlFormats.cs). An upload goes to the first that can read it, by its first bytes,
// media type and name: a workbook (zip signature) to WorkbookReader, anything else but a Word document to the text reader.
// A download is written by the library's ITableWriter<RankedTable> of its extension: AddWindowScoring registers CSV,
// Markdown (.md) and the report layout (.txt); the OpenXml package's .xlsx and .docx writers are added here.
builder.Services.AddSingleton<ITableUpload, WorkbookUpload>();
builder.Services.AddSingleton<ITableUpload, TextTableUpload>();
builder.Services.AddSingleton<ITableWriter<RankedTable>>(XlsxTableWriter.Default);
builder.Services.AddSingleton<ITableWriter<RankedTable>>(DocxTableWriter.Default);

// Sign-in, roles, antiforgery, rate limits and the audit log (AuthSetup.cs).
builder.Services.AddHallSignIn();

builder.Services.AddProblemDetails();
builder.Services.AddRequestLocalization(o =>
{
    CultureInfo[] cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.DefaultRequestCulture = new("zh-CN");
    o.FallBackToParentCultures = true;
    o.FallBackToParentUICultures = true;
});

var app = builder.Build();

// Fail at start, not at the first request: a bad scheme file or an unwritable database path stops the host here.
_ = app.Services.GetRequiredService<ScoringScheme>();
_ = app.Services.GetRequiredService<HallRatings>();
app.Services.GetRequiredService<MonthStore>().EnsureCreated();
app.Services.GetRequiredService<AuditLog>().EnsureCreated();
await HallAccounts.EnsureCreatedAsync(app.Services); // Identity's tables, the roles, the first administrator

app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseRequestLocalization();
app.UseHallSignIn();
app.MapHallSignIn();
app.MapHallApi();
app.MapHallRatings(); // POST/GET /api/months/{period}/ratings (HallRatings.cs)
app.MapClerkPages(); // /account/sign-in, /hall: server-rendered pages for clerks (ClerkPages.cs)
app.MapGet("/", () => Results.Redirect("/api/months")).ExcludeFromDescription();
app.Run();

/// <summary>The entry point; public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
