using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Validation;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>The sample's HTTP API. Every rule (reading, validating, ranking, aggregating) is the library's.</summary>
internal static class MonthEndpoints
{
    // Room for the multipart boundaries and part headers around a file of MaxUploadBytes.
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapHallApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/months", async ([FromServices] MonthStore store, CancellationToken token) =>
            Results.Ok((await store.ListAsync(token)).Select(m => new { m.Period, m.Title, Report = $"/api/months/{m.Period}/report" })));
        app.MapPost("/api/months/{period}", UploadAsync);
        app.MapGet("/api/months/{period}", GetMonthAsync);
        app.MapGet("/api/months/{period}.{format}", DownloadAsync);
        app.MapGet("/api/months/{period}/report", ReportAsync);
        app.MapGet("/api/history/{period}", HistoryAsync);
        return app;
    }

    /// <summary>POST /api/months/{period}: a table as the raw body or as the file of a multipart form.</summary>
    private static async Task<IResult> UploadAsync(
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

        var request = http.Request;
        var multipart = MediaTypeHeaderValue.TryParse(request.ContentType, out var requestType)
            && requestType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var limit = settings.MaxUploadBytes + (multipart ? MultipartOverhead : 0);
        if (request.ContentLength > limit)
        {
            return TooLarge(settings);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 1; // Kestrel stops a chunked body beyond it; the importer counts the file itself
        }

        var body = request.Body;
        var mediaType = multipart ? null : request.ContentType;
        string? fileName = null;
        if (multipart)
        {
            var boundary = HeaderUtilities.RemoveQuotes(requestType!.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return Problem(StatusCodes.Status400BadRequest, "NoFile");
            }

            var sections = new MultipartReader(boundary, request.Body);
            var found = false;
            while (await sections.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && (disposition.FileName.HasValue || disposition.FileNameStar.HasValue))
                {
                    (body, mediaType, fileName, found) = (section.Body, section.ContentType, HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value, true);
                    break;
                }
            }

            if (!found)
            {
                return Problem(StatusCodes.Status400BadRequest, "NoFile");
            }
        }

        // The reader is picked by the file's first bytes (a zip package is a workbook) as well as its media type and name.
        (var head, body) = await PrefixedStream.PeekAsync(body, 4, cancellationToken);
        if (uploads.FirstOrDefault(u => u.CanRead(head, mediaType, fileName)) is not { } upload)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported");
        }

        // The request's language (request localization) reaches the importer here and the validators through the UI culture.
        var options = reader.Defaults with { Period = month, MessageCulture = CultureInfo.CurrentUICulture };
        var import = await upload.ReadAsync(body, mediaType, options, cancellationToken);
        if (import.Diagnostics.Any(d => d.Code == DiagnosticCodes.InputTooLarge))
        {
            return TooLarge(settings);
        }

        var diagnostics = import.Diagnostics.ToList();
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

        await store.ReplaceMonthAsync(month, import.Title, table, cancellationToken);
        return Results.Created($"/api/months/{month}", new
        {
            Period = month.ToString(),
            import.Title,
            Assessments = table.Count,
            NotAssessed = table.NotAssessed.Count,
            Diagnostics = diagnostics.Select(ProblemError.From),
        });
    }

    /// <summary>GET /api/months/{period}: the ranked month as JSON (decimals as exact JSON numbers).</summary>
    private static async Task<IResult> GetMonthAsync(string period, [FromServices] HallMonths months, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        return await months.RankedAsync(month, cancellationToken) is { } table
            ? Results.Ok(MonthJson.From(table))
            : NotFound("NotFound.Month", month);
    }

    /// <summary>GET /api/months/{period}.csv, .xlsx or .docx: the registered downloads.</summary>
    private static async Task<IResult> DownloadAsync(string period, string format, [FromServices] IEnumerable<ITableDownload> downloads, [FromServices] HallMonths months, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        var available = downloads.ToArray();
        var names = string.Join(", ", available.Select(d => d.Extension));
        if (available.FirstOrDefault(d => d.Extension.Equals(format, StringComparison.OrdinalIgnoreCase)) is not { } download)
        {
            return Problem(StatusCodes.Status404NotFound, "DownloadUnknown", HallText.Get("DownloadUnknown.Detail", format, names));
        }

        if (await months.RankedAsync(month, cancellationToken) is not { } table)
        {
            return NotFound("NotFound.Month", month);
        }

        var buffer = new MemoryStream();
        download.Write(table, buffer);
        return Results.File(buffer.ToArray(), download.ContentType, $"{month}.{download.Extension}");
    }

    /// <summary>GET /api/months/{period}/report: the printable page.</summary>
    private static async Task<IResult> ReportAsync(string period, [FromServices] HallMonths months, CancellationToken cancellationToken)
    {
        if (!TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        return await months.WithMovementAsync(month, cancellationToken) is { } found
            ? Results.Content(ReportPage.Render(found.Table, found.Previous, found.Movements), "text/html; charset=utf-8")
            : NotFound("NotFound.Month", month);
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

    private static bool TryMonth(string text, out AssessmentPeriod month, out IResult problem)
    {
        if (AssessmentPeriod.TryParse(text, out month) && month.Kind == PeriodKind.Month)
        {
            problem = Results.Empty;
            return true;
        }

        problem = Problem(StatusCodes.Status400BadRequest, "PeriodInvalid", HallText.Get("PeriodInvalid.Detail", HallText.Get("PeriodInvalid.Month"), text));
        return false;
    }

    private static IResult TooLarge(HallSettings settings) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "TooLarge", HallText.Get("TooLarge.Detail", settings.MaxUploadBytes));

    private static IResult NotFound(string key, AssessmentPeriod period) =>
        Problem(StatusCodes.Status404NotFound, "NotFound", HallText.Get(key, period));

    private static IResult Problem(int status, string key, string? detail = null, IEnumerable<Diagnostic>? diagnostics = null) =>
        Results.Problem(
            title: HallText.Get(key + ".Title"),
            detail: detail ?? HallText.Get(key + ".Detail"),
            statusCode: status,
            extensions: diagnostics is null ? null : new Dictionary<string, object?> { ["errors"] = diagnostics.Select(ProblemError.From).ToArray() });
}
