using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace WindowScoring.Web;

/// <summary>
/// The hall's accounts: Identity's tables made at start, the roles, the first administrator from configuration, and the
/// administrators' endpoints (<c>GET/POST /api/accounts</c>, <c>PUT /api/accounts/{email}/roles</c>).
/// </summary>
internal static class HallAccounts
{
    /// <summary>
    /// Makes Identity's tables when the file has none yet (EF Core's <c>EnsureCreated</c> would see the months' tables
    /// and do nothing), the three roles, and — when no account exists — the first administrator from
    /// <c>WindowScoring:Admin:Email</c> and <c>WindowScoring:Admin:Password</c>. No password is built in: without them
    /// the hall starts with no account, reads stay open and every write is refused until they are given.
    /// </summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<HallIdentityDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'AspNetUsers';";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            }
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HallRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), $"the role {role}");
            }
        }

        var users = provider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.Users.AnyAsync())
        {
            return;
        }

        var configuration = provider.GetRequiredService<IConfiguration>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HallAccounts));
        var email = configuration["WindowScoring:Admin:Email"];
        var password = configuration["WindowScoring:Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning("No account exists and WindowScoring:Admin:Email / WindowScoring:Admin:Password are not both set: every write is refused until an administrator is configured.");
            return;
        }

        var admin = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Ensure(await users.CreateAsync(admin, password), "the first administrator (WindowScoring:Admin)");
        Ensure(await users.AddToRoleAsync(admin, HallRoles.Administrator), "the first administrator's role");
        logger.LogInformation("Created the first administrator {Email} from configuration.", email);
    }

    public static void MapAccounts(IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(HallPolicies.Administer);
        accounts.MapGetAndHead(string.Empty, ListAsync).WithName("ListAccounts").WithSummary("The accounts and their roles.");
        accounts.MapPost(string.Empty, CreateAsync).RequireAntiforgeryForCookies().WithName("CreateAccount").WithSummary("Creates an account with roles.");
        accounts.MapPut("/{email}/roles", SetRolesAsync).RequireAntiforgeryForCookies().WithName("SetRoles").WithSummary("Replaces an account's roles.");
    }

    private static async Task<Ok<AccountJson[]>> ListAsync(UserManager<IdentityUser> users)
    {
        var list = new List<AccountJson>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            list.Add(new AccountJson(user.Email ?? user.UserName ?? user.Id, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)]));
        }

        return TypedResults.Ok(list.ToArray());
    }

    private static async Task<Results<Created<AccountJson>, ValidationProblem, Conflict<ProblemDetails>>> CreateAsync(
        NewAccountJson request, UserManager<IdentityUser> users, AuditLog audit, HttpContext http)
    {
        if (BadRoles(request.Roles) is { } badRoles)
        {
            return badRoles;
        }

        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "The account exists", Detail = request.Email, Status = StatusCodes.Status409Conflict });
        }

        var user = new IdentityUser { UserName = request.Email, Email = request.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Invalid(created);
        }

        var roles = (request.Roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length > 0 && await users.AddToRolesAsync(user, roles) is { Succeeded: false } failed)
        {
            return Invalid(failed);
        }

        await audit.WriteAsync(http, "account.create", request.Email, StatusCodes.Status201Created, string.Join(",", roles));
        return TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(request.Email)}", new AccountJson(request.Email, roles));
    }

    private static async Task<Results<Ok<AccountJson>, ValidationProblem, NotFound>> SetRolesAsync(
        string email, RolesJson request, UserManager<IdentityUser> users, AuditLog audit, HttpContext http)
    {
        if (BadRoles(request.Roles) is { } badRoles)
        {
            return badRoles;
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var wanted = (request.Roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var current = await users.GetRolesAsync(user);
        if (user.UserName == http.User.Identity?.Name && current.Contains(HallRoles.Administrator) && !wanted.Contains(HallRoles.Administrator))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = ["An administrator cannot take the administrator role from their own account."] });
        }

        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return Invalid(added);
        }

        await users.UpdateSecurityStampAsync(user); // the account's cookies are checked again with the new roles
        await audit.WriteAsync(http, "account.roles", email, StatusCodes.Status200OK, string.Join(",", wanted));
        return TypedResults.Ok(new AccountJson(email, wanted));
    }

    private static ValidationProblem? BadRoles(IReadOnlyList<string>? roles) =>
        roles?.FirstOrDefault(r => !HallRoles.All.Contains(r)) is { } unknown
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = [$"Unknown role '{unknown}'; the roles are {string.Join(", ", HallRoles.All)}."] })
            : null;

    private static ValidationProblem Invalid(IdentityResult result) =>
        TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The signed-in account's name, for the audit log and the revisions.</summary>
    public static string? Name(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
}

/// <summary>An account and its roles.</summary>
internal sealed record AccountJson(string Email, IReadOnlyList<string> Roles);

/// <summary>The body of <c>POST /api/accounts</c>.</summary>
internal sealed record NewAccountJson(string Email, string Password, IReadOnlyList<string>? Roles);

/// <summary>The body of <c>PUT /api/accounts/{email}/roles</c>.</summary>
internal sealed record RolesJson(IReadOnlyList<string>? Roles);
