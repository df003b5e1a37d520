using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using WindowScoring.Import;
using WindowScoring.Ratings;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>
/// A month's citizens' ratings (好差评): the assessor's upload of the national platform's export beside the month's table
/// (<c>POST /api/months/{period}/ratings</c>, revisions like months), and the month's 好差评 table drawn up from the latest
/// export under the scheme file's <c>ratings</c> section and the hall's working calendar. Every rule is the library's
/// (<see cref="RatingReader"/>, <see cref="RatingTally"/>).
/// </summary>
internal sealed class HallRatings(MonthStore store, RatingRules rules, WorkingCalendar calendar, ImportOptions options)
{
    /// <summary>Reads an export (its charset, when the upload named one, overrides detection) and tallies it for the month.</summary>
    public (RatingReadResult Read, RatingTable Table) Tally(AssessmentPeriod month, byte[] body, string? charset)
    {
        var read = Read(body, options with { Encoding = Encoding(charset), Period = null });
        return (read, RatingTally.Tabulate(read.Ratings, month, rules, calendar));
    }

    /// <summary>The month's 好差评 table from a stored export (the latest when <paramref name="revision"/> is null); null when there is none.</summary>
    public async Task<RatingTable?> TableAsync(AssessmentPeriod month, CancellationToken cancellationToken, int? revision = null) =>
        await store.LoadRatingExportAsync(month, revision, cancellationToken) is { } stored ? Tally(month, stored.Body, stored.Charset).Table : null;

    // A workbook (.xlsx, .xls: told by its first bytes) through the OpenXml package's source, its first visible sheet;
    // anything else as CSV or TSV text.
    private static RatingReadResult Read(byte[] body, ImportOptions options)
    {
        using var stream = new MemoryStream(body, writable: false);
        if (!OpenXmlFiles.IsPackage(body.AsSpan(0, Math.Min(8, body.Length))))
        {
            return RatingReader.Default.Read(stream, options);
        }

        using var source = new WindowScoring.OpenXml.XlsxTableSource(stream, options);
        return RatingReader.Default.Read(source, options);
    }

    /// <summary>The charset a media type names, when this host can decode it.</summary>
    public static string? Charset(string? mediaType) =>
        MediaTypeHeaderValue.TryParse(mediaType, out var type) && type.Charset is { Length: > 0 } charset && Encoding(HeaderUtilities.RemoveQuotes(charset).ToString()) is not null
            ? HeaderUtilities.RemoveQuotes(charset).ToString()
            : null;

    private static Encoding? Encoding(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? System.Text.Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // UploadRequest refused it already (415)
        }
    }
}

/// <summary>The ratings endpoints.</summary>
internal static class RatingEndpoints
{
    public static IEndpointRouteBuilder MapHallRatings(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/months/{period}/ratings", UploadAsync)
            .RequireAuthorization(HallPolicies.Write)
            .RequireRateLimiting(HallRateLimits.Upload)
            .AddEndpointFilter(MonthEndpoints.Audit("ratings.upload"))
            .DisableAntiforgery(); // checked in UploadRequest, as for months
        var read = app.MapGroup(string.Empty).RequireAuthorization(HallPolicies.Read);
        read.MapGetAndHead("/api/months/{period}/ratings", GetAsync);
        read.MapGetAndHead("/api/months/{period}/ratings/revisions", RevisionsAsync);
        return app;
    }

