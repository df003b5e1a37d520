using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>
/// No cross-site writes. A browser sends the Identity cookie on its own, so a write authenticated by the cookie must
/// also carry the antiforgery token (the <see cref="HeaderName"/> header, or the <c>__RequestVerificationToken</c> field
/// of a form); a bearer token is never sent by a browser on its own, so a write that carries one needs no token. An
/// anonymous write is refused before this (401). The cookie is <c>SameSite=Strict</c> as well.
/// </summary>
internal static class CookieWrites
{
    /// <summary>The request header that carries the antiforgery token.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    /// <summary>Null when the write may go on, else the 400 problem to answer.</summary>
    public static async Task<IResult?> CheckAsync(HttpContext http)
    {
        if ((await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded)
        {
            return null;
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            await http.RequestServices.GetRequiredService<AuditLog>().WriteAsync(http, "write.refused", http.Request.Path, StatusCodes.Status400BadRequest, "antiforgery token missing or invalid");
            return Results.Problem(
                title: HallText.Get("Antiforgery.Title"),
                detail: HallText.Get("Antiforgery.Detail", HeaderName),
                statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Checks <see cref="CheckAsync"/> before the handler runs (for endpoints whose body is not a form read by the handler).</summary>
    public static TBuilder RequireAntiforgeryForCookies<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) => await CheckAsync(context.HttpContext) ?? await next(context));

    /// <summary>GET /api/auth/antiforgery: a token for the signed-in account (and its cookie half), for scripts that write with the cookie.</summary>
    public static IResult Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Ok(new { HeaderName = tokens.HeaderName ?? HeaderName, tokens.FormFieldName, Token = tokens.RequestToken });
    }
}
