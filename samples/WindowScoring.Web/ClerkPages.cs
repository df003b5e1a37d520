using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WindowScoring.Import;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>
/// Pages for clerks, server-rendered with no script: sign in (<c>/account/sign-in</c>), the months (<c>/hall</c>), a
/// month's revisions and its upload form (<c>/hall/months/{period}</c>): the file (CSV, TSV or workbook), a reason for a
/// correction, the antiforgery token. An upload goes through the API's own handler; its errors (line, column, value,
/// message, in the request's language) are shown in the page. The pages sign in with the Identity cookie.
/// </summary>
internal static class ClerkPages
{
    private static readonly AuthorizeAttribute SignedIn = new() { AuthenticationSchemes = IdentityConstants.ApplicationScheme };
    private static readonly AuthorizeAttribute Assessor = new(HallPolicies.Write) { AuthenticationSchemes = IdentityConstants.ApplicationScheme };

    public static IEndpointRouteBuilder MapClerkPages(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/account/sign-in", SignInPage).ExcludeFromDescription();
        app.MapPost("/account/sign-in", SignInAsync).RequireRateLimiting(HallRateLimits.SignIn).ExcludeFromDescription(); // form binding: antiforgery checked by the framework
        app.MapPost("/account/sign-out", SignOutAsync).RequireAuthorization(SignedIn).ExcludeFromDescription();
        app.MapGetAndHead("/hall", HallAsync).RequireAuthorization(SignedIn).ExcludeFromDescription();
        app.MapGet("/hall/month", (string? period) => MonthEndpoints.TryMonth(period ?? string.Empty, out var month, out _)
            ? Results.Redirect($"/hall/months/{month}")
            : Results.Redirect("/hall")).RequireAuthorization(SignedIn).ExcludeFromDescription();
        app.MapGetAndHead("/hall/months/{period}", MonthAsync).RequireAuthorization(SignedIn).ExcludeFromDescription();
        app.MapPost("/hall/months/{period}", UploadAsync)
            .RequireAuthorization(Assessor)
            .RequireRateLimiting(HallRateLimits.Upload)
            .AddEndpointFilter(MonthEndpoints.Audit("month.upload"))
            .DisableAntiforgery() // the form's token is checked by the upload (UploadRequest), after the form is read under the size limit
            .ExcludeFromDescription();
        return app;
    }

