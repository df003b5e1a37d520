using System.Globalization;

namespace WindowScoring.Web;

// A month's ratings exports (好差评), kept like its tables: never overwritten, each upload the month's next ratings
// revision (a second one needs a reason), with who, when, why and the SHA-256 of the file. The export is kept as the
// bytes that were accepted, with the charset the upload named: read again with the same reader and options, it gives
// the same ratings that the 201 accepted.
internal sealed partial class MonthStore
{
    private const string RatingExportTable = """

        CREATE TABLE IF NOT EXISTS rating_export (
            period      TEXT NOT NULL,        -- 2025-09
            number      INTEGER NOT NULL,     -- 1, 2, 3 … per month
            uploaded_at TEXT NOT NULL,        -- UTC, ISO 8601
            uploaded_by TEXT,
            reason      TEXT,                 -- why it was corrected; null for a first revision
            ratings     INTEGER NOT NULL,     -- ratings read
            sha256      TEXT NOT NULL,        -- of the uploaded file, lower-case hex
            charset     TEXT,                 -- the charset the upload named, if any (else detected on reading)
            body        BLOB NOT NULL,        -- the export as uploaded
            PRIMARY KEY (period, number)
        );
        """;

    /// <summary>
    /// Adds the month's next ratings export in one transaction (BEGIN IMMEDIATE). Null, and nothing stored, when the month
    /// has one already and <paramref name="upload"/> gives no reason.
    /// </summary>
    public async Task<int?> AddRatingExportAsync(AssessmentPeriod month, RatingExportUpload upload, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var latest = await LatestRatingExportAsync(connection, month, cancellationToken);
        if (latest > 0 && string.IsNullOrWhiteSpace(upload.Reason))
        {
            return null;
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO rating_export (period, number, uploaded_at, uploaded_by, reason, ratings, sha256, charset, body)
            VALUES ($period, $number, $at, $by, $reason, $ratings, $sha256, $charset, $body);
            """;
        var p = insert.Parameters;
        p.AddWithValue("$period", month.ToString());
        p.AddWithValue("$number", latest + 1);
        p.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        p.AddWithValue("$by", Db(upload.By));
        p.AddWithValue("$reason", Db(upload.Reason));
        p.AddWithValue("$ratings", upload.Ratings);
        p.AddWithValue("$sha256", upload.Sha256);
        p.AddWithValue("$charset", Db(upload.Charset));
        p.AddWithValue("$body", upload.Body);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return latest + 1;
    }

    /// <summary>The latest ratings export's number of a month; 0 when it has none.</summary>
    public async Task<int> LatestRatingExportAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        return await LatestRatingExportAsync(connection, month, cancellationToken);
    }

    /// <summary>
    /// A ratings export of the month (its number, bytes and charset): the latest when <paramref name="revision"/> is null;
    /// null when there is none (or no such revision).
    /// </summary>
    public async Task<StoredRatingExport?> LoadRatingExportAsync(AssessmentPeriod month, int? revision, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT number, charset, body FROM rating_export
            WHERE period = $period AND ($number IS NULL OR number = $number)
            ORDER BY number DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$period", month.ToString());
        command.Parameters.AddWithValue("$number", revision is { } n ? n : DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredRatingExport(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), (byte[])reader.GetValue(2))
            : null;
    }

    /// <summary>Every ratings export of the month, oldest first (without their bytes).</summary>
    public async Task<IReadOnlyList<RatingExportRevision>> ListRatingExportsAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT number, uploaded_at, uploaded_by, reason, ratings, sha256 FROM rating_export
            WHERE period = $period ORDER BY number;
            """;
        command.Parameters.AddWithValue("$period", month.ToString());
        var list = new List<RatingExportRevision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RatingExportRevision(
                reader.GetInt32(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.GetString(5)));
        }

        for (var i = 0; i < list.Count - 1; i++)
        {
            list[i] = list[i] with { Superseded = true };
        }

        return list;
    }

    private static async Task<int> LatestRatingExportAsync(Microsoft.Data.Sqlite.SqliteConnection connection, AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(number) FROM rating_export WHERE period = $period;";
        command.Parameters.AddWithValue("$period", month.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is long n ? (int)n : 0;
    }
}

/// <summary>Who uploaded a ratings export, why (a correction), how many ratings it holds, its SHA-256, charset and bytes.</summary>
internal sealed record RatingExportUpload(string? By, string? Reason, int Ratings, string Sha256, string? Charset, byte[] Body);

/// <summary>A stored ratings export: its number, the charset its upload named and its bytes.</summary>
internal sealed record StoredRatingExport(int Number, string? Charset, byte[] Body);

/// <summary>A ratings export's revision: number, when (UTC), by whom, why, how many ratings, the SHA-256 of the file, and whether a later one replaces it.</summary>
internal sealed record RatingExportRevision(int Number, DateTimeOffset UploadedAt, string? UploadedBy, string? Reason, int Ratings, string Sha256, bool Superseded = false)
{
    /// <summary>Where this revision's 好差评 table is served.</summary>
    public string? Url { get; init; }
}
