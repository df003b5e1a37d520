using Microsoft.Extensions.Hosting;

namespace WindowScoring.Web;

/// <summary>
/// The sample's settings, from the <c>WindowScoring</c> section of the configuration (appsettings.json, environment
/// variables such as <c>WindowScoring__Database</c>, or the command line): where the SQLite file lives, which scheme
/// JSON file the hall scores under, the largest upload accepted, whether reading needs a sign-in and the rate limits.
/// The first administrator's account (<c>WindowScoring:Admin:Email</c>, <c>WindowScoring:Admin:Password</c>) is read
/// once at start by <see cref="HallAccounts"/>, never kept here.
/// </summary>
internal sealed class HallSettings
{
    private HallSettings(string databasePath, string schemeFile, long maxUploadBytes)
    {
        DatabasePath = databasePath;
        SchemeFile = schemeFile;
        MaxUploadBytes = maxUploadBytes;
    }

    /// <summary>True when reading months, reports, downloads and histories needs a signed-in account (any role); false by default: a hall publishes its months.</summary>
    public bool RequireSignInToRead { get; private init; }

    /// <summary>Sign-in attempts allowed per client address and minute (<c>WindowScoring:RateLimits:SignInPerMinute</c>, 10).</summary>
    public int SignInPerMinute { get; private init; } = 10;

    /// <summary>Uploads allowed per account and minute (<c>WindowScoring:RateLimits:UploadsPerMinute</c>, 30).</summary>
    public int UploadsPerMinute { get; private init; } = 30;

    /// <summary>The SQLite database file; created with its folder on first start.</summary>
    public string DatabasePath { get; }

    /// <summary>The scheme JSON file (see <c>SchemeJson</c>).</summary>
    public string SchemeFile { get; }

    /// <summary>The working calendars (public holidays and 调休 make-up days, <c>WindowScoring:HolidayFiles</c>, separated by
    /// <c>;</c>) that decide a 差评's rectification deadline; by default the bundled State Council schedules of 2024–2026.</summary>
    public IReadOnlyList<string> HolidayFiles { get; private init; } = [];

    /// <summary>The importer's byte limit (<c>ImportOptions.MaxBytes</c>); a larger body is refused with 413.</summary>
    public long MaxUploadBytes { get; }

    public static HallSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("WindowScoring");
        var database = section["Database"] is { Length: > 0 } d ? d : "App_Data/windowscoring.db";
        var scheme = section["SchemeFile"] is { Length: > 0 } s ? s : "data/sichuan-scheme.json";
        var maxBytes = section.GetValue<long?>("MaxUploadBytes") ?? 4L * 1024 * 1024;
        if (maxBytes < 1)
        {
            throw new InvalidOperationException($"WindowScoring:MaxUploadBytes must be at least 1, found {maxBytes}.");
        }

        return new HallSettings(
            Path.GetFullPath(database, environment.ContentRootPath),
            FindFile(scheme, environment.ContentRootPath),
            maxBytes)
        {
            RequireSignInToRead = section.GetValue<bool?>("RequireSignInToRead") ?? false,
            SignInPerMinute = AtLeastOne(section, "RateLimits:SignInPerMinute", 10),
            UploadsPerMinute = AtLeastOne(section, "RateLimits:UploadsPerMinute", 30),
            HolidayFiles = (section["HolidayFiles"] ?? "data/holidays-2024.txt;data/holidays-2025.txt;data/holidays-2026.txt")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => FindFile(f, environment.ContentRootPath))
                .ToArray(),
        };
    }

    private static int AtLeastOne(IConfigurationSection section, string key, int fallback)
    {
        var value = section.GetValue<int?>(key) ?? fallback;
        return value >= 1 ? value : throw new InvalidOperationException($"WindowScoring:{key} must be at least 1, found {value}.");
    }

    // A relative scheme path is looked up beside the content root first (dotnet run), then beside the program (a
    // published build, or the test host, where the bundled data/ folder is copied).
    private static string FindFile(string path, string contentRoot)
    {
        var fromRoot = Path.GetFullPath(path, contentRoot);
        var fromProgram = Path.GetFullPath(path, AppContext.BaseDirectory);
        return File.Exists(fromRoot) || !File.Exists(fromProgram) ? fromRoot : fromProgram;
    }
}
