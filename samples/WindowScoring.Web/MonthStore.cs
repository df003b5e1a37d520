using System.Globalization;
using Microsoft.Data.Sqlite;
using WindowScoring.Import;

namespace WindowScoring.Web;

/// <summary>
/// The months a hall has uploaded, in one SQLite file: a row per month and a row per department and month, figures as
/// invariant decimal text (<c>114.50</c> stays <c>114.50</c>; nothing passes through a binary floating-point type).
/// </summary>
/// <remarks>
/// <para>A month is replaced whole in one transaction (<c>BEGIN IMMEDIATE</c>: SQLite serialises writers, so two
/// uploads of one month at once leave one of them, never a mix). Readers see the last committed month (WAL).</para>
/// <para>The store keeps no scoring rules: a stored month comes back as the cells of a table, which the library's
/// own reader turns into assessments through its <see cref="CellTableSource"/> seam, so the rules of what a row means
/// live in one place.</para>
/// <para>Thread-safe: every call opens its own connection.</para>
/// </remarks>
internal sealed class MonthStore
{
    // The stored columns, as the table the library reads back (header aliases of the reader).
    private static readonly string[] Header = ["部门代码", "部门窗口", "分组", "基础分", "减分", "加分", "实得分值", "备注"];

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
                title       TEXT,
                uploaded_at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS assessment (
                period     TEXT NOT NULL REFERENCES month(period) ON DELETE CASCADE,
                position   INTEGER NOT NULL,      -- input order (ties keep it)
                code       TEXT NOT NULL,
                name       TEXT NOT NULL,
                grp        TEXT,
                base       TEXT,                  -- invariant decimal text; null for a score-only or not-assessed row
                deduction  TEXT,                  -- a non-negative magnitude
                bonus      TEXT,
                total      TEXT,                  -- null when not assessed
                note       TEXT,                  -- why not assessed
                PRIMARY KEY (period, position)
            );
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Replaces the month whole (or adds it) in one transaction.</summary>
    public async Task ReplaceMonthAsync(AssessmentPeriod month, string? title, AssessmentTable table, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: writers queue here, none sees a half month
        var period = month.ToString();
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM assessment WHERE period = $period; DELETE FROM month WHERE period = $period;";
            delete.Parameters.AddWithValue("$period", period);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insertMonth = connection.CreateCommand())
        {
            insertMonth.CommandText = "INSERT INTO month (period, title, uploaded_at) VALUES ($period, $title, $at);";
            insertMonth.Parameters.AddWithValue("$period", period);
            insertMonth.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            insertMonth.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await insertMonth.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO assessment (period, position, code, name, grp, base, deduction, bonus, total, note)
            VALUES ($period, $position, $code, $name, $grp, $base, $deduction, $bonus, $total, $note);
            """;
        var p = insert.Parameters;
        p.AddWithValue("$period", period);
        var position = p.Add("$position", SqliteType.Integer);
        var code = p.Add("$code", SqliteType.Text);
        var name = p.Add("$name", SqliteType.Text);
        var group = p.Add("$grp", SqliteType.Text);
        var baseScore = p.Add("$base", SqliteType.Text);
        var deduction = p.Add("$deduction", SqliteType.Text);
        var bonus = p.Add("$bonus", SqliteType.Text);
        var total = p.Add("$total", SqliteType.Text);
        var note = p.Add("$note", SqliteType.Text);
        var i = 0;
        foreach (var a in table.Assessments)
        {
            position.Value = i++;
            code.Value = a.Department.Code;
            name.Value = a.Department.Name;
            group.Value = Db(a.Group);
            baseScore.Value = Db(a.BaseScore);
            deduction.Value = Db(a.Deduction);
            bonus.Value = Db(a.Bonus);
            total.Value = Db(a.Total);
            note.Value = DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var n in table.NotAssessed) // after the assessments: never ranked, so their place among them is no tie order
        {
            position.Value = i++;
            code.Value = n.Department.Code;
            name.Value = n.Department.Name;
            group.Value = Db(n.Group);
            baseScore.Value = deduction.Value = bonus.Value = total.Value = DBNull.Value;
            note.Value = Db(n.Reason);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A stored month as the cells of a table (header first) and its title; null when the month is not stored.</summary>
    public async Task<StoredMonth?> LoadAsync(AssessmentPeriod month, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true); // one snapshot
        string? title;
        await using (var head = connection.CreateCommand())
        {
            head.CommandText = "SELECT title FROM month WHERE period = $period;";
            head.Parameters.AddWithValue("$period", month.ToString());
            await using var reader = await head.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            title = reader.IsDBNull(0) ? null : reader.GetString(0);
        }

        var records = new List<IReadOnlyList<string>> { Header };
        await using (var rows = connection.CreateCommand())
        {
            rows.CommandText = """
                SELECT code, name, grp, base, deduction, bonus, total, note
                FROM assessment WHERE period = $period ORDER BY position;
                """;
            rows.Parameters.AddWithValue("$period", month.ToString());
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var cells = new string[Header.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.IsDBNull(i) ? string.Empty : reader.GetString(i);
                }

                if (reader.IsDBNull(6))
                {
                    cells[6] = "不参与考核"; // the reader's not-assessed marker; the note carries the reason
                }

                records.Add(cells);
            }
        }

        return new StoredMonth(month, title, records);
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

    private static object Db(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;
}

/// <summary>A month as stored: its cells (header first) for <see cref="CellTableSource"/>, and its title.</summary>
internal sealed record StoredMonth(AssessmentPeriod Month, string? Title, IReadOnlyList<IReadOnlyList<string>> Records);
