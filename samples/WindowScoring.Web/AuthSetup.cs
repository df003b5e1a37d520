using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WindowScoring.Web;

// Sign-in is ASP.NET Core Identity as the framework gives it: accounts and roles in Identity's own tables (EF Core) on
// the sample's SQLite file, MapIdentityApi under /api/auth (a bearer token from POST /api/auth/login, or the Identity
// cookie with ?useCookies=true), authorization policies per kind of request, the antiforgery token for writes that
// ride on the cookie (CookieWrites.cs) and the rate limiter. Nothing here hashes a password or makes a token.

/// <summary>The hall's roles.</summary>
internal static class HallRoles
{
    /// <summary>Manages accounts (creates them, gives and takes roles) and reads the audit log.</summary>
    public const string Administrator = "administrator";

    /// <summary>Uploads and corrects months.</summary>
    public const string Assessor = "assessor";

    /// <summary>Reads months when reading needs a sign-in (<c>WindowScoring:RequireSignInToRead</c>).</summary>
    public const string Reader = "reader";

    public static readonly IReadOnlyList<string> All = [Administrator, Assessor, Reader];
}

/// <summary>The authorization policies of the endpoints.</summary>
internal static class HallPolicies
{
    /// <summary>Reading months: anyone, or any signed-in account when <see cref="HallSettings.RequireSignInToRead"/>.</summary>
    public const string Read = "read";

    /// <summary>Every write of a month: an assessor.</summary>
    public const string Write = "write";

    /// <summary>Accounts and the audit log: an administrator.</summary>
    public const string Administer = "administer";
}

/// <summary>The rate limiter's policies (<c>Microsoft.AspNetCore.RateLimiting</c>).</summary>
internal static class HallRateLimits
{
    /// <summary>Sign-in attempts per client address: <see cref="HallSettings.SignInPerMinute"/> a minute.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Uploads per account: <see cref="HallSettings.UploadsPerMinute"/> a minute.</summary>
    public const string Upload = "upload";
}

/// <summary>Identity's tables (accounts, roles, their links) in the sample's SQLite file, beside the months.</summary>
internal sealed class HallIdentityDb(DbContextOptions<HallIdentityDb> options) : IdentityDbContext<IdentityUser>(options);

/// <summary>Registers and wires sign-in, roles, antiforgery, the rate limiter and the audit log.</summary>
internal static class HallSignIn
{
    public static IServiceCollection AddHallSignIn(this IServiceCollection services)
    {
        services.AddDbContext<HallIdentityDb>((sp, o) => o.UseSqlite(new SqliteConnectionStringBuilder
        {
            DataSource = sp.GetRequiredService<HallSettings>().DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString()));

        services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HallIdentityDb>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "WindowScoring.Hall";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict; // a page of another site never sends it
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/sign-in";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // An API request is answered 401/403, never redirected to a page.
            o.Events.OnRedirectToLogin = context => Answer(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            o.Events.OnRedirectToAccessDenied = context => Answer(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
        });

        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieWrites.HeaderName;
            o.Cookie.Name = "WindowScoring.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<HallSettings>((o, settings) =>
        {
            o.AddPolicy(HallPolicies.Write, p => p.RequireAuthenticatedUser().RequireRole(HallRoles.Assessor));
            o.AddPolicy(HallPolicies.Administer, p => p.RequireAuthenticatedUser().RequireRole(HallRoles.Administrator));
            o.AddPolicy(HallPolicies.Read, p =>
            {
                if (settings.RequireSignInToRead)
                {
                    p.RequireAuthenticatedUser();
                }
                else
                {
                    p.RequireAssertion(_ => true); // a hall publishes its months
                }
            });
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(HallRateLimits.SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => PerMinute(http.RequestServices.GetRequiredService<HallSettings>().SignInPerMinute)));
            o.AddPolicy(HallRateLimits.Upload, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => PerMinute(http.RequestServices.GetRequiredService<HallSettings>().UploadsPerMinute)));
        });

        services.AddSingleton<AuditLog>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
        return services;
    }

    /// <summary>Authentication, authorization, the rate limiter and antiforgery, in that order (after routing).</summary>
    public static IApplicationBuilder UseHallSignIn(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization().UseRateLimiter().UseAntiforgery();

    /// <summary>Identity's endpoints under <c>/api/auth</c> (open registration refused), the accounts and the audit log.</summary>
    public static IEndpointRouteBuilder MapHallSignIn(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapIdentityApi<IdentityUser>()
            .Add(endpoint =>
            {
                // A hall must not let anyone make an account: /register is for administrators only (POST /api/accounts
                // also gives roles). The other endpoints are Identity's own (login, refresh, manage …).
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.EndsWith("/register", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AuthorizeAttribute(HallPolicies.Administer));
                }
            });
        auth.RequireRateLimiting(HallRateLimits.SignIn)
            .AddEndpointFilter(AuditLog.SignInFilter);
        auth.MapGet("/antiforgery", CookieWrites.Token).RequireAuthorization().WithSummary("The antiforgery token for writes that ride on the Identity cookie.");

        HallAccounts.MapAccounts(app);
        AuditLog.Map(app);
        return app;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static Task Answer(HttpContext http, int status, string redirectUri)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            http.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
