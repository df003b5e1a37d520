using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WindowScoring.Web;

// Revisions, never overwrites: the revision table and its queries. A month's rows carry the number of the revision they
// belong to (assessment.revision); month.revision points at the latest.
internal sealed partial class MonthStore
{
    private const string RevisionTable = """

        CREATE TABLE IF NOT EXISTS revision (
            period      TEXT NOT NULL,        -- 2023-11
            number      INTEGER NOT NULL,     -- 1, 2, 3 … per month
            title       TEXT,
            uploaded_at TEXT NOT NULL,        -- UTC, ISO 8601
            uploaded_by TEXT,                 -- the account; null for rows stored before sign-in existed
            reason      TEXT,                 -- why it was corrected; null for a first revision
            rows        INTEGER NOT NULL,     -- departments stored
            sha256      TEXT,                 -- of the uploaded file, lower-case hex
            PRIMARY KEY (period, number)
        );
        """;

    /// <summary>The revisions of a month, oldest first; empty when the month is not stored.</summary>
    public async Task<IReadOnlyList<StoredRevision>> ListRevisionsAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RevisionColumns} FROM revision WHERE period = $period ORDER BY number;";
        command.Parameters.AddWithValue("$period", month.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var revisions = new List<StoredRevision>();
        while (await reader.ReadAsync(cancellationToken))
        {
            revisions.Add(ReadRevision(reader));
        }

        return revisions;
    }

    /// <summary>The latest revision's number of a month; 0 when the month is not stored.</summary>
    public async Task<int> LatestRevisionAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT revision FROM month WHERE period = $period;";
        command.Parameters.AddWithValue("$period", month.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is long n ? (int)n : 0;
    }

    private const string RevisionColumns = "number, title, uploaded_at, uploaded_by, reason, rows, sha256, (SELECT revision FROM month m WHERE m.period = revision.period)";

    private static StoredRevision ReadRevision(SqliteDataReader reader) => new(
        reader.GetInt32(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetInt32(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? reader.GetInt32(0) : reader.GetInt32(7));

    // Inside the caller's BEGIN IMMEDIATE: the next number, the revision row and the month's pointer. Null when the month
    // exists and no reason is given (a correction says why).
    private static async Task<StoredRevision?> AddRevisionRowAsync(SqliteConnection connection, AssessmentPeriod month, string? title, int rows, RevisionUpload upload, CancellationToken cancellationToken)
    {
        var period = month.ToString();
        int latest;
        await using (var current = connection.CreateCommand())
        {
            current.CommandText = "SELECT revision FROM month WHERE period = $period;";
            current.Parameters.AddWithValue("$period", period);
            latest = await current.ExecuteScalarAsync(cancellationToken) is long n ? (int)n : 0;
        }

        if (latest > 0 && string.IsNullOrWhiteSpace(upload.Reason))
        {
            return null;
        }

        var revision = new StoredRevision(latest + 1, title, DateTimeOffset.UtcNow, upload.By, upload.Reason, rows, upload.Sha256, latest + 1);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO revision (period, number, title, uploaded_at, uploaded_by, reason, rows, sha256)
            VALUES ($period, $number, $title, $at, $by, $reason, $rows, $sha256);
            INSERT INTO month (period, title, uploaded_at, revision) VALUES ($period, $title, $at, $number)
            ON CONFLICT (period) DO UPDATE SET title = excluded.title, uploaded_at = excluded.uploaded_at, revision = excluded.revision;
            """;
        var p = insert.Parameters;
        p.AddWithValue("$period", period);
        p.AddWithValue("$number", revision.Number);
        p.AddWithValue("$title", (object?)title ?? DBNull.Value);
        p.AddWithValue("$at", revision.UploadedAt.ToString("O", CultureInfo.InvariantCulture));
        p.AddWithValue("$by", (object?)upload.By ?? DBNull.Value);
        p.AddWithValue("$reason", (object?)upload.Reason ?? DBNull.Value);
        p.AddWithValue("$rows", rows);
        p.AddWithValue("$sha256", (object?)upload.Sha256 ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return revision;
    }

    // The revision asked for, or the latest; null when there is none.
    private static async Task<StoredRevision?> FindRevisionAsync(SqliteConnection connection, AssessmentPeriod month, int? number, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {RevisionColumns} FROM revision
            WHERE period = $period AND number = COALESCE($number, (SELECT revision FROM month WHERE period = $period));
            """;
        command.Parameters.AddWithValue("$period", month.ToString());
        command.Parameters.AddWithValue("$number", (object?)number ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRevision(reader) : null;
    }

    // A file written before revisions has month without its revision column and assessment without revision: the old
    // rows become revision 1 of their month (FinishMigration), in the transaction that makes the new assessment table.
    private static bool StartMigration(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (!HasColumn(connection, transaction, "month", "revision"))
        {
            Execute(connection, transaction, "ALTER TABLE month ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;");
        }

        if (!HasTable(connection, transaction, "assessment") || HasColumn(connection, transaction, "assessment", "revision"))
        {
            return false;
        }

        Execute(connection, transaction, "ALTER TABLE assessment RENAME TO assessment_before_revisions;");
        return true;
    }

    private static void FinishMigration(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, """
        INSERT INTO assessment (period, revision, position, code, name, grp, base, deduction, bonus, total, note)
        SELECT period, 1, position, code, name, grp, base, deduction, bonus, total, note FROM assessment_before_revisions;
        INSERT INTO revision (period, number, title, uploaded_at, uploaded_by, reason, rows, sha256)
        SELECT m.period, 1, m.title, m.uploaded_at, NULL, NULL, (SELECT COUNT(*) FROM assessment_before_revisions a WHERE a.period = m.period), NULL
        FROM month m WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.period = m.period);
        UPDATE month SET revision = 1;
        DROP TABLE assessment_before_revisions;
        """);

    private static bool HasTable(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction transaction, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column;";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>What an upload says of itself: who sent it, why (required for a correction) and the SHA-256 of the file.</summary>
internal sealed record RevisionUpload(string? By, string? Reason, string? Sha256);

/// <summary>
/// One revision of a month: its number (1 for the first upload), title, when (UTC), by whom, why, how many rows, the
/// SHA-256 of the uploaded file, and the month's latest revision number when it was read.
/// </summary>
internal sealed record StoredRevision(int Number, string? Title, DateTimeOffset UploadedAt, string? UploadedBy, string? Reason, int Rows, string? Sha256, int Latest)
{
    /// <summary>True when a later revision replaces this one.</summary>
    public bool IsSuperseded => Number < Latest;
}
