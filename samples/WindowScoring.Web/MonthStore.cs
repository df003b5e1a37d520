using Microsoft.Data.Sqlite;

namespace WindowScoring.Web;

/// <summary>
/// The months a hall has uploaded, in one SQLite file: a row per month and a row per department and month, as typed values
/// (code, name, group, the kind of row, figures as the invariant decimal text of the value: <c>114.50</c> stays
/// <c>114.50</c>, nothing passes through a binary floating-point type; the reason when not assessed; the hall's own
/// columns as JSON).
/// </summary>
/// <remarks>
/// <para>A month is never overwritten: each upload adds its next revision whole in one transaction (<c>BEGIN
/// IMMEDIATE</c>: SQLite serialises writers, so two uploads of one month at once become two revisions, never a mix),
/// kept with who, when, why, its row count and the SHA-256 of the file (<c>MonthStore.Revisions.cs</c>). Readers see
/// the last committed revision (WAL), or the one they ask for.</para>
/// <para>A stored month comes back as the library's objects made from those values (<c>MonthStore.TypedRows.cs</c>),
/// never as text given to a reader again: what a 201 accepted is what every later read serves. The store keeps no
/// scoring rules: <see cref="HallMonths"/> ranks what it returns with the registered engine.</para>
/// <para>Thread-safe: every call opens its own connection.</para>
/// </remarks>
internal sealed partial class MonthStore
{
    private readonly string _connectionString;

