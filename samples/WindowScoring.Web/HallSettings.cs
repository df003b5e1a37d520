using Microsoft.Extensions.Hosting;

namespace WindowScoring.Web;

/// <summary>
/// The sample's settings, from the <c>WindowScoring</c> section of the configuration (appsettings.json, environment
/// variables such as <c>WindowScoring__Database</c>, or the command line): where the SQLite file lives, which scheme
/// JSON file the hall scores under, and the largest upload accepted.
/// </summary>
internal sealed class HallSettings
{
    private HallSettings(string databasePath, string schemeFile, long maxUploadBytes)
    {
        DatabasePath = databasePath;
        SchemeFile = schemeFile;
        MaxUploadBytes = maxUploadBytes;
    }

    /// <summary>The SQLite database file; created with its folder on first start.</summary>
    public string DatabasePath { get; }

    /// <summary>The scheme JSON file (see <c>SchemeJson</c>).</summary>
    public string SchemeFile { get; }

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
            maxBytes);
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