    private static IResult SignInPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl) => SignInForm(http, antiforgery, returnUrl, null, null);

    private static async Task<IResult> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, AuditLog audit,
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl is { Length: > 0 } local && local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? local : "/hall");
        }

        await audit.WriteAsync(null, "sign-in.failed", email, StatusCodes.Status401Unauthorized, result.IsLockedOut ? "LockedOut" : "Failed", http.Connection.RemoteIpAddress?.ToString());
        return SignInForm(http, antiforgery, returnUrl, email, HallText.Get(result.IsLockedOut ? "Page.LockedOut" : "Page.SignInFailed"), StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SignOutAsync(SignInManager<IdentityUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.Redirect("/account/sign-in");
    }

    private static async Task<IResult> HallAsync(HttpContext http, IAntiforgery antiforgery, MonthStore store, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(HallText.Get("Page.Months"))).Append("</h1>\n<form method=\"get\" action=\"/hall/month\">")
            .Append("<label>").Append(E(HallText.Get("Page.Month"))).Append(" <input type=\"month\" name=\"period\" id=\"period\" required></label> ")
            .Append("<button type=\"submit\" id=\"open-month\">").Append(E(HallText.Get("Page.Open"))).Append("</button></form>\n<ul id=\"months\">\n");
        foreach (var (period, title) in await store.ListAsync(cancellationToken))
        {
            html.Append("<li><a href=\"/hall/months/").Append(E(period)).Append("\">").Append(E(period)).Append("</a> ").Append(E(title ?? string.Empty))
                .Append(" · <a href=\"/api/months/").Append(E(period)).Append("/report\">").Append(E(HallText.Get("Page.Report"))).Append("</a></li>\n");
        }

        html.Append("</ul>\n");
        return Page(http, antiforgery, HallText.Get("Page.Months"), html.ToString());
    }

    private static async Task<IResult> MonthAsync(string period, HttpContext http, IAntiforgery antiforgery, MonthStore store, int? stored, CancellationToken cancellationToken)
    {
        if (!MonthEndpoints.TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        var notice = stored is { } n ? HallText.Get("Page.Stored", month, n) : null;
        return await MonthPage(http, antiforgery, store, month, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> UploadAsync(
        string period,
        HttpContext http,
        IAntiforgery antiforgery,
        [FromServices] IEnumerable<ITableUpload> uploads,
        [FromServices] AssessmentTableReader reader,
        [FromServices] IValidator<AssessmentTable> validator,
        [FromServices] MonthStore store,
        [FromServices] HallSettings settings,
        CancellationToken cancellationToken)
    {
        var result = await MonthEndpoints.UploadAsync(period, http, uploads, reader, validator, store, settings, cancellationToken);
        if (!MonthEndpoints.TryMonth(period, out var month, out _))
        {
            return result;
        }

        switch (result)
        {
            case IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created }:
                var latest = await store.LatestRevisionAsync(month, cancellationToken);
                return Results.Redirect($"/hall/months/{month}?stored={latest}"); // after a POST, a GET: a reload uploads nothing
            case ProblemHttpResult problem:
                return await MonthPage(http, antiforgery, store, month, null, problem.ProblemDetails, problem.StatusCode, cancellationToken);
            default:
                return result;
        }
    }

    private static async Task<IResult> MonthPage(HttpContext http, IAntiforgery antiforgery, MonthStore store, AssessmentPeriod month, string? notice, ProblemDetails? problem, int status, CancellationToken cancellationToken)
    {
        var revisions = await store.ListRevisionsAsync(month, cancellationToken);
        var html = new StringBuilder();
        html.Append("<p><a href=\"/hall\">").Append(E(HallText.Get("Page.Months"))).Append("</a></p>\n<h1>").Append(E(month.ToString())).Append("</h1>\n");
        if (notice is not null)
        {
            html.Append("<p class=\"notice\" id=\"notice\">").Append(E(notice)).Append("</p>\n");
        }

        if (problem is not null)
        {
            AppendProblem(html, problem);
        }

        if (revisions.Count > 0)
        {
            html.Append("<p><a href=\"/api/months/").Append(month).Append("/report\" id=\"report\">").Append(E(HallText.Get("Page.Report"))).Append("</a></p>\n")
                .Append("<table id=\"revisions\"><thead><tr>");
            foreach (var heading in new[] { "Page.Revision", "Page.UploadedAt", "Page.UploadedBy", "Page.Reason", "Page.Rows", "SHA-256" })
            {
                html.Append("<th>").Append(E(heading.StartsWith("Page.", StringComparison.Ordinal) ? HallText.Get(heading) : heading)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (var r in revisions.Reverse())
            {
                html.Append("<tr><td class=\"number\"><a href=\"/api/months/").Append(month).Append("/report?revision=").Append(r.Number).Append("\">").Append(r.Number).Append("</a></td><td>")
                    .Append(E(r.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</td><td>")
                    .Append(E(r.UploadedBy ?? string.Empty)).Append("</td><td class=\"reason\">").Append(E(r.Reason ?? string.Empty)).Append("</td><td>")
                    .Append(r.Rows).Append("</td><td><code>").Append(E(r.Sha256 is { } sha ? sha[..12] : string.Empty)).Append("</code></td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }
        else
        {
            html.Append("<p>").Append(E(HallText.Get("NotFound.Month", month))).Append("</p>\n");
        }

        if (http.User.IsInRole(HallRoles.Assessor))
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            html.Append("<h2>").Append(E(HallText.Get(revisions.Count == 0 ? "Page.Upload" : "Page.Correct"))).Append("</h2>\n")
                .Append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/hall/months/").Append(month).Append("\" id=\"upload\">\n")
                .Append("<input type=\"hidden\" name=\"").Append(E(tokens.FormFieldName)).Append("\" value=\"").Append(E(tokens.RequestToken ?? string.Empty)).Append("\">\n")
                .Append("<p><label>").Append(E(HallText.Get("Page.File"))).Append(" <input type=\"file\" name=\"file\" id=\"file\" required accept=\".csv,.tsv,.txt,.xlsx\"></label></p>\n");
            if (revisions.Count > 0)
            {
                html.Append("<p><label>").Append(E(HallText.Get("Page.Reason"))).Append(" <input type=\"text\" name=\"reason\" id=\"reason\" required maxlength=\"")
                    .Append(UploadRequest.MaxReasonLength).Append("\" size=\"60\"></label></p>\n");
            }

            html.Append("<p><button type=\"submit\" id=\"send\">").Append(E(HallText.Get("Page.Send"))).Append("</button></p>\n</form>\n");
        }

        return Page(http, antiforgery, month.ToString(), html.ToString(), status);
    }

    private static void AppendProblem(StringBuilder html, ProblemDetails problem)
    {
        html.Append("<section class=\"problem\" id=\"problem\" role=\"alert\">\n<h2>").Append(E(problem.Title ?? string.Empty)).Append("</h2>\n");
        if (problem.Detail is { } detail)
        {
            html.Append("<p>").Append(E(detail)).Append("</p>\n");
        }

        if (problem.Extensions.TryGetValue("errors", out var value) && value is IEnumerable<ProblemError> errors)
        {
            html.Append("<table id=\"errors\"><thead><tr><th>").Append(E(HallText.Get("Page.Line"))).Append("</th><th>").Append(E(HallText.Get("Page.Column")))
                .Append("</th><th>").Append(E(HallText.Get("Page.Value"))).Append("</th><th>").Append(E(HallText.Get("Page.Message"))).Append("</th></tr></thead><tbody>\n");
            foreach (var e in errors)
            {
                html.Append("<tr class=\"").Append(E(e.Severity)).Append("\"><td class=\"line\">").Append(e.Line?.ToString(CultureInfo.InvariantCulture) ?? e.Cell ?? string.Empty)
                    .Append("</td><td>").Append(E(e.Column ?? string.Empty)).Append("</td><td>").Append(E(e.Value ?? string.Empty))
                    .Append("</td><td class=\"message\">").Append(E(e.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
            if (problem.Extensions.TryGetValue("omitted", out var omitted) && omitted is IDictionary<string, int> counts)
            {
                html.Append("<p>").Append(E(HallText.Get("Page.Omitted", string.Join(", ", counts.Select(c => $"{c.Key} × {c.Value}"))))).Append("</p>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static IResult SignInForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? email, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(HallText.Get("Page.SignIn"))).Append("</h1>\n");
        if (error is not null)
        {
            html.Append("<p class=\"problem\" id=\"problem\" role=\"alert\">").Append(E(error)).Append("</p>\n");
        }

        html.Append("<form method=\"post\" action=\"/account/sign-in\" id=\"sign-in\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(E(tokens.FormFieldName)).Append("\" value=\"").Append(E(tokens.RequestToken ?? string.Empty)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl ?? string.Empty)).Append("\">\n")
            .Append("<p><label>").Append(E(HallText.Get("Page.Email"))).Append(" <input type=\"email\" name=\"email\" id=\"email\" required autocomplete=\"username\" value=\"").Append(E(email ?? string.Empty)).Append("\"></label></p>\n")
            .Append("<p><label>").Append(E(HallText.Get("Page.Password"))).Append(" <input type=\"password\" name=\"password\" id=\"password\" required autocomplete=\"current-password\"></label></p>\n")
            .Append("<p><button type=\"submit\" id=\"submit\">").Append(E(HallText.Get("Page.SignIn"))).Append("</button></p>\n</form>\n");
        return Page(http, antiforgery, HallText.Get("Page.SignIn"), html.ToString(), status);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string title, string body, int status = StatusCodes.Status200OK)
    {
        var chinese = HallText.IsChinese(CultureInfo.CurrentUICulture);
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(chinese ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            html.Append("<header><span id=\"account\">").Append(E(http.User.Identity.Name ?? string.Empty)).Append("</span> ")
                .Append("<form method=\"post\" action=\"/account/sign-out\" class=\"inline\"><input type=\"hidden\" name=\"").Append(E(tokens.FormFieldName)).Append("\" value=\"")
                .Append(E(tokens.RequestToken ?? string.Empty)).Append("\"><button type=\"submit\">").Append(E(HallText.Get("Page.SignOut"))).Append("</button></form></header>\n");
        }

        html.Append("<main>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; }
        header { text-align: right; } form.inline { display: inline; }
        table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
        .problem { border: 2px solid #a00; padding: .5em 1em; background: #fff4f4; }
        .notice { border: 2px solid #060; padding: .5em 1em; background: #f4fff4; }
        tr.error td.message { color: #a00; }

        """;
}
