using Microsoft.AspNetCore.Mvc;

namespace WindowScoring.Web;

/// <summary>GET /api/months/{period}/revisions: every revision of a month, oldest first.</summary>
internal static class Revisions
{
    public static async Task<IResult> ListAsync(string period, [FromServices] MonthStore store, CancellationToken cancellationToken)
    {
        if (!MonthEndpoints.TryMonth(period, out var month, out var badPeriod))
        {
            return badPeriod;
        }

        var revisions = await store.ListRevisionsAsync(month, cancellationToken);
        return revisions.Count == 0
            ? MonthEndpoints.NotFound("NotFound.Month", month)
            : Results.Ok(revisions.Select(r => RevisionJson.From(r) with { Url = $"/api/months/{month}?revision={r.Number}" }));
    }
}

/// <summary>A revision of a month: number, when (UTC), by whom, why, how many rows, the SHA-256 of the uploaded file, and whether a later one replaces it.</summary>
internal sealed record RevisionJson(int Number, string? Title, DateTimeOffset UploadedAt, string? UploadedBy, string? Reason, int Rows, string? Sha256, bool Superseded)
{
    public static RevisionJson From(StoredRevision r) => new(r.Number, r.Title, r.UploadedAt, r.UploadedBy, r.Reason, r.Rows, r.Sha256, r.IsSuperseded);

    /// <summary>Where this revision is served.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
}
