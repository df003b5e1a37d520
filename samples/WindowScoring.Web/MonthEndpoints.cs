using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Validation;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>The sample's HTTP API. Every rule (reading, validating, ranking, aggregating) is the library's.</summary>
internal static class MonthEndpoints
{
    public static IEndpointRouteBuilder MapHallApi(this IEndpointRouteBuilder app)
    {
        // Reads are open unless WindowScoring:RequireSignInToRead; every write needs an assessor (401/403), its
        // antiforgery token when it rides on the cookie, and stays under the upload rate limit. GET endpoints answer HEAD.
        var read = app.MapGroup(string.Empty).RequireAuthorization(HallPolicies.Read);
        read.MapGetAndHead("/api/months", async ([FromServices] MonthStore store, CancellationToken token) =>
            Results.Ok((await store.ListAsync(token)).Select(m => new { m.Period, m.Title, Report = $"/api/months/{m.Period}/report" })));
        app.MapPost("/api/months/{period}", UploadAsync)
            .RequireAuthorization(HallPolicies.Write)
            .RequireRateLimiting(HallRateLimits.Upload)
            .AddEndpointFilter(Audit("month.upload"))
            .DisableAntiforgery(); // checked in the handler (UploadRequest), after the form is read under the size limit
        read.MapGetAndHead("/api/months/{period}", GetMonthAsync);
        read.MapGetAndHead("/api/months/{period}.{format}", DownloadAsync);
        read.MapGetAndHead("/api/months/{period}/report", ReportAsync);
        read.MapGetAndHead("/api/months/{period}/revisions", Revisions.ListAsync);
        read.MapGetAndHead("/api/history/{period}", HistoryAsync);
        return app;
    }

    /// <summary>
    /// POST /api/months/{period}: a table as the raw body or as the one file of a multipart form. A month that exists gets
    /// its next revision, which needs a reason (<c>reason</c> field or <c>?reason=</c>).
    /// </summary>
    internal static async Task<IResult> UploadAsync(
        string period,
        HttpContext http,
        [FromServices] IEnumerable<ITableUpload> uploads,
        [FromServices] AssessmentTableReader reader,
        [FromServices] IValidator<AssessmentTable> validator,
        [FromServices] MonthStore store,
        [FromServices] HallSettings settings,
        CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        try
        {
            return await StoreUploadAsync(month, http, uploads, reader, validator, store, settings, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings); // Kestrel's body limit, met while reading a chunked body
        }
    }

    private static async Task<IResult> StoreUploadAsync(
        AssessmentPeriod month,
        HttpContext http,
        IEnumerable<ITableUpload> uploads,
        AssessmentTableReader reader,
        IValidator<AssessmentTable> validator,
        MonthStore store,
        HallSettings settings,
        CancellationToken cancellationToken)
    {
        var (file, refused) = await UploadRequest.ReadAsync(http, settings, cancellationToken);
        if (file is null)
        {
            return refused!;
        }

        if (file.Reason is null && await store.LatestRevisionAsync(month, cancellationToken) is > 0 and var latest)
        {
            return ReasonRequired(month, latest);
        }

        // The reader is picked by the file's first bytes (a zip package is a workbook) as well as its media type and name.
        var hashed = new Sha256Stream(file.Body);
        (var head, var body) = await PrefixedStream.PeekAsync(hashed, 4, cancellationToken);
        if (uploads.FirstOrDefault(u => u.CanRead(head, file.MediaType, file.FileName)) is not { } upload)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported");
        }

        // The request's language (request localization sets the UI culture) reaches the importer and the validators alike:
        // MessageCatalog.Culture is left null, so every message follows the UI culture of the call. No period is imposed:
        // the period the file names itself (its title) is compared with the URL's below.
        var options = reader.Defaults with { Period = null };
        var import = await upload.ReadAsync(body, file.MediaType, options, cancellationToken);
        if (import.Diagnostics.Any(d => d.Code == DiagnosticCodes.InputTooLarge))
        {
            return TooLarge(settings);
        }