    public MonthStore(string databasePath)
    {
        DatabasePath = databasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>Creates the file, its folder and the tables when they do not exist yet.</summary>
    public void EnsureCreated()
    {
        if (Path.GetDirectoryName(DatabasePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS month (
                period      TEXT PRIMARY KEY,     -- 2023-11
                title       TEXT,                 -- of the latest revision
                uploaded_at TEXT NOT NULL,
                revision    INTEGER NOT NULL DEFAULT 1 -- the latest revision's number
            );
            """ + RevisionTable + RatingExportTable;
        command.ExecuteNonQuery();
        using var transaction = connection.BeginTransaction();
        var migrating = StartMigration(connection, transaction); // a file of the sample before revisions
        command.Transaction = transaction;
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS assessment (
                period     TEXT NOT NULL REFERENCES month(period) ON DELETE CASCADE,
                revision   INTEGER NOT NULL,      -- the revision the row belongs to (see the revision table)
                position   INTEGER NOT NULL,      -- input order (ties keep it)
                code       TEXT NOT NULL,         -- Department.Code
                name       TEXT NOT NULL,         -- Department.Name, exactly as accepted
                grp        TEXT,
                kind       TEXT CHECK (kind IN ('breakdown', 'total', 'not-assessed')), -- see MonthStore.TypedRows.cs
                base       TEXT,                  -- invariant decimal text of the value; null unless kind = 'breakdown'
                deduction  TEXT,                  -- a non-negative magnitude
                bonus      TEXT,
                total      TEXT,                  -- null when not assessed
                note       TEXT,                  -- why not assessed
                extras     TEXT,                  -- a hall's own columns: JSON [[heading, value], …] (Assessment.Extras)
                PRIMARY KEY (period, revision, position)
            );
            """;
        command.ExecuteNonQuery();
        if (migrating)
        {
            FinishMigration(connection, transaction);
        }

        // A file made before the extras column was stored gets it (its months have none).
        if (!HasColumn(connection, transaction, "assessment", "extras"))
        {
            Execute(connection, transaction, "ALTER TABLE assessment ADD COLUMN extras TEXT;");
        }

        UpgradeToTypedRows(connection, transaction); // a file made before the kind column (MonthStore.TypedRows.cs)
        transaction.Commit();
    }

    /// <summary>
    /// Adds the month's next revision (the first when the month is new) in one transaction; the earlier revisions stay.
    /// Null, and nothing stored, when the month exists and <paramref name="upload"/> gives no reason.
    /// </summary>
    public async Task<StoredRevision?> AddRevisionAsync(AssessmentPeriod month, string? title, AssessmentTable table, RevisionUpload upload, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: writers queue here, none sees a half month
        var period = month.ToString();
        if (await AddRevisionRowAsync(connection, month, title, table.Count, upload, cancellationToken) is not { } revision)
        {
            return null; // the transaction rolls back
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO assessment (period, revision, position, code, name, grp, kind, base, deduction, bonus, total, note, extras)
            VALUES ($period, $revision, $position, $code, $name, $grp, $kind, $base, $deduction, $bonus, $total, $note, $extras);
            """;
        var p = insert.Parameters;
        p.AddWithValue("$period", period);
        p.AddWithValue("$revision", revision.Number);
        var position = p.Add("$position", SqliteType.Integer);
        var code = p.Add("$code", SqliteType.Text);
        var name = p.Add("$name", SqliteType.Text);
        var group = p.Add("$grp", SqliteType.Text);
        var kind = p.Add("$kind", SqliteType.Text);
        var baseScore = p.Add("$base", SqliteType.Text);
        var deduction = p.Add("$deduction", SqliteType.Text);
        var bonus = p.Add("$bonus", SqliteType.Text);
        var total = p.Add("$total", SqliteType.Text);
        var note = p.Add("$note", SqliteType.Text);
        var extras = p.Add("$extras", SqliteType.Text);
        var i = 0;
        foreach (var a in table.Assessments)
        {
            position.Value = i++;
            code.Value = a.Department.Code;
            name.Value = a.Department.Name;
            group.Value = Db(a.Group);
            kind.Value = a.HasBreakdown ? BreakdownKind : TotalKind;
            baseScore.Value = Db(a.BaseScore);
            deduction.Value = Db(a.Deduction);
            bonus.Value = Db(a.Bonus);
            total.Value = Db(a.Total);
            note.Value = DBNull.Value;
            extras.Value = ExtrasJson(a.Extras);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var n in table.NotAssessed) // after the assessments: never ranked, so their place among them is no tie order
        {
            position.Value = i++;
            code.Value = n.Department.Code;
            name.Value = n.Department.Name;
            group.Value = Db(n.Group);
            kind.Value = NotAssessedKind;
            baseScore.Value = deduction.Value = bonus.Value = total.Value = extras.Value = DBNull.Value;
            note.Value = Db(n.Reason);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return revision;
    }

    /// <summary>
    /// A stored month as the library's objects (its assessments and departments not assessed in input order), its title
    /// and its revision: the latest, or <paramref name="revision"/> when given; null when the month (or that revision) is
    /// not stored.
    /// </summary>
    public async Task<StoredMonth?> LoadAsync(AssessmentPeriod month, CancellationToken cancellationToken, int? revision = null)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true); // one snapshot
        if (await FindRevisionAsync(connection, month, revision, cancellationToken) is not { } found)
        {
            return null;
        }

        var assessments = new List<Assessment>(found.Rows);
        var notAssessed = new List<NotAssessedEntry>();
        await using (var rows = connection.CreateCommand())
        {
            rows.CommandText = $"SELECT {RowColumns} FROM assessment WHERE period = $period AND revision = $revision ORDER BY position;";
            rows.Parameters.AddWithValue("$period", month.ToString());
            rows.Parameters.AddWithValue("$revision", found.Number);
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (assessment, entry) = ReadRow(reader);
                if (assessment is not null)
                {
                    assessments.Add(assessment);
                }
                else
                {
                    notAssessed.Add(entry!);
                }
            }
        }

        return new StoredMonth(month, found.Title, assessments, notAssessed) { Revision = found };
    }

    /// <summary>The latest stored month before <paramref name="month"/>, if any.</summary>
    public async Task<AssessmentPeriod?> PreviousMonthAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        // Periods are stored as yyyy-MM, so text order is time order.
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(period) FROM month WHERE period < $period;";
        command.Parameters.AddWithValue("$period", month.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string text && AssessmentPeriod.TryParse(text, out var previous) ? previous : null;
    }

    /// <summary>The stored months, oldest first, with their titles.</summary>
    public async Task<IReadOnlyList<(string Period, string? Title)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT period, title FROM month ORDER BY period;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var months = new List<(string, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            months.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return months;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static object Db(string? text) => text is null ? DBNull.Value : text;
}

/// <summary>A month as stored: its assessments and departments not assessed (each in input order), and its title.</summary>
internal sealed record StoredMonth(AssessmentPeriod Month, string? Title, IReadOnlyList<Assessment> Assessments, IReadOnlyList<NotAssessedEntry> NotAssessed)
{
    /// <summary>The revision these rows are (who, when, why).</summary>
    public StoredRevision? Revision { get; init; }
}
