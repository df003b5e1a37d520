using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Web;

/// <summary>
/// Who did what, when, from where: every write (an upload stored or refused, an account made, roles changed), every
/// write refused by sign-in or role (401/403) or by the antiforgery check, and every failed sign-in, in the
/// <c>audit_log</c> table of the sample's SQLite file. Appended, never changed; administrators read it with
/// <c>GET /api/audit-log</c>. Thread-safe: every call opens its own connection.
/// </summary>
internal sealed class AuditLog
{
    private const int MaxDetail = 500;
    private readonly string _connectionString;

    public AuditLog(HallSettings settings)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = settings.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
    }

    public void EnsureCreated()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS audit_log (
                id      INTEGER PRIMARY KEY AUTOINCREMENT,
                at      TEXT NOT NULL,          -- UTC, ISO 8601
                actor   TEXT,                   -- the account's name; null when not signed in
                action  TEXT NOT NULL,          -- month.upload, account.create, account.roles, write.refused, sign-in.failed
                target  TEXT,                   -- the month, the account or the path
                status  INTEGER NOT NULL,       -- the HTTP status answered
                detail  TEXT,
                remote  TEXT                    -- the client's address
            );
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Appends an entry for this request (its account and client address).</summary>
    public Task WriteAsync(HttpContext http, string action, string? target, int status, string? detail) =>
        WriteAsync(HallAccounts.Name(http.User), action, target, status, detail, http.Connection.RemoteIpAddress?.ToString());

    public async Task WriteAsync(string? actor, string action, string? target, int status, string? detail, string? remote)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (at, actor, action, target, status, detail, remote)
            VALUES ($at, $actor, $action, $target, $status, $detail, $remote);
            """;
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$actor", (object?)Cut(actor) ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$target", (object?)Cut(target) ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", status);
        command.Parameters.AddWithValue("$detail", (object?)Cut(detail) ?? DBNull.Value);
        command.Parameters.AddWithValue("$remote", (object?)remote ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The newest entries first, at most <paramref name="take"/>, older than entry <paramref name="before"/> when given.</summary>
    public async Task<IReadOnlyList<AuditEntryJson>> ReadAsync(int take, long? before, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, at, actor, action, target, status, detail, remote FROM audit_log
            WHERE $before IS NULL OR id < $before ORDER BY id DESC LIMIT $take;
            """;
        command.Parameters.AddWithValue("$before", (object?)before ?? DBNull.Value);
        command.Parameters.AddWithValue("$take", take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntryJson>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntryJson(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return entries;
    }

    /// <summary>GET /api/audit-log?take=100&amp;before={id}: administrators only.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGetAndHead("/api/audit-log", async (AuditLog log, int? take, long? before, CancellationToken cancellationToken) =>
                TypedResults.Ok(await log.ReadAsync(Math.Clamp(take ?? 100, 1, 1000), before, cancellationToken)))
            .RequireAuthorization(HallPolicies.Administer)
            .WithTags("Audit")
            .WithName("AuditLog")
            .WithSummary("The audit log, newest first.");

    /// <summary>Records every failed sign-in of Identity's <c>/login</c> (the email tried, the reason Identity gives).</summary>
    public static async ValueTask<object?> SignInFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } login)
        {
            var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
            if (inner is IStatusCodeHttpResult { StatusCode: >= 400 and var status })
            {
                var detail = inner is ProblemHttpResult problem ? problem.ProblemDetails.Detail : null;
                var http = context.HttpContext;
                await http.RequestServices.GetRequiredService<AuditLog>()
                    .WriteAsync(null, "sign-in.failed", login.Email, status, detail, http.Connection.RemoteIpAddress?.ToString());
            }
        }

        return result;
    }

    private static string? Cut(string? text) => text is { Length: > MaxDetail } ? text[..MaxDetail] + "…" : text;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>One entry of the audit log.</summary>
internal sealed record AuditEntryJson(long Id, string At, string? Actor, string Action, string? Target, int Status, string? Detail, string? Remote);

/// <summary>The framework's answer to a refused request (401/403), with every refused write recorded in the audit log first.</summary>
internal sealed class AuditedAuthorizationResults(AuditLog log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method);
        if (write && (authorizeResult.Challenged || authorizeResult.Forbidden))
        {
            var status = authorizeResult.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            await log.WriteAsync(context, "write.refused", context.Request.Path, status, context.Request.Headers.Origin.ToString() is { Length: > 0 } origin ? "origin " + origin : null);
        }

        await _framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