    /// <summary>
    /// POST /api/months/{period}/ratings: a ratings export (CSV or TSV, UTF-8 or GBK, or the charset the Content-Type names)
    /// as the raw body or the one file of a multipart form, under the same limits, sign-in and antiforgery rules as a
    /// month's table. An export with errors, or with ratings the month cannot count (dated outside it), is refused whole
    /// (422 with every diagnostic); a month that has an export gets its next revision, which needs a reason.
    /// </summary>
    internal static async Task<IResult> UploadAsync(
        string period,
        HttpContext http,
        [FromServices] HallRatings ratings,
        [FromServices] MonthStore store,
        [FromServices] HallSettings settings,
        CancellationToken cancellationToken)
    {
        if (!MonthEndpoints.TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        try
        {
            return await StoreAsync(month, http, ratings, store, settings, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return MonthEndpoints.TooLarge(settings);
        }
    }

    private static async Task<IResult> StoreAsync(AssessmentPeriod month, HttpContext http, HallRatings ratings, MonthStore store, HallSettings settings, CancellationToken cancellationToken)
    {
        var (file, refused) = await UploadRequest.ReadAsync(http, settings, cancellationToken);
        if (file is null)
        {
            return refused!;
        }

        if (file.Reason is null && await store.LatestRatingExportAsync(month, cancellationToken) is > 0 and var latest)
        {
            return MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "ReasonRequired", HallText.Get("RatingsReasonRequired.Detail", month, latest, latest + 1));
        }

        // The body, whole (an export is small; the limit is the month's), hashed as it is read.
        var hashed = new Sha256Stream(file.Body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await hashed.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > settings.MaxUploadBytes)
            {
                return MonthEndpoints.TooLarge(settings);
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        if (OpenXmlFiles.IsWordDocument(file.MediaType, file.FileName))
        {
            return MonthEndpoints.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported", HallText.Get("RatingsUnsupported.Detail"));
        }

        if (UploadRequest.NamedPeriod(null, file.FileName) is { } named && named != month)
        {
            return MonthEndpoints.Problem(StatusCodes.Status422UnprocessableEntity, "PeriodMismatch", HallText.Get("PeriodMismatch.Detail", named, month));
        }

        var charset = HallRatings.Charset(file.MediaType);
        var (export, table) = ratings.Tally(month, body, charset);
        if (export.Diagnostics.Any(d => d.Code == DiagnosticCodes.InputTooLarge))
        {
            return MonthEndpoints.TooLarge(settings);
        }

        var diagnostics = export.Diagnostics.Concat(table.Diagnostics).OrderBy(d => d.Line ?? 0).ToList();
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            return MonthEndpoints.Problem(StatusCodes.Status422UnprocessableEntity, "FileErrors", HallText.Get("FileErrors.Detail", errors), diagnostics);
        }

        var checksum = await hashed.FinishAsync(cancellationToken);
        var upload = new RatingExportUpload(HallAccounts.Name(http.User), file.Reason, export.Ratings.Count, checksum, charset, body);
        if (await store.AddRatingExportAsync(month, upload, cancellationToken) is not { } number)
        {
            var now = await store.LatestRatingExportAsync(month, cancellationToken); // another upload made the month's export first
            return MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "ReasonRequired", HallText.Get("RatingsReasonRequired.Detail", month, now, now + 1));
        }

        http.Items[MonthEndpoints.AuditDetail] = $"ratings revision {number}, {export.Ratings.Count} ratings, sha256 {checksum}" + (file.Reason is { } why ? $", reason: {why}" : string.Empty);
        return Results.Created($"/api/months/{month}/ratings", new
        {
            Period = month.ToString(),
            Revision = number,
            Sha256 = checksum,
            Ratings = export.Ratings.Count,
            Counted = table.Rows.Sum(r => r.Counted),
            Pending = table.Pending.Count,
            Diagnostics = ProblemErrors.Extensions(diagnostics)["errors"],
        });
    }

    /// <summary>GET /api/months/{period}/ratings/revisions: every ratings export of the month, oldest first.</summary>
    private static async Task<IResult> RevisionsAsync(string period, [FromServices] MonthStore store, CancellationToken cancellationToken)
    {
        if (!MonthEndpoints.TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        var revisions = await store.ListRatingExportsAsync(month, cancellationToken);
        return revisions.Count == 0
            ? MonthEndpoints.NotFound("NotFound.Ratings", month)
            : Results.Ok(revisions.Select(r => r with { Url = $"/api/months/{month}/ratings?revision={r.Number}" }));
    }

    /// <summary>
    /// GET /api/months/{period}/ratings[?revision=N]: the month's 好差评 table as JSON (from its latest export, or the
    /// revision named), ranked (rates as exact fractions' display text and value).
    /// </summary>
    private static async Task<IResult> GetAsync(string period, int? revision, [FromServices] HallRatings ratings, CancellationToken cancellationToken)
    {
        if (!MonthEndpoints.TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        if (await ratings.TableAsync(month, cancellationToken, revision) is not { } table)
        {
            return revision is null ? MonthEndpoints.NotFound("NotFound.Ratings", month) : MonthEndpoints.NotFound("NotFound.Revision", month, revision);
        }

        var decimals = table.Rules.Decimals;
        return Results.Ok(new
        {
            Period = month.ToString(),
            Rows = table.Rows.Select(r => new
            {
                r.Rank,
                r.PrintedRank,
                Department = r.Department.Name,
                r.Counted,
                r.VerySatisfied,
                r.Satisfied,
                r.FairlySatisfied,
                r.Dissatisfied,
                r.VeryDissatisfied,
                SatisfactionRate = r.Counted == 0 ? null : r.FormatRate(decimals),
                r.Negative,
                r.Defaults,
                r.Rectified,
                r.RectifiedOnTime,
                r.Overdue,
                r.PendingAppeals,
                r.UpheldAppeals,
            }),
            Diagnostics = ProblemErrors.Extensions(table.Diagnostics)["errors"],
        });
    }
}