        if (UploadRequest.NamedPeriod(import.Period, file.FileName) is { } named && named != month)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "PeriodMismatch", HallText.Get("PeriodMismatch.Detail", named, month));
        }

        var diagnostics = import.Diagnostics.Where(d => d.Code != DiagnosticCodes.PeriodInferred).ToList();
        AssessmentTable? table = null;
        if (!import.HasErrors)
        {
            table = import.ToTable();
            diagnostics.AddRange(validator.Validate(table).ToDiagnostics(import.Rows));
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (table is null || errors > 0)
        {
            return Problem(
                StatusCodes.Status422UnprocessableEntity,
                "FileErrors",
                HallText.Get("FileErrors.Detail", errors),
                diagnostics.OrderBy(d => d.Line ?? 0));
        }

        if (StorableText.FirstUnstorable(import) is var (line, field, character))
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "TextInvalid", HallText.Get("TextInvalid.Detail", line?.ToString(CultureInfo.InvariantCulture) ?? "-", field, character));
        }

        var checksum = await hashed.FinishAsync(cancellationToken);
        var by = HallAccounts.Name(http.User);
        if (await store.AddRevisionAsync(month, import.Title, table, new RevisionUpload(by, file.Reason, checksum), cancellationToken) is not { } revision)
        {
            return ReasonRequired(month, await store.LatestRevisionAsync(month, cancellationToken)); // another upload made the month first
        }

        http.Items[AuditDetail] = $"revision {revision.Number}, {revision.Rows} rows, sha256 {checksum}" + (file.Reason is { } why ? $", reason: {why}" : string.Empty);
        return Results.Created($"/api/months/{month}", new
        {
            Period = month.ToString(),
            import.Title,
            Revision = revision.Number,
            revision.Sha256,
            Assessments = table.Count,
            NotAssessed = table.NotAssessed.Count,
            Diagnostics = ProblemErrors.Extensions(diagnostics)["errors"],
        });
    }

    internal const string AuditDetail = "WindowScoring.AuditDetail";

    // Every upload that reached the handler (an assessor's), stored or refused, goes to the audit log with its status.
    internal static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Audit(string action) =>
        (context, next) => AuditUploadAsync(action, context, next);

    private static async ValueTask<object?> AuditUploadAsync(string action, EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        var detail = http.Items[AuditDetail] as string ?? (result as IValueHttpResult)?.Value switch
        {
            ProblemDetails problem => problem.Title + (problem.Detail is { } d ? ": " + d : string.Empty),
            _ => null,
        };
        await http.RequestServices.GetRequiredService<AuditLog>().WriteAsync(http, action, http.GetRouteValue("period") as string, status, detail);
        return result;
    }

    private static IResult ReasonRequired(AssessmentPeriod month, int latest) =>
        Problem(StatusCodes.Status400BadRequest, "ReasonRequired", HallText.Get("ReasonRequired.Detail", month, latest, latest + 1));

    /// <summary>
    /// GET /api/months/{period}: the ranked month as JSON (decimals as exact JSON numbers), its rows serialized as they are
    /// projected (<see cref="MonthJson"/>), so the body streams out without a second copy of the month.
    /// </summary>
    private static async Task<IResult> GetMonthAsync(string period, int? revision, [FromServices] HallMonths months, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        return await months.RevisionAsync(month, revision, cancellationToken) is var (table, stored)
            ? Results.Ok(MonthJson.From(table) with { Revision = RevisionJson.From(stored) })
            : NotFound(revision is null ? "NotFound.Month" : "NotFound.Revision", month, revision);
    }

    /// <summary>GET /api/months/{period}.csv, .md, .txt, .xlsx or .docx: the registered writers, straight into the response body.</summary>
    private static async Task<IResult> DownloadAsync(string period, string format, [FromServices] IEnumerable<ITableWriter<RankedTable>> writers, [FromServices] HallMonths months, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        var available = writers.ToArray();
        var names = string.Join(", ", available.Select(w => w.FileExtension));
        if (available.FirstOrDefault(w => w.FileExtension.Equals(format, StringComparison.OrdinalIgnoreCase)) is not { } writer)
        {
            return Problem(StatusCodes.Status404NotFound, "DownloadUnknown", HallText.Get("DownloadUnknown.Detail", format, names));
        }

        if (await months.RankedAsync(month, cancellationToken) is not { } table)
        {
            return NotFound("NotFound.Month", month);
        }

        // Nothing buffered here: the text writers pass on a few kilobytes at a time; .xlsx and .docx are built in a
        // temporary file (the Open XML SDK needs a stream it can seek) and copied from it.
        return Results.Stream(body => writer.WriteAsync(table, body, cancellationToken), writer.MediaType, $"{month}.{writer.FileExtension}");
    }

    /// <summary>GET /api/months/{period}/report: the printable page, written to the response as it is made.</summary>
    /// <remarks>With the month's latest ratings export, the page has its 好差评 section.</remarks>
    private static async Task<IResult> ReportAsync(string period, int? revision, [FromServices] HallMonths months, [FromServices] HallRatings ratings, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        return await months.WithMovementAsync(month, revision, cancellationToken) is { } found
            ? ReportPage.Result(found.Table, found.Previous, found.Movements, found.Revision, await ratings.TableAsync(month, cancellationToken))
            : NotFound(revision is null ? "NotFound.Month" : "NotFound.Revision", month, revision);
    }

    /// <summary>GET /api/history/{period}?method=average|sum: a quarter, half-year or year from the stored months.</summary>
    private static async Task<IResult> HistoryAsync(string period, string? method, [FromServices] HallMonths months, [FromServices] AggregationOptions defaults, CancellationToken cancellationToken)
    {
        if (!AssessmentPeriod.TryParse(period, out var parsed))
        {
            return Problem(StatusCodes.Status400BadRequest, "PeriodInvalid", HallText.Get("PeriodInvalid.Detail", HallText.Get("PeriodInvalid.Any"), period));
        }

        AggregationMethod aggregation;
        switch (method?.Trim().ToLowerInvariant())
        {
            case null or "":
                aggregation = defaults.Method;
                break;
            case "average":
                aggregation = AggregationMethod.Average;
                break;
            case "sum":
                aggregation = AggregationMethod.Sum;
                break;
            default: // weighted needs evaluation scores, which this sample does not collect
                return Problem(StatusCodes.Status400BadRequest, "MethodInvalid", HallText.Get("MethodInvalid.Detail", method));
        }

        if (await months.HistoryAsync(parsed, cancellationToken) is not { } history)
        {
            return NotFound("NotFound.Period", parsed);
        }

        var table = history.Aggregate(parsed, defaults with { Method = aggregation });
        return Results.Ok(HistoryJson.From(table, history.Diagnostics));
    }

    internal static bool TryMonth(string text, out AssessmentPeriod month, out IResult problem)
    {
        if (AssessmentPeriod.TryParse(text, out month) && month.Kind == PeriodKind.Month)
        {
            problem = Results.Empty;
            return true;
        }

        problem = Problem(StatusCodes.Status400BadRequest, "PeriodInvalid", HallText.Get("PeriodInvalid.Detail", HallText.Get("PeriodInvalid.Month"), text));
        return false;
    }

    internal static IResult TooLarge(HallSettings settings) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "TooLarge", HallText.Get("TooLarge.Detail", settings.MaxUploadBytes));

    internal static IResult NotFound(string key, AssessmentPeriod period, object? more = null) =>
        Problem(StatusCodes.Status404NotFound, "NotFound", HallText.Get(key, period, more));

    // A problem response; its diagnostics, when given, are listed up to a bound and the rest counted by code (ProblemErrors).
    internal static IResult Problem(int status, string key, string? detail = null, IEnumerable<Diagnostic>? diagnostics = null) =>
        Results.Problem(
            title: HallText.Get(key + ".Title"),
            detail: detail ?? HallText.Get(key + ".Detail"),
            statusCode: status,
            extensions: diagnostics is null ? null : ProblemErrors.Extensions(diagnostics));
}
