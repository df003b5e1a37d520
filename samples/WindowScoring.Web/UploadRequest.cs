using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>The file of an upload (its body, media type and name), the reason given for a correction.</summary>
internal sealed record UploadFile(Stream Body, string? MediaType, string? FileName, string? Reason);

/// <summary>
/// Takes an upload request apart before anything is read as a table: the size limit (413, also for a chunked body), the
/// charset (415 for one this host cannot decode, UTF-7 included), a multipart form (one file, 400 naming the count
/// otherwise; a <c>reason</c> field), the raw body (<c>?reason=</c>), and the antiforgery token of a write that rides on
/// the cookie (<see cref="CookieWrites"/>; a form's token is a field, so the form is read first, under the limit).
/// </summary>
internal static partial class UploadRequest
{
    /// <summary>Room for the multipart boundaries, part headers and small fields around a file of MaxUploadBytes.</summary>
    private const long MultipartOverhead = 64 * 1024;

    /// <summary>The longest reason kept with a revision.</summary>
    public const int MaxReasonLength = 500;

    public static async Task<(UploadFile? File, IResult? Problem)> ReadAsync(HttpContext http, HallSettings settings, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var multipart = MediaTypeHeaderValue.TryParse(request.ContentType, out var requestType)
            && requestType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var limit = settings.MaxUploadBytes + (multipart ? MultipartOverhead : 0);
        if (request.ContentLength > limit)
        {
            return (null, MonthEndpoints.TooLarge(settings));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 1; // Kestrel stops a chunked body beyond it (BadHttpRequestException 413, answered 413)
        }

        if (!multipart)
        {
            if (UnsupportedCharset(request.ContentType) is { } charset)
            {
                return (null, Charset(charset));
            }

            if (await CookieWrites.CheckAsync(http) is { } refused)
            {
                return (null, refused);
            }

            var (reason, tooLong) = Reason(request.Query["reason"]);
            return tooLong is not null ? (null, tooLong) : (new UploadFile(request.Body, request.ContentType, null, reason), null);
        }

        IFormCollection form;
        try
        {
            // Files over 64 KiB are buffered to a temporary file by the framework, never whole in memory.
            form = await request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 32, ValueLengthLimit = 16 * 1024, MultipartHeadersLengthLimit = 16 * 1024 },
                cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, MonthEndpoints.TooLarge(settings));
        }
        catch (InvalidDataException e) when (e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, MonthEndpoints.TooLarge(settings));
        }
        catch (InvalidDataException e)
        {
            return (null, MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "FormInvalid", HallText.Get("FormInvalid.Detail", e.Message)));
        }

        if (form.Files.Count == 0)
        {
            return (null, MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "NoFile"));
        }

        if (form.Files.Count > 1)
        {
            return (null, MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "ManyFiles", HallText.Get("ManyFiles.Detail", form.Files.Count)));
        }

        var file = form.Files[0];
        if (UnsupportedCharset(file.ContentType) is { } fileCharset)
        {
            return (null, Charset(fileCharset));
        }

        if (await CookieWrites.CheckAsync(http) is { } refusedForm)
        {
            return (null, refusedForm);
        }

        var (formReason, formTooLong) = Reason(form.TryGetValue("reason", out var field) ? field : request.Query["reason"]);
        return formTooLong is not null
            ? (null, formTooLong)
            : (new UploadFile(file.OpenReadStream(), file.ContentType, file.FileName, formReason), null);
    }

    /// <summary>
    /// The period the file names: its title's (as the reader found it), else its file name's (<c>2023-10.csv</c>,
    /// <c>2023年10月考核表.xlsx</c>); null when it names none.
    /// </summary>
    public static AssessmentPeriod? NamedPeriod(AssessmentPeriod? fromTitle, string? fileName)
    {
        if (fromTitle is not null || string.IsNullOrEmpty(fileName))
        {
            return fromTitle;
        }

        var match = MonthInName().Match(Path.GetFileNameWithoutExtension(fileName));
        return match.Success && AssessmentPeriod.TryParse($"{match.Groups["y"].Value}-{int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture):00}", out var period)
            ? period
            : null;
    }

    // The charset named in a media type when this host cannot decode it (or will not: UTF-7 hides text from filters).
    private static string? UnsupportedCharset(string? mediaType)
    {
        if (!MediaTypeHeaderValue.TryParse(mediaType, out var type) || type.Charset is not { Length: > 0 } charset)
        {
            return null;
        }

        var name = HeaderUtilities.RemoveQuotes(charset).ToString();
        Encoding? encoding;
        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) // NotSupportedException: UTF-7 is disabled
        {
            encoding = null;
        }

        return encoding is null || encoding.CodePage == 65000 ? name : null; // 65000: UTF-7
    }

    private static IResult Charset(string charset) =>
        MonthEndpoints.Problem(StatusCodes.Status415UnsupportedMediaType, "Charset", HallText.Get("Charset.Detail", charset));

    private static (string? Reason, IResult? TooLong) Reason(Microsoft.Extensions.Primitives.StringValues values)
    {
        var text = values.ToString().Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        return text.Length > MaxReasonLength
            ? (null, MonthEndpoints.Problem(StatusCodes.Status400BadRequest, "ReasonTooLong", HallText.Get("ReasonTooLong.Detail", MaxReasonLength)))
            : (text, null);
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*(?:年\s*(?<m>[0-9]{1,2})\s*月|[-_.](?<m>[0-9]{1,2}))(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthInName();
}
